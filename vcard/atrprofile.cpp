#include "atrprofile.h"

#include <utility>

namespace cardscope::vcard {

namespace {

constexpr uint8_t directConvention = 0x3B;
constexpr uint8_t ta1 = 0x95; // Fi = 512, f max 5 MHz, Di = 16

// Interface bytes present after a T0 or TDi byte: one per bit of its high nibble.
int interfaceByteCount(uint8_t indicator)
{
    int count = 0;
    for (int bit = 4; bit < 8; ++bit)
        count += (indicator >> bit) & 1;
    return count;
}

} // namespace

AtrProfile::AtrProfile(Protocol protocol, std::vector<uint8_t> atr)
    : m_protocol(protocol)
    , m_atr(std::move(atr))
{ }

std::vector<uint8_t> AtrProfile::historicalBytesFor(Protocol protocol)
{
    const uint8_t extendedLength = protocol == Protocol::T1 ? 0x40 : 0x00;
    return {
        0x80, // category indicator: COMPACT-TLV objects, status indicator last
        0x31, 0xE0, // card service data
        0x52, 'C', 'S', // card issuer's data
        0x73, 0xF2, 0x21, extendedLength, // card capabilities
        0x83, 0x05, 0x90, 0x00, // status indicator: LCS operational activated, SW 9000
    };
}

AtrProfile AtrProfile::t0()
{
    const auto historical = historicalBytesFor(Protocol::T0);
    // T0: b5 = TA1 present, low nibble = number of historical bytes.
    std::vector<uint8_t> atr { directConvention, static_cast<uint8_t>(0x10 | historical.size()), ta1 };
    atr.insert(atr.end(), historical.begin(), historical.end());
    return { Protocol::T0, std::move(atr) };
}

AtrProfile AtrProfile::t1()
{
    const auto historical = historicalBytesFor(Protocol::T1);
    std::vector<uint8_t> atr {
        directConvention,
        static_cast<uint8_t>(0x90 | historical.size()), // TA1 and TD1 present
        ta1,
        0x81, // TD1: TD2 present, T=1
        0x31, // TD2: TA3 and TB3 present, T=1
        0xFE, // TA3: IFSC 254
        0x45, // TB3: BWI 4, CWI 5
    };
    atr.insert(atr.end(), historical.begin(), historical.end());
    atr.push_back(xorFromT0(atr)); // TCK
    return { Protocol::T1, std::move(atr) };
}

std::optional<AtrProfile> AtrProfile::fromName(std::string_view name)
{
    if (name == "t0")
        return t0();
    if (name == "t1")
        return t1();
    return std::nullopt;
}

uint8_t AtrProfile::xorFromT0(const std::vector<uint8_t> &atr)
{
    uint8_t value = 0;
    for (std::size_t i = 1; i < atr.size(); ++i)
        value ^= atr[i];
    return value;
}

std::vector<uint8_t> AtrProfile::historicalBytesOf(const std::vector<uint8_t> &atr)
{
    if (atr.size() < 2)
        return {};
    const std::size_t historicalCount = atr[1] & 0x0F;
    std::size_t pos = 1; // position of the current T0/TDi
    while (true) {
        const uint8_t indicator = atr[pos];
        const std::size_t next = pos + static_cast<std::size_t>(interfaceByteCount(indicator));
        if (next >= atr.size())
            return {};
        if (!(indicator & 0x80)) {
            pos = next + 1; // first historical byte
            break;
        }
        pos = next; // the TDi byte is the last of this group
    }
    if (pos + historicalCount > atr.size())
        return {};
    return { atr.begin() + static_cast<std::ptrdiff_t>(pos),
        atr.begin() + static_cast<std::ptrdiff_t>(pos + historicalCount) };
}

} // namespace cardscope::vcard
