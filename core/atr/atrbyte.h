#pragma once

#include <QString>

#include <cstdint>

namespace smartcard {

// One byte of an ATR as the breakdown shows it: where it is, its value, its ISO/IEC 7816-3
// name ("TS", "TA1", "T3" for the third historical byte, "TCK") and what it means.
struct AtrByte
{
    int offset = 0;
    std::uint8_t value = 0;
    QString name;
    QString meaning;
};

} // namespace smartcard
