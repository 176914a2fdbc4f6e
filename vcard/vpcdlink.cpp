#include "vpcdlink.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace cardscope::vcard {

VpcdLink::~VpcdLink()
{
    close();
}

bool VpcdLink::connectTo(const std::string &host, uint16_t port, std::string &error)
{
    close();
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addresses = nullptr;
    const std::string service = std::to_string(port);
    if (const int rc = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &addresses); rc != 0) {
        error = ::gai_strerror(rc);
        return false;
    }
    error = "no address";
    for (addrinfo *address = addresses; address; address = address->ai_next) {
        const int fd
            = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0) {
            error = std::system_category().message(errno);
            continue;
        }
        if (::connect(fd, address->ai_addr, address->ai_addrlen) == 0) {
            const int on = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            adopt(fd);
            break;
        }
        error = std::system_category().message(errno);
        ::close(fd);
    }
    ::freeaddrinfo(addresses);
    return isOpen();
}

void VpcdLink::adopt(int fd)
{
    close();
    m_fd = fd;
    m_decoder.clear();
}

void VpcdLink::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_decoder.clear();
}

void VpcdLink::armQuickAck() const
{
    // Best effort: fails harmlessly on the AF_UNIX sockets the tests use.
    const int on = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
}

bool VpcdLink::readFrames(std::vector<std::vector<uint8_t>> &frames)
{
    if (!isOpen())
        return false;
    uint8_t buffer[16384];
    while (true) {
        armQuickAck();
        const ssize_t count = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (count > 0) {
            m_decoder.feed(buffer, static_cast<std::size_t>(count));
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        const bool stillOpen = count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
        while (auto frame = m_decoder.next())
            frames.push_back(std::move(*frame));
        if (!stillOpen)
            close();
        return stillOpen;
    }
}

bool VpcdLink::sendFrame(const std::vector<uint8_t> &payload)
{
    if (!isOpen() || payload.size() > FrameDecoder::maxPayload)
        return false;
    const std::vector<uint8_t> frame = FrameDecoder::encode(payload);
    std::size_t sent = 0;
    while (sent < frame.size()) {
        // One call for the whole frame; the loop only continues after a partial send of a large frame.
        const ssize_t count = ::send(m_fd, frame.data() + sent, frame.size() - sent, MSG_NOSIGNAL);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return false;
        sent += static_cast<std::size_t>(count);
    }
    return true;
}

} // namespace cardscope::vcard
