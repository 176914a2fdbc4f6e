#pragma once

#include "util/bytesresult.h"

#include <QStringView>

namespace smartcard {

// Reads hex text as people type it: "00A4040C", "00 a4 04 0c", "00:A4:04:0C" and mixes of
// those. Separators are white space, ':' and ','; every group between separators must
// have an even number of digits, so a lone nibble is an error rather than a guess.
class HexParser
{
public:
    using Result = BytesResult; // bytes read before the first error; offset = character position

    static Result parse(QStringView text);
};

// pyscard's toBytes("3B 65 00"): HexParser::parse under pyscard's name. Unlike pyscard it
// never raises: a problem comes back in the result with its character offset. It is also
// stricter: pyscard silently drops a last odd nibble and accepts "+1" as a byte.
BytesResult toBytes(QStringView text);

} // namespace smartcard
