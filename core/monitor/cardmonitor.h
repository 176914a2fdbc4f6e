#pragma once

#include "monitor/cardobserver.h"
#include "monitor/monitor.h"
#include "monitor/observerlist.h"

namespace smartcard {

// pyscard's CardMonitor, with Qt signals (Monitor) besides the observers.
//
// addObserver() tells the observer at once, on the calling thread and before returning,
// which cards are there (when there are any), then every change from the engine thread.
// Both may be called from any thread, also from an observer's update(), while events flow.
// Once deleteObserver() has returned, the observer is not called again (a delivery in
// progress on the engine thread is waited for) and may be destroyed. The monitor does not
// own its observers.
class CardMonitor final : public Monitor
{
    Q_OBJECT

public:
    // The process's shared engine on systemPcsc(), or the one given.
    explicit CardMonitor(QObject *parent = nullptr);
    explicit CardMonitor(std::shared_ptr<MonitorEngine> engine, QObject *parent = nullptr);
    ~CardMonitor() override;

    void addObserver(CardObserver *observer);
    void deleteObserver(CardObserver *observer);
    int countObservers() const;

    // The cards present now (reader and ATR), in the service's reader order.
    std::vector<Card> cards() const;

private:
    void collect(const MonitorEvent &event) override;
    void notifyObservers() override;

    ObserverList<CardObserver, Card> m_observers; // guarded by the engine mutex
};

} // namespace smartcard
