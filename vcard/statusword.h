#pragma once

#include <cstddef>
#include <cstdint>

// The ISO/IEC 7816-4 status words the card answers, named once so that the
// engine and its tests speak the same vocabulary.
namespace cardscope::vcard::sw {

inline constexpr uint16_t ok = 0x9000;
inline constexpr uint16_t endReached = 0x6282; // fewer bytes than Ne before the end of the file
inline constexpr uint16_t verifyFailed = 0x63C0; // low nibble: tries left
inline constexpr uint16_t wrongLength = 0x6700;
inline constexpr uint16_t channelNotSupported = 0x6881;
inline constexpr uint16_t smNotSupported = 0x6882;
inline constexpr uint16_t chainingNotSupported = 0x6884;
inline constexpr uint16_t incompatibleFile = 0x6981;
inline constexpr uint16_t securityNotSatisfied = 0x6982;
inline constexpr uint16_t pinBlocked = 0x6983;
inline constexpr uint16_t conditionsNotSatisfied = 0x6985;
inline constexpr uint16_t noCurrentEf = 0x6986;
inline constexpr uint16_t functionNotSupported = 0x6A81;
inline constexpr uint16_t fileNotFound = 0x6A82;
inline constexpr uint16_t recordNotFound = 0x6A83;
inline constexpr uint16_t notEnoughMemory = 0x6A84;
inline constexpr uint16_t wrongP1P2 = 0x6A86;
inline constexpr uint16_t dataNotFound = 0x6A88;
inline constexpr uint16_t offsetOutside = 0x6B00;
inline constexpr uint16_t wrongLe = 0x6C00; // low byte: exact length
inline constexpr uint16_t bytesAvailable = 0x6100; // low byte: bytes still available
inline constexpr uint16_t insNotSupported = 0x6D00;
inline constexpr uint16_t claNotSupported = 0x6E00;
inline constexpr uint16_t noPreciseDiagnosis = 0x6F00;

// SW2 of 61xx and 6Cxx counts bytes modulo 256: 00 means 256.
constexpr uint16_t withCount(uint16_t base, std::size_t count)
{
    return static_cast<uint16_t>(base | (count & 0xFF));
}

} // namespace cardscope::vcard::sw
