#pragma once

#include <QStringList>

#include <cstdint>
#include <span>

// The interindustry data objects of the historical bytes (ISO/IEC 7816-4, "COMPACT-TLV":
// a header byte of tag nibble and length nibble, then the value) and what their values mean.
namespace smartcard::compacttlv {

// "country code", "card capabilities"; reserved tags are named as such.
QString tagName(std::uint8_t tag);

// What the value of an object means, one entry per value byte when the bytes mean different
// things (card capabilities), else fewer: a byte without its own entry continues the last one.
QStringList describeValue(std::uint8_t tag, std::span<const std::uint8_t> value);

// The life cycle status byte (ISO/IEC 7816-4, LCS).
QString describeLifeCycleStatus(std::uint8_t lcs);
// "90 00 (normal processing)".
QString describeStatusWord(std::uint8_t sw1, std::uint8_t sw2);

QString describeCardServiceData(std::uint8_t value);
// The three software function tables of the card capabilities object.
QString describeSelectionMethods(std::uint8_t value);
QString describeDataCoding(std::uint8_t value);
QString describeChainingAndChannels(std::uint8_t value);

} // namespace smartcard::compacttlv
