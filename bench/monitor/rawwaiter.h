#pragma once

#include "eventlog.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>

namespace cardscope::bench {

// The floor for any monitor: a thread blocked in SCardGetStatusChange on one reader, written
// straight against <winscard.h>, each returned state fed back; an insertion or removal is
// logged when the call returns. stop(): a flag and SCardCancel until the thread has left.
class RawWaiter
{
public:
    explicit RawWaiter(EventLog &log);
    ~RawWaiter();
    RawWaiter(const RawWaiter &) = delete;
    RawWaiter &operator=(const RawWaiter &) = delete;

    // Starts the thread, which establishes its own context; false when it could not.
    bool start(const QString &reader);
    void stop();

private:
    void run();

    EventLog &m_log;
    std::string m_reader;
    std::atomic<std::uintptr_t> m_context { 0 }; // SCARDCONTEXT of the thread, once established
    std::atomic<bool> m_started { false };
    std::atomic<bool> m_stopping { false };
    std::atomic<bool> m_finished { false };
    std::thread m_thread;
};

} // namespace cardscope::bench
