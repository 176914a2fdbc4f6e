#include "commandapdu.h"

namespace cardscope::vcard {

namespace {

constexpr std::size_t headerSize = 4;

std::size_t shortNe(uint8_t le)
{
    return le == 0 ? CommandApdu::maxShortNe : le;
}

std::size_t extendedNe(uint8_t high, uint8_t low)
{
    const std::size_t value = static_cast<std::size_t>(high) << 8 | low;
    return value == 0 ? CommandApdu::maxExtendedNe : value;
}

} // namespace

std::optional<CommandApdu> CommandApdu::parse(const std::vector<uint8_t> &bytes)
{
    if (bytes.size() < headerSize)
        return std::nullopt;

    CommandApdu apdu;
    apdu.m_cla = bytes[0];
    apdu.m_ins = bytes[1];
    apdu.m_p1 = bytes[2];
    apdu.m_p2 = bytes[3];

    const std::size_t bodySize = bytes.size() - headerSize;
    if (bodySize == 0)
        return apdu; // case 1
    if (bodySize == 1) { // case 2S
        apdu.m_hasLe = true;
        apdu.m_ne = shortNe(bytes[4]);
        return apdu;
    }
    // A first body byte of 00 can only start an extended encoding: a short Lc of 0 does not exist.
    if (bytes[4] == 0)
        return parseExtended(bytes);

    const std::size_t lc = bytes[4];
    if (bodySize != 1 + lc && bodySize != 2 + lc)
        return std::nullopt;
    apdu.m_data.assign(bytes.begin() + 5, bytes.begin() + 5 + static_cast<std::ptrdiff_t>(lc));
    if (bodySize == 2 + lc) { // case 4S
        apdu.m_hasLe = true;
        apdu.m_ne = shortNe(bytes.back());
    }
    return apdu;
}

std::optional<CommandApdu> CommandApdu::parseExtended(const std::vector<uint8_t> &bytes)
{
    CommandApdu apdu = *parse(std::vector<uint8_t>(bytes.begin(), bytes.begin() + headerSize));
    apdu.m_extended = true;
    const std::size_t bodySize = bytes.size() - headerSize;
    if (bodySize < 3)
        return std::nullopt;
    if (bodySize == 3) { // case 2E: 00 Le1 Le2
        apdu.m_hasLe = true;
        apdu.m_ne = extendedNe(bytes[5], bytes[6]);
        return apdu;
    }
    const std::size_t lc = static_cast<std::size_t>(bytes[5]) << 8 | bytes[6];
    if (lc == 0 || (bodySize != 3 + lc && bodySize != 5 + lc))
        return std::nullopt;
    apdu.m_data.assign(bytes.begin() + 7, bytes.begin() + 7 + static_cast<std::ptrdiff_t>(lc));
    if (bodySize == 5 + lc) { // case 4E: Le is two bytes, no leading 00
        apdu.m_hasLe = true;
        apdu.m_ne = extendedNe(bytes[bytes.size() - 2], bytes.back());
    }
    return apdu;
}

int CommandApdu::caseNumber() const
{
    if (m_data.empty())
        return m_hasLe ? 2 : 1;
    return m_hasLe ? 4 : 3;
}

} // namespace cardscope::vcard
