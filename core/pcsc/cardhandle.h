#pragma once

#include "pcsc/context.h"

namespace smartcard::pcsc {

// Owns one card handle (SCardConnect / SCardDisconnect) made on a Context, which must
// outlive it; connect() uses the context as it is then (it may be established later). Move-only; the
// destructor disconnects with the disposition set by setReleaseDisposition() (leave the card, by default) and
// never throws.
class CardHandle
{
public:
    explicit CardHandle(const Context &context);
    ~CardHandle();

    CardHandle(CardHandle &&other) noexcept;
    CardHandle &operator=(CardHandle &&other) noexcept;
    CardHandle(const CardHandle &) = delete;
    CardHandle &operator=(const CardHandle &) = delete;

    ReturnCode connect(const std::string &reader, ShareMode mode = ShareMode::Shared,
        std::uint32_t preferredProtocols = protocol::Any);
    ReturnCode reconnect(ShareMode mode, std::uint32_t preferredProtocols, Disposition initialization);
    ReturnCode disconnect(Disposition disposition = Disposition::LeaveCard);

    bool isConnected() const { return m_connected; }
    CardId id() const { return m_id; }
    std::uint32_t activeProtocol() const { return m_activeProtocol; }
    const std::string &reader() const { return m_reader; }
    void setReleaseDisposition(Disposition disposition) { m_releaseDisposition = disposition; }

    ReturnCode status(CardStatus *status) const;
    // Transmits with the active protocol. The response buffer is sized for the largest
    // extended response; the caller decides what a short response means.
    ReturnCode transmit(std::span<const std::uint8_t> command, Bytes *response) const;
    ReturnCode transmit(std::uint32_t protocol, std::span<const std::uint8_t> command, Bytes *response) const;
    // Into a caller's buffer, reused across calls: no allocation or zero-filling per APDU.
    ReturnCode transmit(std::uint32_t protocol, std::span<const std::uint8_t> command,
        std::span<std::uint8_t> buffer, std::size_t *length) const;
    ReturnCode control(std::uint32_t controlCode, std::span<const std::uint8_t> input, Bytes *output) const;
    ReturnCode getAttrib(std::uint32_t attributeId, Bytes *value) const;
    ReturnCode beginTransaction() const;
    ReturnCode endTransaction(Disposition disposition) const;

private:
    PcscApi *m_api;
    const Context *m_context;
    CardId m_id = 0;
    bool m_connected = false;
    std::uint32_t m_activeProtocol = protocol::Undefined;
    Disposition m_releaseDisposition = Disposition::LeaveCard;
    std::string m_reader;
};

} // namespace smartcard::pcsc
