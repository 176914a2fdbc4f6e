#pragma once

// pyscard's byte <-> character conversions of smartcard.util. Types: a byte list is `Bytes`
// (or any span of bytes); text is QString; pyscard's "binary string" (a Python str holding
// one character per byte, a Python 2 leftover) is QByteArray, which holds exactly that.

#include "util/bytes.h"
#include "util/bytesresult.h"

#include <QByteArray>
#include <QString>

#include <span>

namespace smartcard {

// toASCIIBytes("Number 101"): each character's code. pyscard returns any code point (ord);
// a byte holds 0-255, so a character above U+00FF is an error at its offset, and the bytes
// before it are kept.
BytesResult toASCIIBytes(QStringView text);

// toASCIIString([0x4E, 0x01]): "N.". pyscard's rule, kept exactly: a byte below 0x20 or above
// 0x7F becomes '.', so 0x7F (DEL) itself is passed through.
QString toASCIIString(std::span<const std::uint8_t> bytes);

// HexListToBinString / BinStringToHexList and their aliases hl2bs / bs2hl: one byte per
// character and back. They cannot fail: QByteArray has no character a byte could not hold.
QByteArray hexListToBinString(std::span<const std::uint8_t> bytes);
Bytes binStringToHexList(QByteArrayView binString);
inline QByteArray hl2bs(std::span<const std::uint8_t> bytes)
{
    return hexListToBinString(bytes);
}
inline Bytes bs2hl(QByteArrayView binString)
{
    return binStringToHexList(binString);
}

// padd(bytes, 16): pads with `padding` up to `length`; a longer list is returned unchanged.
// pyscard appends to its argument and takes the padding as hex text ('FF'); here the list is
// a value and the padding a byte, so "FFFF" or "G0" cannot be passed.
Bytes padd(Bytes bytes, std::size_t length, std::uint8_t padding = 0xFF);

} // namespace smartcard
