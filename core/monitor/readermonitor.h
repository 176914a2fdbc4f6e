#pragma once

#include "monitor/monitor.h"
#include "monitor/observerlist.h"
#include "monitor/readerobserver.h"

namespace smartcard {

// pyscard's ReaderMonitor, with Qt signals (Monitor) besides the observers.
//
// addObserver() tells the observer at once, on the calling thread and before returning,
// which readers are there (when there are any), then every change from the engine thread.
// Both may be called from any thread, also from an observer's update(), while events flow.
// Once deleteObserver() has returned, the observer is not called again (a delivery in
// progress on the engine thread is waited for) and may be destroyed. The monitor does not
// own its observers.
class ReaderMonitor final : public Monitor
{
    Q_OBJECT

public:
    // The process's shared engine on systemPcsc(), or the one given.
    explicit ReaderMonitor(QObject *parent = nullptr);
    explicit ReaderMonitor(std::shared_ptr<MonitorEngine> engine, QObject *parent = nullptr);
    ~ReaderMonitor() override;

    void addObserver(ReaderObserver *observer);
    void deleteObserver(ReaderObserver *observer);
    int countObservers() const;

    // The readers now, in the service's order.
    std::vector<Reader> readers() const;

private:
    void collect(const MonitorEvent &event) override;
    void notifyObservers() override;

    ObserverList<ReaderObserver, Reader> m_observers; // guarded by the engine mutex
};

} // namespace smartcard
