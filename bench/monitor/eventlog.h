#pragma once

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace cardscope::bench {

// The card events one contender saw, with CLOCK_MONOTONIC times; filled from any thread.
class EventLog
{
public:
    struct Event
    {
        bool inserted = false;
        qint64 ns = 0;
    };

    void add(bool inserted, qint64 ns);
    // Waits until `count` events of that kind were seen; false on timeout.
    bool waitFor(bool inserted, int count, std::chrono::milliseconds timeout) const;
    // The times of the events of one kind, in order.
    std::vector<qint64> times(bool inserted) const;

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_added;
    std::vector<Event> m_events;
};

} // namespace cardscope::bench
