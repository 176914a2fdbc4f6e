#pragma once

#include "pcsc/pcscapi.h"

namespace smartcard::pcsc {

// Owns one PC/SC context (SCardEstablishContext / SCardReleaseContext). Move-only; the
// destructor releases the context if it is still held and never throws. pcsc-lite wants
// one context per thread: create a Context on the thread that uses it. cancel() is the
// exception and may be called from another thread to wake a blocked getStatusChange().
class Context
{
public:
    explicit Context(PcscApi &api = systemPcsc());
    ~Context();

    Context(Context &&other) noexcept;
    Context &operator=(Context &&other) noexcept;
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    ReturnCode establish(Scope scope = Scope::User);
    ReturnCode release();

    bool isEstablished() const { return m_established; }
    ContextId id() const { return m_id; }
    PcscApi &api() const { return *m_api; }

    // SCARD_E_NO_READERS_AVAILABLE is reported as success with an empty list: no reader
    // is a state to show, not a failure.
    ReturnCode listReaders(
        std::vector<std::string> *readers, const std::vector<std::string> &groups = {}) const;
    ReturnCode listReaderGroups(std::vector<std::string> *groups) const;
    ReturnCode getStatusChange(std::uint32_t timeoutMs, std::span<ReaderState> states) const;
    ReturnCode cancel() const;

private:
    PcscApi *m_api;
    ContextId m_id = 0;
    bool m_established = false;
};

} // namespace smartcard::pcsc
