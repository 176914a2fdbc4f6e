#pragma once

#include "util/bytesresult.h"

#include <QStringView>

namespace smartcard {

// pyscard's toGSM3_38Bytes: text to GSM 03.38 (3GPP TS 23.038) default-alphabet codes, one
// septet per byte, unpacked. This covers the whole default alphabet, Greek capitals
// included, and the extension table as ESC (0x1B) + code ("€" -> 1B 65), where pyscard
// knows only part of the alphabet and raises KeyError for the rest. Where both know a
// character they agree (tests/core/util compares against pyscard itself).
// A character outside both tables is an error at its offset; the bytes before it are kept.
BytesResult toGSM338Bytes(QStringView text);

} // namespace smartcard
