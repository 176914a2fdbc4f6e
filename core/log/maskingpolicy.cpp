#include "log/maskingpolicy.h"

#include "apdu/commandapdu.h"

#include <algorithm>
#include <limits>

namespace smartcard {
namespace {

constexpr std::uint8_t ReaderClass = 0xFF; // PC/SC part 3: commands to the reader itself
constexpr std::size_t HeaderSize = 4;
constexpr std::size_t MaxRange = std::numeric_limits<std::uint16_t>::max();

} // namespace

bool MaskingPolicy::isSecretHeader(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1, std::uint8_t p2)
{
    if (cla == ReaderClass)
        return ins == 0x82; // LOAD KEYS: a MIFARE key into the reader
    switch (ins) {
    case 0x20: // VERIFY
    case 0x21:
    case 0x24: // CHANGE REFERENCE DATA
    case 0x25:
    case 0x2C: // RESET RETRY COUNTER
    case 0x2D:
    case 0x26: // DISABLE VERIFICATION REQUIREMENT
    case 0x28: // ENABLE VERIFICATION REQUIREMENT
    case 0xD8: // GlobalPlatform PUT KEY
        return true;
    case 0xDB: // OpenPGP card: private key import (extended header list)
        return p1 == 0x3F && p2 == 0xFF;
    case 0xDA: // OpenPGP card: AES key for PSO:ENC/DEC
        return p1 == 0x00 && p2 == 0xD5;
    default:
        return false;
    }
}

MaskingPolicy::Range MaskingPolicy::secretRange(const Bytes &command)
{
    if (command.size() <= HeaderSize || !isSecretHeader(command[0], command[1], command[2], command[3]))
        return {};
    const CommandApdu apdu = CommandApdu::check(command);
    if (!apdu.isValid()) {
        const std::size_t length = std::min(command.size() - HeaderSize, MaxRange);
        return { std::uint16_t(HeaderSize), std::uint16_t(length) };
    }
    if (apdu.nc() == 0)
        return {};
    return { std::uint16_t(apdu.dataOffset()), std::uint16_t(apdu.nc()) };
}

LogEntry MaskingPolicy::markSecrets(LogEntry entry)
{
    if (entry.kind != LogEntry::Kind::Exchange || entry.has(LogEntry::Masked))
        return entry;
    const Range range = secretRange(entry.command);
    if (range.isEmpty())
        return entry;
    entry.set(LogEntry::Masked);
    entry.maskOffset = range.offset;
    entry.maskLength = range.length;
    return entry;
}

LogEntry MaskingPolicy::hideSecrets(LogEntry entry)
{
    if (!entry.has(LogEntry::Masked))
        return entry;
    const std::size_t begin = std::min<std::size_t>(entry.maskOffset, entry.command.size());
    const std::size_t end = std::min<std::size_t>(begin + entry.maskLength, entry.command.size());
    std::fill(entry.command.begin() + std::ptrdiff_t(begin), entry.command.begin() + std::ptrdiff_t(end), 0);
    return entry;
}

LogEntry MaskingPolicy::applyMask(LogEntry entry)
{
    return hideSecrets(markSecrets(std::move(entry)));
}

} // namespace smartcard
