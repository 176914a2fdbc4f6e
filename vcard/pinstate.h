#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cardscope::vcard {

// The card's one PIN (reference 81): a retry counter kept in "persistent"
// memory and a verified flag that a reset clears.
class PinState
{
public:
    static constexpr int maxTries = 3;
    static constexpr std::size_t paddedSize = 8;
    static constexpr std::string_view defaultPin = "1234";

    // ASCII digits padded with FF to 8 bytes; longer input is cut to 8.
    static std::vector<uint8_t> pad(std::string_view ascii);

    explicit PinState(std::string_view ascii = defaultPin);

    // VERIFY with data: 9000, 63Cx (x tries left, 63C0 on the attempt that blocks), 6983 once blocked.
    uint16_t verify(const std::vector<uint8_t> &candidate);
    // VERIFY without data: 9000 if verified, 6983 if blocked, else 63Cx.
    uint16_t query() const;

    bool isVerified() const { return m_verified; }
    bool isBlocked() const { return m_triesLeft == 0; }
    int triesLeft() const { return m_triesLeft; }
    void clearVerified() { m_verified = false; }

private:
    std::vector<uint8_t> m_pin;
    int m_triesLeft = maxTries;
    bool m_verified = false;
};

} // namespace cardscope::vcard
