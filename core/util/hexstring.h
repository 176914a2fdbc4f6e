#pragma once

#include "util/bytes.h"

#include <QFlags>
#include <QString>

#include <span>

namespace smartcard {

// "3B 02 14 50": upper-case pairs separated by a space (pyscard's toHexString default).
// An empty separator packs the pairs ("3B021450").
QString toHexString(std::span<const std::uint8_t> bytes, QStringView separator = u" ");

// pyscard's toHexString format bits PACK, HEX, UPPERCASE and COMMA, with pyscard's values so
// that HexFormat::fromInt(n) reads a pyscard format number.
enum class HexFlag : unsigned {
    Pack = 1, // no space between bytes
    Hex = 2, // "0x" before each byte
    Uppercase = 4, // "0X" instead of "0x"; nothing without Hex (digits are always upper case)
    Comma = 8, // a comma after each byte but the last
};
using HexFormat = QFlags<HexFlag>;
Q_DECLARE_OPERATORS_FOR_FLAGS(HexFormat)

// pyscard's toHexString(bytes, format), rendering for rendering: toHexString(b, HexFlag::Hex |
// HexFlag::Comma) is "0x3B, 0x65". The empty format equals the default separator form.
QString toHexString(std::span<const std::uint8_t> bytes, HexFormat format);

} // namespace smartcard
