#include "monitor/readermonitor.h"

namespace smartcard {

ReaderMonitor::ReaderMonitor(QObject *parent)
    : ReaderMonitor(nullptr, parent)
{ }

ReaderMonitor::ReaderMonitor(std::shared_ptr<MonitorEngine> engine, QObject *parent)
    : Monitor(std::move(engine), parent)
{
    attach();
}

ReaderMonitor::~ReaderMonitor()
{
    detach();
}

void ReaderMonitor::addObserver(ReaderObserver *observer)
{
    const std::lock_guard lock(engine()->mutex());
    if (m_observers.add(observer))
        ObserverList<ReaderObserver, Reader>::tell(observer, readers());
}

void ReaderMonitor::deleteObserver(ReaderObserver *observer)
{
    const std::lock_guard lock(engine()->mutex());
    m_observers.remove(observer);
}

int ReaderMonitor::countObservers() const
{
    const std::lock_guard lock(engine()->mutex());
    return m_observers.count();
}

std::vector<Reader> ReaderMonitor::readers() const
{
    const std::lock_guard lock(engine()->mutex());
    std::vector<Reader> result;
    for (const ReaderStatus &status : engine()->snapshotLocked())
        result.emplace_back(status.reader, engine()->api());
    return result;
}

void ReaderMonitor::collect(const MonitorEvent &event)
{
    if (event.type == MonitorEvent::Type::ReaderAdded)
        m_observers.added(Reader(event.status.reader, engine()->api()));
    else if (event.type == MonitorEvent::Type::ReaderRemoved)
        m_observers.removed(Reader(event.status.reader, engine()->api()));
}

void ReaderMonitor::notifyObservers()
{
    m_observers.notify();
}

} // namespace smartcard
