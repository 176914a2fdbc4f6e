#include "pcsc/context.h"

#include <utility>

namespace smartcard::pcsc {

Context::Context(PcscApi &api)
    : m_api(&api)
{ }

Context::~Context()
{
    release();
}

Context::Context(Context &&other) noexcept
    : m_api(other.m_api)
    , m_id(other.m_id)
    , m_established(std::exchange(other.m_established, false))
{ }

Context &Context::operator=(Context &&other) noexcept
{
    if (this != &other) {
        release();
        m_api = other.m_api;
        m_id = other.m_id;
        m_established = std::exchange(other.m_established, false);
    }
    return *this;
}

ReturnCode Context::establish(Scope scope)
{
    release();
    ContextId id = 0;
    const ReturnCode rc = m_api->establishContext(scope, &id);
    if (succeeded(rc)) {
        m_id = id;
        m_established = true;
    }
    return rc;
}

ReturnCode Context::release()
{
    if (!m_established)
        return ReturnCode::Success;
    m_established = false;
    // After pcscd died the release fails with SCARD_E_NO_SERVICE; the handle is gone either way.
    return m_api->releaseContext(m_id);
}

ReturnCode Context::listReaders(
    std::vector<std::string> *readers, const std::vector<std::string> &groups) const
{
    readers->clear();
    const ReturnCode rc = m_api->listReaders(m_id, groups, readers);
    if (rc == ReturnCode::E_NoReadersAvailable) {
        readers->clear();
        return ReturnCode::Success;
    }
    return rc;
}

ReturnCode Context::listReaderGroups(std::vector<std::string> *groups) const
{
    groups->clear();
    return m_api->listReaderGroups(m_id, groups);
}

ReturnCode Context::getStatusChange(std::uint32_t timeoutMs, std::span<ReaderState> states) const
{
    return m_api->getStatusChange(m_id, timeoutMs, states);
}

ReturnCode Context::cancel() const
{
    return m_api->cancel(m_id);
}

} // namespace smartcard::pcsc
