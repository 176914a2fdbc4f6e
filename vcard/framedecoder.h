#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace cardscope::vcard {

// The vpcd wire format, both directions: a 2-byte big-endian length, then that
// many bytes. The decoder takes bytes as the socket delivers them (frames split
// anywhere, or several at once) and hands out whole payloads.
class FrameDecoder
{
public:
    static constexpr std::size_t maxPayload = 0xFFFF;

    // Length prefix and payload in one buffer, so that one write() sends the frame.
    // The payload must not exceed maxPayload.
    static std::vector<uint8_t> encode(const std::vector<uint8_t> &payload);

    void feed(const uint8_t *bytes, std::size_t count);
    std::optional<std::vector<uint8_t>> next();
    std::size_t bufferedSize() const { return m_buffer.size() - m_readPos; }
    void clear();

private:
    std::vector<uint8_t> m_buffer;
    std::size_t m_readPos = 0;
};

} // namespace cardscope::vcard
