#include "request/waitcanceller.h"

#include "pcsc/context.h"

namespace smartcard {

namespace {
// How long cancel() lets the waiter leave before it cancels again.
constexpr std::chrono::milliseconds RetryInterval { 5 };
} // namespace

void WaitCanceller::cancel()
{
    m_cancelled.store(true, std::memory_order_release);
    std::unique_lock lock(m_mutex);
    // Under the mutex, so that a sleeper that has just found the flag clear is waiting by now.
    m_waitEnded.notify_all();
    if (m_context && m_waiter == std::this_thread::get_id())
        return;
    while (m_context) {
        // The result does not matter: too early (not blocked yet) or racing a timeout
        // (SCARD_E_INVALID_HANDLE), the next round catches it.
        m_context->cancel();
        m_waitEnded.wait_for(lock, RetryInterval);
    }
}

bool WaitCanceller::beginWait(const pcsc::Context &context)
{
    const std::lock_guard lock(m_mutex);
    if (m_context)
        return false;
    m_context = &context;
    m_waiter = std::this_thread::get_id();
    return true;
}

bool WaitCanceller::sleepUnlessCancelled(std::chrono::milliseconds duration)
{
    std::unique_lock lock(m_mutex);
    return !m_waitEnded.wait_for(lock, duration, [this] { return isCancelled(); });
}

void WaitCanceller::endWait()
{
    {
        const std::lock_guard lock(m_mutex);
        m_context = nullptr;
        m_waiter = {};
    }
    m_waitEnded.notify_all();
}

} // namespace smartcard
