#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cardscope::vcard {

enum class Protocol { T0, T1 };

// The two card personalities, each with an ATR built by hand per ISO/IEC
// 7816-3 and historical bytes per ISO/IEC 7816-4 8.1.1:
//
//   t0: 3B 1E 95 | 80 31 E0 52 43 53 73 F2 21 00 83 05 90 00
//       TA1 only (Fi 512, Di 16), no TD1 so T=0 alone, hence no TCK.
//   t1: 3B 9E 95 81 31 FE 45 | 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 | TCK
//       TD1 81 -> TD2 31 (T=1, TA3 TB3): IFSC 254, BWI 4 / CWI 5; TCK makes T0..TCK XOR to 00.
//
// Historical bytes: category 80, then COMPACT-TLV: card service data 31 E0
// (selection by full and partial DF name, EF.DIR holds BER-TLV and is read by
// READ RECORD, card with MF), issuer data 52 "CS", card capabilities 73
// (selection by DF name/partial name/path/FID, record numbers; data coding 21;
// third byte 40 = extended Lc/Le, only for t1), status indicator 83: LCS 05 + 9000.
class AtrProfile
{
public:
    static AtrProfile t0();
    static AtrProfile t1();
    // "t0" or "t1".
    static std::optional<AtrProfile> fromName(std::string_view name);

    // The historical bytes of any ATR, or an empty vector if its structure is cut short.
    static std::vector<uint8_t> historicalBytesOf(const std::vector<uint8_t> &atr);
    // XOR of T0 up to the last byte: the value that, as TCK, makes the whole XOR zero.
    static uint8_t xorFromT0(const std::vector<uint8_t> &atr);

    Protocol protocol() const { return m_protocol; }
    std::string name() const { return m_protocol == Protocol::T0 ? "t0" : "t1"; }
    bool supportsExtendedLength() const { return m_protocol == Protocol::T1; }
    const std::vector<uint8_t> &atr() const { return m_atr; }
    std::vector<uint8_t> historicalBytes() const { return historicalBytesOf(m_atr); }
    // --atr: another ATR is sent, the protocol behaviour stays the profile's.
    void overrideAtr(std::vector<uint8_t> atr) { m_atr = std::move(atr); }

private:
    AtrProfile(Protocol protocol, std::vector<uint8_t> atr);
    static std::vector<uint8_t> historicalBytesFor(Protocol protocol);

    Protocol m_protocol;
    std::vector<uint8_t> m_atr;
};

} // namespace cardscope::vcard
