#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace smartcard {

namespace pcsc {
class Context;
}

// Wakes a thread blocked in SCardGetStatusChange from another thread, the way pcsc-lite
// allows it: the waiting thread owns its context and registers it here for the length of
// its wait; cancel() sets an interruption flag and calls SCardCancel on that context again
// and again until the waiter has left. One cancel is not enough: a cancel that arrives just
// before the waiter blocks does nothing in pcsc-lite, and pcsc-lite 1.9.9 can answer
// SCARD_E_INVALID_HANDLE when the cancel races a timeout. The waiter checks the flag before
// every blocking call. The flag stays set: a cancelled CardRequest stays cancelled, a
// stopped monitor engine stays stopped. Between two waits, a waiter may pause with
// sleepUnlessCancelled() (a retry backoff), which cancel() cuts short.
class WaitCanceller
{
public:
    // Sets the flag and, when a wait is in progress on another thread, returns only once
    // that thread has left it. From the waiting thread itself it only sets the flag.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }

    // Called by the waiting thread with the context it blocks on: false when another wait
    // is in progress already (one waiter at a time). endWait() before the context goes.
    bool beginWait(const pcsc::Context &context);
    void endWait();

    // Sleeps for `duration` or until cancel() is called, whichever comes first; false when
    // cancelled (at once if it was already).
    bool sleepUnlessCancelled(std::chrono::milliseconds duration);

private:
    std::atomic<bool> m_cancelled { false };
    std::mutex m_mutex;
    std::condition_variable m_waitEnded; // also wakes sleepUnlessCancelled()
    const pcsc::Context *m_context = nullptr; // the waiter's, guarded by m_mutex
    std::thread::id m_waiter;
};

} // namespace smartcard
