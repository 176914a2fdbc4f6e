#pragma once

#include "tlv/bertlvdecoder.h"

#include <QStringList>

namespace smartcard {

// A decoded tree as indented lines for people, two spaces a level, then the problems:
//   6F FCI template (26 bytes at 0)
//     84 DF name (7 bytes at 2): A0 00 00 00 03 10 10
//     50 application label (4 bytes at 13): 56 49 53 41 "VISA"
//   problem at byte 30: ...
// A value of printable ASCII also shows as text. A truncated object says how many of its
// declared bytes are present.
QStringList tlvTreeLines(const BerTlvDecoder::Result &result);

} // namespace smartcard
