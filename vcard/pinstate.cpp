#include "pinstate.h"

#include "statusword.h"

#include <algorithm>

namespace cardscope::vcard {

std::vector<uint8_t> PinState::pad(std::string_view ascii)
{
    std::vector<uint8_t> padded(
        ascii.begin(), ascii.begin() + static_cast<std::ptrdiff_t>(std::min(ascii.size(), paddedSize)));
    padded.resize(paddedSize, 0xFF);
    return padded;
}

PinState::PinState(std::string_view ascii)
    : m_pin(pad(ascii))
{ }

uint16_t PinState::verify(const std::vector<uint8_t> &candidate)
{
    if (isBlocked())
        return sw::pinBlocked;
    if (candidate == m_pin) {
        m_triesLeft = maxTries;
        m_verified = true;
        return sw::ok;
    }
    --m_triesLeft;
    m_verified = false;
    return static_cast<uint16_t>(sw::verifyFailed | m_triesLeft);
}

uint16_t PinState::query() const
{
    if (m_verified)
        return sw::ok;
    if (isBlocked())
        return sw::pinBlocked;
    return static_cast<uint16_t>(sw::verifyFailed | m_triesLeft);
}

} // namespace cardscope::vcard
