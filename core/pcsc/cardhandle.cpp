#include "pcsc/cardhandle.h"

#include <utility>

namespace smartcard::pcsc {

CardHandle::CardHandle(const Context &context)
    : m_api(&context.api())
    , m_context(&context)
{ }

CardHandle::~CardHandle()
{
    disconnect(m_releaseDisposition);
}

CardHandle::CardHandle(CardHandle &&other) noexcept
    : m_api(other.m_api)
    , m_context(other.m_context)
    , m_id(other.m_id)
    , m_connected(std::exchange(other.m_connected, false))
    , m_activeProtocol(other.m_activeProtocol)
    , m_releaseDisposition(other.m_releaseDisposition)
    , m_reader(std::move(other.m_reader))
{ }

CardHandle &CardHandle::operator=(CardHandle &&other) noexcept
{
    if (this != &other) {
        disconnect(m_releaseDisposition);
        m_api = other.m_api;
        m_context = other.m_context;
        m_id = other.m_id;
        m_connected = std::exchange(other.m_connected, false);
        m_activeProtocol = other.m_activeProtocol;
        m_releaseDisposition = other.m_releaseDisposition;
        m_reader = std::move(other.m_reader);
    }
    return *this;
}

ReturnCode CardHandle::connect(const std::string &reader, ShareMode mode, std::uint32_t preferredProtocols)
{
    disconnect(m_releaseDisposition);
    CardId id = 0;
    std::uint32_t active = protocol::Undefined;
    const ReturnCode rc = m_api->connect(m_context->id(), reader, mode, preferredProtocols, &id, &active);
    if (succeeded(rc)) {
        m_id = id;
        m_connected = true;
        m_activeProtocol = active;
        m_reader = reader;
    }
    return rc;
}

ReturnCode CardHandle::reconnect(ShareMode mode, std::uint32_t preferredProtocols, Disposition initialization)
{
    if (!m_connected)
        return ReturnCode::E_InvalidHandle;
    std::uint32_t active = protocol::Undefined;
    const ReturnCode rc = m_api->reconnect(m_id, mode, preferredProtocols, initialization, &active);
    if (succeeded(rc))
        m_activeProtocol = active;
    return rc;
}

ReturnCode CardHandle::disconnect(Disposition disposition)
{
    if (!m_connected)
        return ReturnCode::Success;
    m_connected = false;
    m_activeProtocol = protocol::Undefined;
    // A failed disconnect (card or service gone) still leaves nothing for us to release.
    return m_api->disconnect(m_id, disposition);
}

ReturnCode CardHandle::status(CardStatus *status) const
{
    return m_api->status(m_id, status);
}

ReturnCode CardHandle::transmit(std::span<const std::uint8_t> command, Bytes *response) const
{
    return transmit(m_activeProtocol, command, response);
}

ReturnCode CardHandle::transmit(
    std::uint32_t protocol, std::span<const std::uint8_t> command, Bytes *response) const
{
    response->resize(MaxBufferSizeExtended);
    std::size_t length = 0;
    const ReturnCode rc = m_api->transmit(m_id, protocol, command, *response, &length);
    response->resize(succeeded(rc) ? length : 0);
    return rc;
}

ReturnCode CardHandle::transmit(std::uint32_t protocol, std::span<const std::uint8_t> command,
    std::span<std::uint8_t> buffer, std::size_t *length) const
{
    return m_api->transmit(m_id, protocol, command, buffer, length);
}

ReturnCode CardHandle::control(
    std::uint32_t controlCode, std::span<const std::uint8_t> input, Bytes *output) const
{
    output->resize(MaxBufferSizeExtended);
    std::size_t length = 0;
    const ReturnCode rc = m_api->control(m_id, controlCode, input, *output, &length);
    output->resize(succeeded(rc) ? length : 0);
    return rc;
}

ReturnCode CardHandle::getAttrib(std::uint32_t attributeId, Bytes *value) const
{
    value->clear();
    return m_api->getAttrib(m_id, attributeId, value);
}

ReturnCode CardHandle::beginTransaction() const
{
    return m_api->beginTransaction(m_id);
}

ReturnCode CardHandle::endTransaction(Disposition disposition) const
{
    return m_api->endTransaction(m_id, disposition);
}

} // namespace smartcard::pcsc
