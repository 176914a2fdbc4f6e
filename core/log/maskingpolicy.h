#pragma once

#include "log/logentry.h"

#include <cstdint>

namespace smartcard {

// Which bytes of a command APDU are secret: the data field of the commands that carry PINs,
// passwords or keys in clear (docs/session-log.md has the table and the reasons):
//
// - any class but FF: VERIFY (20, 21), CHANGE REFERENCE DATA (24, 25), RESET RETRY
//   COUNTER (2C, 2D), ENABLE/DISABLE VERIFICATION REQUIREMENT (28, 26; their data is
//   verification data), GlobalPlatform PUT KEY (D8), OpenPGP card PUT DATA key import
//   (DB 3FFF) and AES key (DA 00D5);
// - class FF (PC/SC part 3 pseudo-APDUs to the reader): LOAD KEYS (82).
//
// The data field is the bytes after the header and Lc (short or extended), Le excluded.
// A secret command whose lengths do not add up is masked from byte 4 to its end (capped at
// 65,535 bytes): we cannot tell where its data is, so everything after the header is.
// Stateless; callable from any thread.
class MaskingPolicy
{
public:
    struct Range
    {
        std::uint16_t offset = 0;
        std::uint16_t length = 0;
        bool isEmpty() const { return length == 0; }
        bool operator==(const Range &) const = default;
    };

    // The secret bytes of `command`; empty when none.
    static Range secretRange(const Bytes &command);
    // Whether a command with this header carries secrets in its data field.
    static bool isSecretHeader(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1, std::uint8_t p2);

    // An Exchange whose command has secrets: Masked set, the range recorded, bytes kept.
    // Other entries come back unchanged (an entry already Masked too).
    static LogEntry markSecrets(LogEntry entry);
    // The masked range of a Masked entry zeroed (what files and views show).
    static LogEntry hideSecrets(LogEntry entry);
    // markSecrets() then hideSecrets(): the entry as every sink sees it by default.
    static LogEntry applyMask(LogEntry entry);
};

} // namespace smartcard
