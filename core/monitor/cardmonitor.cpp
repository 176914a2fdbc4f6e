#include "monitor/cardmonitor.h"

namespace smartcard {

CardMonitor::CardMonitor(QObject *parent)
    : CardMonitor(nullptr, parent)
{ }

CardMonitor::CardMonitor(std::shared_ptr<MonitorEngine> engine, QObject *parent)
    : Monitor(std::move(engine), parent)
{
    attach();
}

CardMonitor::~CardMonitor()
{
    detach();
}

void CardMonitor::addObserver(CardObserver *observer)
{
    const std::lock_guard lock(engine()->mutex());
    if (m_observers.add(observer))
        ObserverList<CardObserver, Card>::tell(observer, cards());
}

void CardMonitor::deleteObserver(CardObserver *observer)
{
    const std::lock_guard lock(engine()->mutex());
    m_observers.remove(observer);
}

int CardMonitor::countObservers() const
{
    const std::lock_guard lock(engine()->mutex());
    return m_observers.count();
}

std::vector<Card> CardMonitor::cards() const
{
    const std::lock_guard lock(engine()->mutex());
    std::vector<Card> result;
    for (const ReaderStatus &status : engine()->snapshotLocked()) {
        if (status.isPresent())
            result.emplace_back(Reader(status.reader, engine()->api()), status.atr);
    }
    return result;
}

void CardMonitor::collect(const MonitorEvent &event)
{
    if (event.type == MonitorEvent::Type::CardInserted)
        m_observers.added(Card(Reader(event.status.reader, engine()->api()), event.status.atr));
    else if (event.type == MonitorEvent::Type::CardRemoved)
        m_observers.removed(Card(Reader(event.status.reader, engine()->api()), event.status.atr));
}

void CardMonitor::notifyObservers()
{
    m_observers.notify();
}

} // namespace smartcard
