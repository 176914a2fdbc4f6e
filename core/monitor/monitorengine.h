#pragma once

#include "monitor/monitorevent.h"
#include "pcsc/pcscapi.h"
#include "request/waitcanceller.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace smartcard {

class ReaderWatch;

// The thread behind ReaderMonitor and CardMonitor (docs/monitoring.md). It owns one QThread
// with its own PC/SC context, blocked in SCardGetStatusChange over every reader plus the
// \\?PnP?\Notification pseudo-reader, each returned state (with its event counter) fed back
// as the next call's current state: no polling, no CPU while nothing happens, and a card
// pulled and put back between two calls is still seen by its counter.
//
// At every wake-up it lists the readers again (a PnP notification, SCARD_E_UNKNOWN_READER,
// or any other reason), takes the readers' states as a snapshot, compares it with the
// previous one (diffReaderStatuses) and delivers the differences to its listeners. When a
// call fails (SCARD_F_COMM_ERROR and SCARD_E_NO_SERVICE when pcscd goes; any failure
// leaves the context useless and may mean pcscd restarted), or no context can be
// established, it reports ServiceLost once, releases its context and establishes a new one
// with a backoff (50 ms doubling to 1 s, cut short by stop()); once the readers are listed
// again it reports the differences, then ServiceRestored. It never stops by itself.
//
// Listeners are called on the engine thread with the engine's mutex held, so that adding
// or removing one from any other thread waits for a delivery in progress: once
// removeListener() has returned, the listener is not called again and may be destroyed.
//
// Usually shared: shared() gives the process's engine for a PcscApi, made on first use and
// stopped when the last monitor using it goes. The destructor stops the thread.
class MonitorEngine
{
public:
    // Receives each event of a wake-up in order, then batchEnd(). Engine thread, mutex held.
    class Listener
    {
    public:
        virtual void monitorEvent(const MonitorEvent &event) = 0;
        virtual void monitorBatchEnd() = 0;

    protected:
        ~Listener() = default;
    };

    // Starts the thread at once.
    explicit MonitorEngine(pcsc::PcscApi &api = pcsc::systemPcsc());
    ~MonitorEngine();
    MonitorEngine(const MonitorEngine &) = delete;
    MonitorEngine &operator=(const MonitorEngine &) = delete;

    // The engine every monitor of this process on `api` shares, made and started on first use.
    static std::shared_ptr<MonitorEngine> shared(pcsc::PcscApi &api = pcsc::systemPcsc());

    // Sets the interruption flag and cancels the blocked SCardGetStatusChange again and again
    // until the thread has left it; returns when the thread has ended (within a few ms).
    // Idempotent; final. From the engine thread itself (a listener), it only sets the flag.
    void stop();
    bool isStopped() const { return m_canceller.isCancelled(); }

    void addListener(Listener *listener);
    void removeListener(Listener *listener);

    // The mutex held while listeners are called; a monitor holds it to read the snapshot
    // and tell a new observer about it without missing or repeating an event. Recursive: a
    // listener may add or remove listeners and observers.
    std::recursive_mutex &mutex() const { return m_mutex; }
    // Hold mutex() to call these two.
    const std::vector<ReaderStatus> &snapshotLocked() const { return m_snapshot; }
    // Unknown until the first look at the service; then whether it answered.
    std::optional<bool> serviceAvailableLocked() const { return m_serviceAvailable; }
    pcsc::ReturnCode lastServiceErrorLocked() const { return m_lastServiceError; }

    std::vector<ReaderStatus> snapshot() const;
    std::optional<bool> isServiceAvailable() const;
    // Blocks until the first snapshot was taken or the service was found unreachable.
    bool waitForReady(std::chrono::milliseconds timeout) const;

    pcsc::PcscApi &api() const { return *m_api; }
    bool isEngineThread() const;

private:
    enum class SessionEnd { Stopped, ServiceLost, Failed };

    void run();
    SessionEnd runSession(bool *published);
    SessionEnd watchChanges(ReaderWatch &watch, bool *published);
    void publish(const ReaderWatch &watch);
    void publishServiceLost(pcsc::ReturnCode code);
    void deliver(const std::vector<MonitorEvent> &events);
    void markReady();

    pcsc::PcscApi *m_api;
    WaitCanceller m_canceller;

    mutable std::recursive_mutex m_mutex; // guards what follows, held during deliveries
    std::vector<Listener *> m_listeners;
    std::vector<ReaderStatus> m_snapshot;
    std::optional<bool> m_serviceAvailable;
    pcsc::ReturnCode m_lastServiceError = pcsc::ReturnCode::Success;
    bool m_lostSinceLastSnapshot = false; // engine thread only

    // Ready and finished, on std primitives so that thread tools see the hand-over (Qt's
    // own are invisible to TSan).
    mutable std::mutex m_stateMutex;
    mutable std::condition_variable m_stateChanged;
    bool m_ready = false;
    bool m_finished = false;

    std::unique_ptr<QThread> m_thread;
};

} // namespace smartcard
