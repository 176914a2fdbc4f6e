#pragma once

#include "consolereply.h"
#include "pcsc/types.h"
#include "script/scriptrunner.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

namespace smartcard {
class PCSCCardConnection;
class CardConnectionObserver;
namespace pcsc {
class PcscApi;
}
} // namespace smartcard

// The console's card I/O for one reader, on its own thread (WorkerThread moves it there):
// a QObject owning a PCSCCardConnection, whose PC/SC context is made on that thread at the
// first request. Requests are slots, called queued (QMetaObject::invokeMethod); every one is
// answered by exactly one replied() signal carrying a ConsoleReply value. Exceptions never
// leave a slot: they become the reply's errorText and errorCode.
//
// Timeout and cancel: PC/SC cannot interrupt an SCardTransmit in progress (SCardCancel only
// wakes SCardGetStatusChange). So abandon(id), callable from any thread, does what can be
// done: a request still queued is answered `notSent` without touching the card; a request in
// progress runs to its end, its reply comes back marked `abandoned` with what the card really
// answered (observers have logged it as such), and then the worker disconnects with a reset,
// because nobody knows the state the card was left in (a pending GET RESPONSE, a half-done
// secure channel). The caller shows the request as timed out or cancelled and the late reply
// as late; nothing is lost.
class ConnectionWorker : public QObject
{
    Q_OBJECT

public:
    // `api` null: the system's PC/SC. The worker must outlive no observer it was given.
    explicit ConnectionWorker(QString reader, smartcard::pcsc::PcscApi *api = nullptr);
    ~ConnectionWorker() override;

    QString reader() const { return m_reader; }

    // Thread-safe. Observers see every event of this worker's connection (Command, Response,
    // Connect, Control, failures too) on the worker thread; queue with
    // CardConnectionObserverAdapter to reach the GUI thread. An observer must stay alive until
    // deleted here and no call is in progress, or until the worker is destroyed.
    void addObserver(smartcard::CardConnectionObserver *observer);
    void deleteObserver(smartcard::CardConnectionObserver *observer);

    // Thread-safe; see the class comment.
    void abandon(quint64 requestId);

public Q_SLOTS:
    void connectCard(quint64 requestId, std::uint32_t protocol, smartcard::pcsc::ShareMode mode,
        smartcard::pcsc::Disposition disposition);
    void reconnectCard(quint64 requestId, std::uint32_t protocol, smartcard::pcsc::ShareMode mode,
        smartcard::pcsc::Disposition initialization);
    void disconnectCard(quint64 requestId, smartcard::pcsc::Disposition disposition);
    void beginTransaction(quint64 requestId);
    void endTransaction(quint64 requestId, smartcard::pcsc::Disposition disposition);
    void transmit(quint64 requestId, const smartcard::Bytes &command);
    void control(quint64 requestId, std::uint32_t controlCode, const smartcard::Bytes &data);
    void setAutoGetResponse(bool enabled);
    void setAutoLeCorrection(bool enabled);

    // Scripts (core/script's ScriptRunner on this worker's connection). loadScript() replaces
    // the script and starts at its first step; runScript(false) runs to the end or the first
    // failure, runScript(true) one step. Each step's result is reported as it is done, then
    // scriptStopped() with the runner's state and the next step's index.
    void loadScript(const std::vector<smartcard::ScriptStep> &steps, bool strict);
    // `runId`: the caller's number for this run (not 0), for cancelScript() and abandonScript().
    void runScript(bool singleStep, quint64 runId);

Q_SIGNALS:
    void replied(const ConsoleReply &reply);
    void scriptStepFinished(const smartcard::ScriptStepResult &result);
    void scriptStopped(int state, int currentStep, const QString &error);

public:
    // Thread-safe: run `runId` stops before its next step (a step in progress runs to its
    // end); if it has not started yet, it sends nothing. Another run is not affected.
    void cancelScript(quint64 runId);
    // Thread-safe: the caller stopped waiting for run `runId` (a step timed out). The run
    // stops before its next step, as with cancelScript(); a step still at the card runs to
    // its end, is reported and logged as what it was, and then the worker disconnects with a
    // reset, as after an abandoned transmit. A run not started yet sends nothing.
    void abandonScript(quint64 runId);

private:
    template<class Operation> void run(ConsoleReply &reply, Operation operation);
    smartcard::PCSCCardConnection &connection();
    bool takeAbandoned(quint64 requestId);
    void finishAbandoned(ConsoleReply &reply);
    void resetAfterAbandonedCall();
    void answer(ConsoleReply &reply);

    QString m_reader;
    smartcard::pcsc::PcscApi *m_api;
    std::unique_ptr<smartcard::PCSCCardConnection> m_connection;
    bool m_connected = false;
    bool m_inTransaction = false;
    bool m_autoGetResponse = false;
    bool m_autoLeCorrection = false;

    std::mutex m_mutex; // guards the two lists below and the creation of m_connection
    std::vector<smartcard::CardConnectionObserver *> m_observers;
    std::set<quint64> m_abandoned;
    std::shared_ptr<smartcard::ScriptRunner> m_script; // guarded by m_mutex (cancel from any thread)
    quint64 m_runningScript = 0; // guarded by m_mutex: the run in progress, 0 if none
    std::atomic<quint64> m_cancelledScriptRun = 0;
    std::atomic<quint64> m_abandonedScriptRun = 0;
};

Q_DECLARE_METATYPE(smartcard::ScriptStepResult)
