#include "framedecoder.h"

namespace cardscope::vcard {

std::vector<uint8_t> FrameDecoder::encode(const std::vector<uint8_t> &payload)
{
    std::vector<uint8_t> frame;
    frame.reserve(payload.size() + 2);
    frame.push_back(static_cast<uint8_t>(payload.size() >> 8));
    frame.push_back(static_cast<uint8_t>(payload.size() & 0xFF));
    frame.insert(frame.end(), payload.begin(), payload.end());
    return frame;
}

void FrameDecoder::feed(const uint8_t *bytes, std::size_t count)
{
    // Drop consumed bytes lazily so a burst of small frames is not copied once per frame.
    if (m_readPos > 0 && m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
    m_buffer.insert(m_buffer.end(), bytes, bytes + count);
}

std::optional<std::vector<uint8_t>> FrameDecoder::next()
{
    if (bufferedSize() < 2)
        return std::nullopt;
    const std::size_t length = static_cast<std::size_t>(m_buffer[m_readPos]) << 8 | m_buffer[m_readPos + 1];
    if (bufferedSize() < 2 + length)
        return std::nullopt;
    const auto begin = m_buffer.begin() + static_cast<std::ptrdiff_t>(m_readPos + 2);
    std::vector<uint8_t> payload(begin, begin + static_cast<std::ptrdiff_t>(length));
    m_readPos += 2 + length;
    if (m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
    return payload;
}

void FrameDecoder::clear()
{
    m_buffer.clear();
    m_readPos = 0;
}

} // namespace cardscope::vcard
