#include "connectionworker.h"

#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "pcsc/pcscapi.h"

#include <QElapsedTimer>

using smartcard::CardConnectionObserver;
using smartcard::SmartcardException;
using Disposition = smartcard::pcsc::Disposition;
using ShareMode = smartcard::pcsc::ShareMode;

namespace {

ConsoleReply makeReply(ConsoleReply::Operation operation, quint64 requestId)
{
    ConsoleReply reply;
    reply.operation = operation;
    reply.requestId = requestId;
    return reply;
}

} // namespace

ConnectionWorker::ConnectionWorker(QString reader, smartcard::pcsc::PcscApi *api)
    : m_reader(std::move(reader))
    , m_api(api ? api : &smartcard::pcsc::systemPcsc())
{ }

// Runs on the worker thread (WorkerThread deletes it there): the connection's context is
// released by the thread that made it. A connected card is left with connect()'s disposition.
ConnectionWorker::~ConnectionWorker()
{
    std::unique_ptr<smartcard::PCSCCardConnection> connection;
    {
        std::lock_guard lock(m_mutex);
        m_script.reset(); // it uses the connection until it is gone
        connection = std::move(m_connection);
    }
    if (connection && m_connected) {
        try {
            connection->disconnect();
        } catch (const SmartcardException &) {
            // The card or the service is gone; the Disconnect event says so to the observers.
        }
    }
}

void ConnectionWorker::addObserver(CardConnectionObserver *observer)
{
    std::lock_guard lock(m_mutex);
    m_observers.push_back(observer);
    if (m_connection)
        m_connection->addObserver(observer);
}

void ConnectionWorker::deleteObserver(CardConnectionObserver *observer)
{
    std::lock_guard lock(m_mutex);
    std::erase(m_observers, observer);
    if (m_connection)
        m_connection->deleteObserver(observer);
}

void ConnectionWorker::abandon(quint64 requestId)
{
    std::lock_guard lock(m_mutex);
    m_abandoned.insert(requestId);
}

bool ConnectionWorker::takeAbandoned(quint64 requestId)
{
    std::lock_guard lock(m_mutex);
    return m_abandoned.erase(requestId) > 0;
}

// Made at the first request, on the worker thread (one PC/SC context per thread). Throws
// CardConnectionException when the service does not answer; the next request tries again.
smartcard::PCSCCardConnection &ConnectionWorker::connection()
{
    std::lock_guard lock(m_mutex);
    if (!m_connection) {
        auto connection = std::make_unique<smartcard::PCSCCardConnection>(m_reader, *m_api);
        connection->setAutoGetResponse(m_autoGetResponse);
        connection->setAutoLeCorrection(m_autoLeCorrection);
        for (CardConnectionObserver *observer : m_observers)
            connection->addObserver(observer);
        m_connection = std::move(connection);
    }
    return *m_connection;
}

// Times the operation and turns whatever it throws into the reply's error.
template<class Operation> void ConnectionWorker::run(ConsoleReply &reply, Operation operation)
{
    QElapsedTimer timer;
    timer.start();
    try {
        operation(connection());
        reply.ok = true;
    } catch (const SmartcardException &e) {
        reply.errorText = QString::fromUtf8(e.what());
        reply.errorCode = e.hresult();
    } catch (const std::exception &e) {
        reply.errorText = tr("unexpected error: %1").arg(QString::fromUtf8(e.what()));
    }
    reply.durationUs = timer.nsecsElapsed() / 1000;
}

void ConnectionWorker::answer(ConsoleReply &reply)
{
    reply.connected = m_connected;
    reply.inTransaction = m_inTransaction;
    Q_EMIT replied(reply);
}

void ConnectionWorker::connectCard(
    quint64 requestId, std::uint32_t protocol, ShareMode mode, Disposition disposition)
{
    ConsoleReply reply = makeReply(ConsoleReply::Operation::Connect, requestId);
    run(reply, [&](smartcard::PCSCCardConnection &c) {
        if (m_connected) // a second connect replaces the first, as the buttons suggest
            c.disconnect();
        m_connected = false;
        m_inTransaction = false;
        c.connect(protocol, mode, disposition);
        m_connected = true;
        reply.protocol = c.getProtocol();
        reply.atr = c.getATR();
    });
    answer(reply);
}

void ConnectionWorker::reconnectCard(
    quint64 requestId, std::uint32_t protocol, ShareMode mode, Disposition initialization)
{
    ConsoleReply reply = makeReply(ConsoleReply::Operation::Reconnect, requestId);
    run(reply, [&](smartcard::PCSCCardConnection &c) {
        c.reconnect(protocol, mode, initialization);
        m_inTransaction = false;
        reply.protocol = c.getProtocol();
        reply.atr = c.getATR();
    });
    answer(reply);
}

void ConnectionWorker::disconnectCard(quint64 requestId, Disposition disposition)
{
    ConsoleReply reply = makeReply(ConsoleReply::Operation::Disconnect, requestId);
    run(reply, [&](smartcard::PCSCCardConnection &c) {
        m_connected = false; // the handle is gone even when SCardDisconnect fails
        m_inTransaction = false;
        c.disconnect(disposition);
    });
    answer(reply);
}

void ConnectionWorker::beginTransaction(quint64 requestId)
{
    ConsoleReply reply = makeReply(ConsoleReply::Operation::BeginTransaction, requestId);
    run(reply, [&](smartcard::PCSCCardConnection &c) {
        c.beginTransaction();
        m_inTransaction = true;
    });
    answer(reply);
}

void ConnectionWorker::endTransaction(quint64 requestId, Disposition disposition)
{
    ConsoleReply reply = makeReply(ConsoleReply::Operation::EndTransaction, requestId);
    run(reply, [&](smartcard::PCSCCardConnection &c) {
        c.endTransaction(disposition);
        m_inTransaction = false;
    });
    answer(reply);
}

void ConnectionWorker::transmit(quint64 requestId, const smartcard::Bytes &command)
{
    ConsoleReply reply = makeReply(ConsoleReply::Operation::Transmit, requestId);
    reply.command = command;
    if (takeAbandoned(requestId)) {
        reply.notSent = true;
        reply.errorText = tr("cancelled before it was sent: nothing reached the card");
        answer(reply);
        return;
    }
    run(reply, [&](smartcard::PCSCCardConnection &c) {
        const smartcard::CardConnection::Response response = c.transmit(command);
        reply.data = response.data;
        reply.sw1 = response.sw1;
        reply.sw2 = response.sw2;
    });
    finishAbandoned(reply);
}

void ConnectionWorker::control(quint64 requestId, std::uint32_t controlCode, const smartcard::Bytes &data)
{
    ConsoleReply reply = makeReply(ConsoleReply::Operation::Control, requestId);
    reply.command = data;
    reply.controlCode = controlCode;
    if (takeAbandoned(requestId)) {
        reply.notSent = true;
        reply.errorText = tr("cancelled before it was sent: nothing reached the reader");
        answer(reply);
        return;
    }
    run(reply, [&](smartcard::PCSCCardConnection &c) { reply.data = c.control(controlCode, data); });
    finishAbandoned(reply);
}

// Answers a transmit or control; if it was abandoned while in progress, marks the reply late
// and leaves the card in a known state: disconnected with a reset (its own reply, id 0).
void ConnectionWorker::finishAbandoned(ConsoleReply &reply)
{
    reply.abandoned = takeAbandoned(reply.requestId);
    answer(reply);
    if (reply.abandoned)
        resetAfterAbandonedCall();
}

// Nobody knows the state an abandoned call left the card in (a pending GET RESPONSE, a
// half-done secure channel): disconnect with a reset, answered as its own reply (id 0).
void ConnectionWorker::resetAfterAbandonedCall()
{
    if (!m_connected)
        return;
    ConsoleReply reset = makeReply(ConsoleReply::Operation::Disconnect, 0);
    run(reset, [&](smartcard::PCSCCardConnection &c) {
        m_connected = false;
        m_inTransaction = false;
        c.disconnect(Disposition::ResetCard);
    });
    answer(reset);
}

void ConnectionWorker::setAutoGetResponse(bool enabled)
{
    std::lock_guard lock(m_mutex);
    m_autoGetResponse = enabled;
    if (m_connection)
        m_connection->setAutoGetResponse(enabled);
}

void ConnectionWorker::setAutoLeCorrection(bool enabled)
{
    std::lock_guard lock(m_mutex);
    m_autoLeCorrection = enabled;
    if (m_connection)
        m_connection->setAutoLeCorrection(enabled);
}

void ConnectionWorker::loadScript(const std::vector<smartcard::ScriptStep> &steps, bool strict)
{
    std::shared_ptr<smartcard::ScriptRunner> runner;
    try {
        smartcard::ScriptRunner::Options options;
        options.strict = strict;
        runner = std::make_shared<smartcard::ScriptRunner>(&connection(), steps, options);
    } catch (const SmartcardException &e) {
        Q_EMIT scriptStopped(int(smartcard::ScriptRunner::State::Failed), 0, QString::fromUtf8(e.what()));
        return;
    }
    runner->setResultCallback(
        [this](const smartcard::ScriptStepResult &result) { Q_EMIT scriptStepFinished(result); });
    {
        std::lock_guard lock(m_mutex);
        m_script = runner;
    }
    Q_EMIT scriptStopped(int(runner->state()), runner->currentStep(), {});
}

void ConnectionWorker::runScript(bool singleStep, quint64 runId)
{
    std::shared_ptr<smartcard::ScriptRunner> runner;
    {
        std::lock_guard lock(m_mutex);
        runner = m_script;
        m_runningScript = runId;
    }
    // Ends the run's watch: a cancel that arrives after this does not reach the next run.
    const auto endRun = [this, &runner] {
        std::lock_guard lock(m_mutex);
        m_runningScript = 0;
        if (runner)
            runner->clearCancel();
    };
    if (!runner) {
        endRun();
        Q_EMIT scriptStopped(int(smartcard::ScriptRunner::State::Failed), 0, tr("no script loaded"));
        return;
    }
    const bool abandonedEarly = m_abandonedScriptRun == runId;
    if (abandonedEarly || m_cancelledScriptRun == runId) {
        endRun();
        Q_EMIT scriptStopped(int(smartcard::ScriptRunner::State::Cancelled), runner->currentStep(),
            abandonedEarly ? tr("abandoned before it started: nothing was sent") : QString());
        return;
    }
    QString error;
    try {
        if (singleStep)
            runner->step();
        else
            runner->run();
    } catch (const std::exception &e) { // the runner reports card errors as results; this is a bug
        error = tr("the script stopped: %1").arg(QString::fromUtf8(e.what()));
    }
    endRun();
    if (m_abandonedScriptRun == runId) {
        const bool wasConnected = m_connected;
        resetAfterAbandonedCall();
        error = wasConnected
            ? tr("The step answered after its timeout; the card was then reset and disconnected")
            : tr("The step ended after its timeout");
    }
    Q_EMIT scriptStopped(int(runner->state()), runner->currentStep(), error);
}

void ConnectionWorker::cancelScript(quint64 runId)
{
    m_cancelledScriptRun = runId;
    std::lock_guard lock(m_mutex);
    if (m_script && m_runningScript == runId)
        m_script->cancel();
}

void ConnectionWorker::abandonScript(quint64 runId)
{
    m_abandonedScriptRun = runId;
    cancelScript(runId);
}
