#pragma once

// Monitor events as a Monitor emits them, written down for the models' data-driven tests:
// builders for each event and for the usual sequences (a reader with a card appearing, a
// card inserted, ...), and play(), which calls a model's slots in order, as the queued
// connections of attach() would.
#include "monitor/monitorevent.h"
#include "pcsc/types.h"

#include <QMetaType>

#include <vector>

namespace recorded {

using smartcard::Bytes;
using smartcard::MonitorEvent;
using smartcard::ReaderStatus;
using Type = MonitorEvent::Type;
using Events = std::vector<MonitorEvent>;
namespace flag = smartcard::pcsc::readerstate;

inline const QString ReaderA = QStringLiteral("Fake Reader A 00 00");
inline const QString ReaderB = QStringLiteral("Fake Reader B 01 00");
inline const QString ReaderC = QStringLiteral("Fake Reader C 02 00");
inline const Bytes Atr1 { 0x3B, 0x02, 0x14, 0x50 };
inline const Bytes Atr2 { 0x3B, 0x8F, 0x80, 0x01, 0x80, 0x4F, 0x0C, 0xA0, 0x00, 0x00, 0x03, 0x06, 0x03, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x00, 0x6A };

inline ReaderStatus status(
    const QString &reader, std::uint32_t state, std::uint16_t counter, const Bytes &atr = {})
{
    return ReaderStatus { reader, state, counter, atr };
}
inline ReaderStatus empty(const QString &reader, std::uint16_t counter = 0)
{
    return status(reader, flag::Empty, counter);
}
inline ReaderStatus present(
    const QString &reader, std::uint16_t counter, const Bytes &atr, std::uint32_t more = 0)
{
    return status(reader, flag::Present | more, counter, atr);
}

inline MonitorEvent emitted(Type type, const ReaderStatus &status)
{
    return MonitorEvent { type, status, smartcard::pcsc::ReturnCode::Success };
}
inline MonitorEvent lost(smartcard::pcsc::ReturnCode code = smartcard::pcsc::ReturnCode::E_NoService)
{
    return MonitorEvent { Type::ServiceLost, {}, code };
}
inline MonitorEvent restored()
{
    return MonitorEvent { Type::ServiceRestored, {}, smartcard::pcsc::ReturnCode::Success };
}

// A reader appears (or is there at start()): added, its first state, its card if any.
inline Events appears(const ReaderStatus &first)
{
    Events events { emitted(Type::ReaderAdded, first), emitted(Type::StateChanged, first) };
    if (first.isPresent())
        events.push_back(emitted(Type::CardInserted, first));
    return events;
}
// A card goes into an empty reader: the new state, then the card.
inline Events inserted(const ReaderStatus &now)
{
    return { emitted(Type::StateChanged, now), emitted(Type::CardInserted, now) };
}
// The card `card` leaves its reader, which is `now` after.
inline Events removed(const ReaderStatus &card, const ReaderStatus &now)
{
    return { emitted(Type::StateChanged, now), emitted(Type::CardRemoved, card) };
}
// A reader goes: its card first, if one was in it.
inline Events vanishes(const ReaderStatus &last)
{
    Events events;
    if (last.isPresent())
        events.push_back(emitted(Type::CardRemoved, last));
    events.push_back(emitted(Type::ReaderRemoved, last));
    return events;
}

inline Events operator+(Events first, const Events &second)
{
    first.insert(first.end(), second.begin(), second.end());
    return first;
}
inline Events operator+(Events first, const MonitorEvent &second)
{
    return first + Events { second };
}

// Calls the slot of `model` that the monitor's signal for each event is connected to.
template<class Model> void play(Model &model, const Events &events)
{
    for (const MonitorEvent &e : events) {
        switch (e.type) {
        case Type::ReaderAdded:
            model.onReaderAdded(e.status);
            break;
        case Type::ReaderRemoved:
            model.onReaderRemoved(e.status);
            break;
        case Type::StateChanged:
            model.onReaderStateChanged(e.status);
            break;
        case Type::CardInserted:
            model.onCardInserted(e.status);
            break;
        case Type::CardRemoved:
            model.onCardRemoved(e.status);
            break;
        case Type::ServiceLost:
            model.onServiceLost(e.code);
            break;
        case Type::ServiceRestored:
            model.onServiceRestored();
            break;
        }
    }
}

} // namespace recorded

Q_DECLARE_METATYPE(recorded::Events)
