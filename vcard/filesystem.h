#pragma once

#include "cardfile.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace cardscope::vcard {

// The card's file tree and the lookups SELECT needs. The default tree:
//
//   MF 3F00
//   |- EF.DIR 2F00   linear fixed, 1 record: application template of the DF below
//   |- EF 2F02       transparent, 12 bytes: 5A 0A + a BCD card number (ICCID-like)
//   `- DF 5000       DF name = applicationName()
//      |- EF 5001    transparent, 512 bytes, byte i = i mod 256
//      |- EF 5002    transparent, 64 bytes of 00, UPDATE needs the PIN
//      `- EF 5003    linear fixed, 4 records of 16 bytes
class FileSystem
{
public:
    static constexpr uint16_t mfFid = 0x3F00;
    static constexpr uint16_t dirFid = 0x2F00;
    static constexpr uint16_t serialFid = 0x2F02;
    static constexpr uint16_t appFid = 0x5000;
    static constexpr uint16_t patternFid = 0x5001;
    static constexpr uint16_t protectedFid = 0x5002;
    static constexpr uint16_t recordsFid = 0x5003;
    static constexpr std::size_t patternSize = 512;
    static constexpr std::size_t protectedSize = 64;
    static constexpr std::size_t recordSize = 16;

    FileSystem();

    // A0 00 00 03 97 "CARDSCOPE" 01: an RID-like prefix, a readable name, a version.
    static std::vector<uint8_t> applicationName();
    static std::vector<uint8_t> serialNumber();

    CardFile *mf() const { return m_mf.get(); }
    // First DF, depth first from the MF, whose name starts with `prefix` (a full name matches too).
    CardFile *findByName(const std::vector<uint8_t> &prefix) const;
    // Follows a path of 2-byte FIDs from `start`; nullptr when a step is missing.
    CardFile *followPath(CardFile *start, const std::vector<uint8_t> &path) const;

private:
    static CardFile *findByName(CardFile *from, const std::vector<uint8_t> &prefix);

    std::unique_ptr<CardFile> m_mf;
};

} // namespace cardscope::vcard
