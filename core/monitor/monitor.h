#pragma once

#include "monitor/monitorengine.h"
#include "monitor/readerstatus.h"
#include "pcsc/returncode.h"

#include <QList>
#include <QObject>

#include <memory>

Q_DECLARE_METATYPE(smartcard::pcsc::ReturnCode)

namespace smartcard {

// What ReaderMonitor and CardMonitor share: the engine they listen to (docs/monitoring.md)
// and the Qt signals. Every event is a signal on both kinds of monitor; the observer API
// (pyscard's) is in the subclasses.
//
// Threads. A monitor is a QObject of the thread that made it; its signals are emitted on
// the engine thread, so connections to receivers of other threads are queued (Qt's
// AutoConnection): a receiver in the GUI thread is called there, with value payloads.
// Within one wake-up the signals come in the order the engine saw the changes: the readers
// that went, then for each reader readerAdded, readerStateChanged, cardRemoved,
// cardInserted (docs/monitoring.md).
//
// Signals are emitted once start() was called: start() first emits the current state as if
// it were new (readerAdded, readerStateChanged and cardInserted for each reader and card,
// serviceLost when the service is down; on the calling thread), then every change. Connect
// first, then start().
class Monitor : public QObject
{
    Q_OBJECT

public:
    ~Monitor() override;

    void start();
    bool isStarted() const;

    // The readers' states now (the engine's last snapshot), in the order the service lists them.
    QList<ReaderStatus> states() const;
    // Unknown (nullopt) until the engine's first look; then whether the service answers.
    std::optional<bool> isServiceAvailable() const;
    // Blocks up to `timeout` until the engine has read the readers once (or found no service).
    bool waitForReady(std::chrono::milliseconds timeout) const { return m_engine->waitForReady(timeout); }

    const std::shared_ptr<MonitorEngine> &engine() const { return m_engine; }

Q_SIGNALS:
    // `status`: the reader's first state.
    void readerAdded(const smartcard::ReaderStatus &status);
    // `status`: the reader's last known state.
    void readerRemoved(const smartcard::ReaderStatus &status);
    // The reader's new state, for every change (flags, event counter, ATR) and the first one.
    void readerStateChanged(const smartcard::ReaderStatus &status);
    // The reader's state with the new card (present, its ATR and event counter).
    void cardInserted(const smartcard::ReaderStatus &status);
    // The card that went, as last seen: its reader, ATR, event counter and flags.
    void cardRemoved(const smartcard::ReaderStatus &card);
    // The service stopped answering (SCARD_F_COMM_ERROR, SCARD_E_NO_SERVICE, ...); the
    // monitor keeps trying to reach it.
    void serviceLost(smartcard::pcsc::ReturnCode code);
    // The service answers again; the differences were emitted just before.
    void serviceRestored();

protected:
    // nullptr: MonitorEngine::shared() on systemPcsc().
    Monitor(std::shared_ptr<MonitorEngine> engine, QObject *parent);

    // A subclass calls attach() at the end of its constructor and detach() first thing in
    // its destructor, so that the engine never calls a half-built or half-destroyed object.
    void attach();
    void detach();

    // Engine thread, engine mutex held: one event of a wake-up, then the end of the wake-up.
    virtual void collect(const MonitorEvent &event) = 0;
    virtual void notifyObservers() = 0;

private:
    class EngineListener;
    void emitEvent(const MonitorEvent &event);

    std::shared_ptr<MonitorEngine> m_engine;
    std::unique_ptr<EngineListener> m_listener;
    bool m_started = false; // guarded by the engine mutex
};

} // namespace smartcard
