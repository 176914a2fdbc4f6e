#pragma once

#include "framedecoder.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cardscope::vcard {

// The card's TCP connection to the vpcd driver. Connecting inserts the card,
// closing removes it.
//
// vpcd sends each frame in two send() calls and does not set TCP_NODELAY, so
// with Linux's delayed ACK every exchange would stall ~40 ms. The link
// therefore sets TCP_NODELAY, re-arms TCP_QUICKACK before every read (the
// kernel clears it by itself) and sends each frame with a single send().
class VpcdLink
{
public:
    VpcdLink() = default;
    ~VpcdLink();
    VpcdLink(const VpcdLink &) = delete;
    VpcdLink &operator=(const VpcdLink &) = delete;

    // One attempt; on failure returns false and sets `error`.
    bool connectTo(const std::string &host, uint16_t port, std::string &error);
    // Takes ownership of a connected socket (tests use one end of a socketpair).
    void adopt(int fd);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }

    // Reads whatever the socket has without blocking and appends the complete frames.
    // Returns false once the peer has closed the connection or it failed; the link is then closed.
    bool readFrames(std::vector<std::vector<uint8_t>> &frames);
    bool sendFrame(const std::vector<uint8_t> &payload);

private:
    void armQuickAck() const;

    int m_fd = -1;
    FrameDecoder m_decoder;
};

} // namespace cardscope::vcard
