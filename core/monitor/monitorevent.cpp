#include "monitor/monitorevent.h"

#include <algorithm>

namespace smartcard {

const char *MonitorEvent::typeName(Type type)
{
    switch (type) {
    case Type::ReaderAdded:
        return "reader_added";
    case Type::ReaderRemoved:
        return "reader_removed";
    case Type::StateChanged:
        return "state_changed";
    case Type::CardInserted:
        return "card_inserted";
    case Type::CardRemoved:
        return "card_removed";
    case Type::ServiceLost:
        return "service_lost";
    case Type::ServiceRestored:
        return "service_restored";
    }
    return "unknown";
}

namespace {

const ReaderStatus *find(const std::vector<ReaderStatus> &statuses, const QString &reader)
{
    const auto found = std::find_if(statuses.begin(), statuses.end(),
        [&](const ReaderStatus &status) { return status.reader == reader; });
    return found == statuses.end() ? nullptr : &*found;
}

bool cardChanged(const ReaderStatus &old, const ReaderStatus &now, bool sameService)
{
    if (old.isPresent() != now.isPresent())
        return true;
    if (!now.isPresent())
        return false;
    return sameService ? old.eventCounter != now.eventCounter : old.atr != now.atr;
}

} // namespace

std::vector<MonitorEvent> diffReaderStatuses(
    const std::vector<ReaderStatus> &before, const std::vector<ReaderStatus> &after, bool sameService)
{
    using Type = MonitorEvent::Type;
    std::vector<MonitorEvent> events;
    for (const ReaderStatus &old : before) {
        if (find(after, old.reader))
            continue;
        if (old.isPresent())
            events.push_back({ Type::CardRemoved, old, {} });
        events.push_back({ Type::ReaderRemoved, old, {} });
    }
    for (const ReaderStatus &now : after) {
        const ReaderStatus *old = find(before, now.reader);
        if (!old) {
            events.push_back({ Type::ReaderAdded, now, {} });
            events.push_back({ Type::StateChanged, now, {} });
            if (now.isPresent())
                events.push_back({ Type::CardInserted, now, {} });
            continue;
        }
        if (*old == now)
            continue;
        events.push_back({ Type::StateChanged, now, {} });
        if (!cardChanged(*old, now, sameService))
            continue;
        if (old->isPresent())
            events.push_back({ Type::CardRemoved, *old, {} });
        if (now.isPresent())
            events.push_back({ Type::CardInserted, now, {} });
    }
    return events;
}

} // namespace smartcard
