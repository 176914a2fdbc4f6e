#include "rawwaiter.h"

#include "subprocess.h"

#include <winscard.h>

namespace cardscope::bench {

RawWaiter::RawWaiter(EventLog &log)
    : m_log(log)
{ }

RawWaiter::~RawWaiter()
{
    stop();
}

bool RawWaiter::start(const QString &reader)
{
    m_reader = reader.toStdString();
    m_thread = std::thread([this] { run(); });
    while (!m_started && !m_finished)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return m_started;
}

void RawWaiter::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopping = true;
    while (!m_finished) {
        if (const std::uintptr_t context = m_context)
            SCardCancel(SCARDCONTEXT(context));
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    m_thread.join();
}

void RawWaiter::run()
{
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_USER, nullptr, nullptr, &context) != SCARD_S_SUCCESS) {
        m_finished = true;
        return;
    }
    m_context = std::uintptr_t(context);
    SCARD_READERSTATE state {};
    state.szReader = m_reader.c_str();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    if (SCardGetStatusChange(context, 0, &state, 1) == SCARD_S_SUCCESS)
        state.dwCurrentState = state.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
    m_started = true;
    while (!m_stopping) {
        const LONG rv = SCardGetStatusChange(context, INFINITE, &state, 1);
        const qint64 now = monotonicNs();
        if (rv == SCARD_E_CANCELLED || rv == SCARD_E_TIMEOUT)
            continue;
        if (rv != SCARD_S_SUCCESS)
            break;
        const bool was = state.dwCurrentState & SCARD_STATE_PRESENT;
        const bool is = state.dwEventState & SCARD_STATE_PRESENT;
        if (was != is)
            m_log.add(is, now);
        state.dwCurrentState = state.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
    }
    m_context = 0;
    // stop() may still be cancelling: release only once it no longer sees the context. A
    // cancel on a released context is harmless in pcsc-lite (SCARD_E_INVALID_HANDLE).
    SCardReleaseContext(context);
    m_finished = true;
}

} // namespace cardscope::bench
