#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace cardscope::vcard {

// A command APDU split into its fields per ISO/IEC 7816-4 5.1 (cases 1, 2S,
// 3S, 4S, 2E, 3E, 4E). Parsing never throws: a byte string that fits none of
// the cases yields std::nullopt, which the card answers with 6700.
class CommandApdu
{
public:
    // Ne when Le is 00 (short) or 0000 (extended).
    static constexpr std::size_t maxShortNe = 256;
    static constexpr std::size_t maxExtendedNe = 65536;

    static std::optional<CommandApdu> parse(const std::vector<uint8_t> &bytes);

    uint8_t cla() const { return m_cla; }
    uint8_t ins() const { return m_ins; }
    uint8_t p1() const { return m_p1; }
    uint8_t p2() const { return m_p2; }
    uint16_t p1p2() const { return static_cast<uint16_t>(m_p1 << 8 | m_p2); }
    const std::vector<uint8_t> &data() const { return m_data; }
    bool hasData() const { return !m_data.empty(); }
    bool hasLe() const { return m_hasLe; }
    // Maximum number of response bytes expected; 0 when Le is absent.
    std::size_t ne() const { return m_ne; }
    bool isExtended() const { return m_extended; }
    // 1..4, the ISO case regardless of short/extended encoding.
    int caseNumber() const;

private:
    static std::optional<CommandApdu> parseExtended(const std::vector<uint8_t> &bytes);

    uint8_t m_cla = 0;
    uint8_t m_ins = 0;
    uint8_t m_p1 = 0;
    uint8_t m_p2 = 0;
    std::vector<uint8_t> m_data;
    bool m_hasLe = false;
    std::size_t m_ne = 0;
    bool m_extended = false;
};

} // namespace cardscope::vcard
