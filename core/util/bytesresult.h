#pragma once

#include "util/bytes.h"
#include "util/parseerror.h"

#include <optional>

namespace smartcard {

// Bytes read from text, and the first problem if the text was not entirely readable.
// Shared by every text-to-bytes conversion (hex, ASCII, GSM 03.38) so that callers handle
// all of them alike: `bytes` holds what was converted before the problem.
struct BytesResult
{
    Bytes bytes;
    std::optional<ParseError> error; // offset counts UTF-16 code units of the text, from 0

    bool isValid() const { return !error.has_value(); }
};

} // namespace smartcard
