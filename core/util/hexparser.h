#pragma once

#include "util/bytes.h"
#include "util/parseerror.h"

#include <QStringView>

#include <optional>

namespace smartcard {

// Reads hex text as people type it: "00A4040C", "00 a4 04 0c", "00:A4:04:0C" and mixes of
// those. Separators are white space, ':' and ','; every group between separators must
// have an even number of digits, so a lone nibble is an error rather than a guess.
class HexParser
{
public:
    struct Result
    {
        Bytes bytes; // the bytes read before the first error, if any
        std::optional<ParseError> error; // offset is the character position in the text

        bool isValid() const { return !error.has_value(); }
    };

    static Result parse(QStringView text);
};

} // namespace smartcard
