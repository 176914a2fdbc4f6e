#pragma once

#include "script/responsepattern.h"
#include "util/parseerror.h"

#include <QStringView>

#include <optional>

namespace smartcard {

// Reads an expected response as a script's `<` line writes it (without the '<'):
// "90 00", "61 ??", "6X XX", "6F ?? 84 * 90 00", "90 00 | 62 83". Bytes are two hex digits
// or wildcards (X, x or ? for a nibble), separated as hex is (white space, ':', ','); `*`
// stands alone right before SW1 SW2. Reports the first problem with its character offset.
class ResponsePatternParser
{
public:
    struct Result
    {
        std::optional<ResponsePattern> pattern;
        std::optional<ParseError> error; // offset: characters from the start of the text
    };

    static Result parse(QStringView text);
};

} // namespace smartcard
