#pragma once

#include "connection/cardconnectionobserver.h"

#include <QList>

#include <mutex>

// Records every connection event, from whichever thread notifies it.
class EventRecorder final : public smartcard::CardConnectionObserver
{
public:
    void update(smartcard::CardConnection *, const smartcard::CardConnectionEvent &event) override
    {
        std::lock_guard lock(m_mutex);
        m_events.append(event);
    }
    QList<smartcard::CardConnectionEvent> events() const
    {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    QList<smartcard::CardConnectionEvent> events(smartcard::CardConnectionEvent::Type type) const
    {
        QList<smartcard::CardConnectionEvent> matching;
        for (const auto &event : events())
            if (event.type == type)
                matching.append(event);
        return matching;
    }
    int count(smartcard::CardConnectionEvent::Type type) const { return int(events(type).size()); }

private:
    mutable std::mutex m_mutex;
    QList<smartcard::CardConnectionEvent> m_events;
};
