#include "eventlog.h"

#include <algorithm>

namespace cardscope::bench {

void EventLog::add(bool inserted, qint64 ns)
{
    {
        const std::lock_guard lock(m_mutex);
        m_events.push_back({ inserted, ns });
    }
    m_added.notify_all();
}

bool EventLog::waitFor(bool inserted, int count, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    return m_added.wait_for(lock, timeout, [&] {
        return std::count_if(m_events.begin(), m_events.end(), [&](const Event &e) {
            return e.inserted == inserted;
        }) >= count;
    });
}

std::vector<qint64> EventLog::times(bool inserted) const
{
    const std::lock_guard lock(m_mutex);
    std::vector<qint64> result;
    for (const Event &event : m_events) {
        if (event.inserted == inserted)
            result.push_back(event.ns);
    }
    return result;
}

} // namespace cardscope::bench
