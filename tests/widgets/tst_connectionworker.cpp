#include "console/connectionworker.h"
#include "console/workerthread.h"
#include "eventrecorder.h"
#include "fakepcsc.h"
#include "script/scriptparser.h"

#include <QSemaphore>
#include <QTest>

#include <atomic>

using cardscope::testing::FakePcsc;
using smartcard::Bytes;
using smartcard::CardConnection;
using smartcard::CardConnectionEvent;
using Disposition = smartcard::pcsc::Disposition;
using ShareMode = smartcard::pcsc::ShareMode;
using Operation = ConsoleReply::Operation;

Q_DECLARE_METATYPE(smartcard::pcsc::Disposition)

// The console's worker over the fake PC/SC: replies as values on the caller's thread, errors
// as values, and the abandon semantics (queued: nothing sent; in progress: late reply marked,
// logged as it was, then a reset).
class TestConnectionWorker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void transmitReplies();
    void failedTransmitIsAValueAndAnEvent();
    void disconnectWithChosenDisposition_data();
    void disconnectWithChosenDisposition();
    void abandonedWhileQueuedIsNeverSent();
    void controlAnswersAndFailures();
    void abandonedInProgressArrivesLateAndResets();
    void abandonedScriptRunSendsNothingAndOnlyThatRun();

private:
    void call(std::function<void(ConnectionWorker *)> request);
    ConsoleReply connectAndWait();

    const std::string m_reader = "Fake Reader 0";
    std::unique_ptr<FakePcsc> m_fake;
    std::unique_ptr<EventRecorder> m_events;
    std::unique_ptr<WorkerThread> m_thread;
    QObject m_receiver;
    QList<ConsoleReply> m_replies;
    std::atomic<bool> m_blockNext = false;
    std::atomic<bool> m_inCard = false;
    QSemaphore m_release;
};

void TestConnectionWorker::init()
{
    m_blockNext = false;
    m_inCard = false;
    m_fake = std::make_unique<FakePcsc>();
    m_fake->addReader(m_reader);
    m_fake->insertCard(m_reader, { 0x3B, 0x02, 0x14, 0x50 }, [this](const Bytes &command) {
        if (m_blockNext.exchange(false)) {
            m_inCard = true;
            m_release.acquire(); // the card takes its time; PC/SC cannot cut it short
        }
        Bytes answer(command.begin(), command.end()); // echo + 90 00
        answer.push_back(0x90);
        answer.push_back(0x00);
        return answer;
    });
    m_events = std::make_unique<EventRecorder>();
    auto *worker = new ConnectionWorker(QString::fromStdString(m_reader), m_fake.get());
    worker->addObserver(m_events.get());
    connect(worker, &ConnectionWorker::replied, &m_receiver,
        [this](const ConsoleReply &reply) { m_replies.append(reply); });
    m_thread = std::make_unique<WorkerThread>(worker);
    m_replies.clear();
}

void TestConnectionWorker::cleanup()
{
    m_thread.reset();
    QCOMPARE(m_fake->openContexts(), 0); // released on the worker's thread when it ended
    m_events.reset();
    m_fake.reset();
}

void TestConnectionWorker::call(std::function<void(ConnectionWorker *)> request)
{
    ConnectionWorker *worker = m_thread->worker();
    QMetaObject::invokeMethod(
        worker, [worker, request] { request(worker); }, Qt::QueuedConnection);
}

ConsoleReply TestConnectionWorker::connectAndWait()
{
    const qsizetype before = m_replies.size();
    call([](ConnectionWorker *w) {
        w->connectCard(1, CardConnection::T0_protocol | CardConnection::T1_protocol, ShareMode::Shared,
            Disposition::LeaveCard);
    });
    [&] { QTRY_COMPARE(m_replies.size(), before + 1); }();
    return m_replies.last();
}

void TestConnectionWorker::transmitReplies()
{
    const ConsoleReply connected = connectAndWait();
    QVERIFY2(connected.ok, qPrintable(connected.errorText));
    QCOMPARE(connected.operation, Operation::Connect);
    QVERIFY(connected.connected);
    QCOMPARE(connected.atr, (Bytes { 0x3B, 0x02, 0x14, 0x50 }));
    QCOMPARE(connected.protocol, CardConnection::T1_protocol);

    call([](ConnectionWorker *w) { w->transmit(7, { 0x00, 0x84, 0x00, 0x00, 0x08 }); });
    QTRY_COMPARE(m_replies.size(), 2);
    const ConsoleReply reply = m_replies.last();
    QVERIFY(reply.ok);
    QCOMPARE(reply.requestId, quint64(7));
    QCOMPARE(reply.command, (Bytes { 0x00, 0x84, 0x00, 0x00, 0x08 }));
    QCOMPARE(reply.data, (Bytes { 0x00, 0x84, 0x00, 0x00, 0x08 }));
    QCOMPARE(reply.sw(), 0x9000);
    QVERIFY(!reply.abandoned);
    QCOMPARE(m_events->count(CardConnectionEvent::Type::Command), 1);
    QCOMPARE(m_events->count(CardConnectionEvent::Type::Response), 1);
}

void TestConnectionWorker::failedTransmitIsAValueAndAnEvent()
{
    QVERIFY(connectAndWait().ok);
    m_fake->failNext(FakePcsc::Call::Transmit, smartcard::pcsc::ReturnCode::W_RemovedCard);
    call([](ConnectionWorker *w) { w->transmit(2, { 0x00, 0x84, 0x00, 0x00, 0x08 }); });
    QTRY_COMPARE(m_replies.size(), 2);
    const ConsoleReply reply = m_replies.last();
    QVERIFY(!reply.ok);
    QVERIFY(reply.errorCode.has_value());
    QCOMPARE(*reply.errorCode, smartcard::pcsc::ReturnCode::W_RemovedCard);
    QVERIFY2(reply.errorText.contains(QLatin1String("0x80100069")), qPrintable(reply.errorText));
    const auto responses = m_events->events(CardConnectionEvent::Type::Response);
    QCOMPARE(responses.size(), 1);
    QVERIFY(responses.first().failed()); // the log keeps the failed exchange
}

void TestConnectionWorker::disconnectWithChosenDisposition_data()
{
    QTest::addColumn<Disposition>("disposition");
    QTest::newRow("leave") << Disposition::LeaveCard;
    QTest::newRow("reset") << Disposition::ResetCard;
    QTest::newRow("unpower") << Disposition::UnpowerCard;
}

void TestConnectionWorker::disconnectWithChosenDisposition()
{
    QFETCH(Disposition, disposition);
    QVERIFY(connectAndWait().ok);
    call([disposition](ConnectionWorker *w) { w->disconnectCard(3, disposition); });
    QTRY_COMPARE(m_replies.size(), 2);
    QVERIFY(m_replies.last().ok);
    QVERIFY(!m_replies.last().connected);
    QCOMPARE(m_fake->openCards(), 0);
    const auto disconnects = m_events->events(CardConnectionEvent::Type::Disconnect);
    QCOMPARE(disconnects.size(), 1);
    QCOMPARE(disconnects.first().disposition, disposition);
}

void TestConnectionWorker::abandonedWhileQueuedIsNeverSent()
{
    QVERIFY(connectAndWait().ok);
    m_blockNext = true;
    call([](ConnectionWorker *w) { w->transmit(10, { 0x00, 0x84, 0x00, 0x00, 0x01 }); });
    QTRY_VERIFY(m_inCard.load()); // the worker is inside the card call; 11 waits behind it
    call([](ConnectionWorker *w) { w->transmit(11, { 0x00, 0x84, 0x00, 0x00, 0x02 }); });
    m_thread->worker()->abandon(11);
    m_release.release();
    QTRY_COMPARE(m_replies.size(), 3);
    QCOMPARE(m_replies.at(1).requestId, quint64(10));
    QVERIFY(m_replies.at(1).ok);
    QCOMPARE(m_replies.at(2).requestId, quint64(11));
    QVERIFY(m_replies.at(2).notSent);
    QVERIFY(!m_replies.at(2).ok);
    QCOMPARE(m_fake->transmittedCommands().size(), std::size_t(1));
    QCOMPARE(m_events->count(CardConnectionEvent::Type::Command), 1);
}

void TestConnectionWorker::abandonedInProgressArrivesLateAndResets()
{
    QVERIFY(connectAndWait().ok);
    m_blockNext = true;
    call([](ConnectionWorker *w) { w->transmit(20, { 0x00, 0x84, 0x00, 0x00, 0x04 }); });
    QTRY_VERIFY(m_inCard.load());
    m_thread->worker()->abandon(20); // the caller's timeout or Cancel
    m_release.release();
    QTRY_COMPARE(m_replies.size(), 3);
    const ConsoleReply late = m_replies.at(1);
    QCOMPARE(late.requestId, quint64(20));
    QVERIFY(late.abandoned);
    QVERIFY(late.ok); // what the card really answered
    QCOMPARE(late.data, (Bytes { 0x00, 0x84, 0x00, 0x00, 0x04 }));
    QCOMPARE(late.sw(), 0x9000);
    const ConsoleReply reset = m_replies.at(2);
    QCOMPARE(reset.operation, Operation::Disconnect);
    QCOMPARE(reset.requestId, quint64(0));
    QVERIFY(reset.ok);
    QVERIFY(!reset.connected);
    // The log got the exchange as it was, then the reset.
    const auto responses = m_events->events(CardConnectionEvent::Type::Response);
    QCOMPARE(responses.size(), 1);
    QVERIFY(!responses.first().failed());
    QCOMPARE(responses.first().sw2, 0x00);
    const auto disconnects = m_events->events(CardConnectionEvent::Type::Disconnect);
    QCOMPARE(disconnects.size(), 1);
    QCOMPARE(disconnects.first().disposition, Disposition::ResetCard);
}

void TestConnectionWorker::abandonedScriptRunSendsNothingAndOnlyThatRun()
{
    QVERIFY(connectAndWait().ok);
    QList<QPair<int, QString>> stops;
    connect(m_thread->worker(), &ConnectionWorker::scriptStopped, &m_receiver,
        [&stops](int state, int, const QString &error) {
            stops.append({ state, error });
        });
    const auto steps = smartcard::ScriptParser::parse(QStringLiteral("00 84 00 00 08\n")).steps;
    call([steps](ConnectionWorker *w) { w->loadScript(steps, false); });
    QTRY_COMPARE(stops.size(), 1);

    // Run 5 waits behind a call at the card; its timeout expires before it starts.
    m_blockNext = true;
    call([](ConnectionWorker *w) { w->transmit(30, { 0x00, 0x84, 0x00, 0x00, 0x01 }); });
    QTRY_VERIFY(m_inCard.load());
    call([](ConnectionWorker *w) { w->runScript(false, 5); });
    m_thread->worker()->abandonScript(5);
    m_release.release();
    QTRY_COMPARE(stops.size(), 2);
    QCOMPARE(stops.last().first, int(smartcard::ScriptRunner::State::Cancelled));
    QVERIFY2(
        stops.last().second.contains(QLatin1String("nothing was sent")), qPrintable(stops.last().second));
    QCOMPARE(m_fake->transmittedCommands().size(), std::size_t(1)); // the transmit only

    // The next run is not the abandoned one: it runs, and nothing is reset.
    call([](ConnectionWorker *w) { w->runScript(false, 6); });
    QTRY_COMPARE(stops.size(), 3);
    QCOMPARE(stops.last().first, int(smartcard::ScriptRunner::State::Finished));
    QVERIFY(stops.last().second.isEmpty());
    QCOMPARE(m_fake->transmittedCommands().size(), std::size_t(2));

    // A Stop that comes after its run ended does not stop the next one.
    m_thread->worker()->cancelScript(6);
    call([steps](ConnectionWorker *w) { w->loadScript(steps, false); });
    QTRY_COMPARE(stops.size(), 4);
    call([](ConnectionWorker *w) { w->runScript(false, 7); });
    QTRY_COMPARE(stops.size(), 5);
    QCOMPARE(stops.last().first, int(smartcard::ScriptRunner::State::Finished));
    QCOMPARE(m_fake->transmittedCommands().size(), std::size_t(3));
    QCOMPARE(m_events->count(CardConnectionEvent::Type::Disconnect), 0);
}

void TestConnectionWorker::controlAnswersAndFailures()
{
    QVERIFY(connectAndWait().ok);
    m_fake->setControlResponse(m_reader, 0x42000D48, { 0x12, 0x04, 0x42, 0x33, 0x00, 0x12 });
    m_fake->setControlResponse(m_reader, 0x42000001, {}, smartcard::pcsc::ReturnCode::E_UnsupportedFeature);
    call([](ConnectionWorker *w) { w->control(4, 0x42000D48, {}); });
    call([](ConnectionWorker *w) { w->control(5, 0x42000001, { 0x01 }); });
    QTRY_COMPARE(m_replies.size(), 3);
    QVERIFY(m_replies.at(1).ok);
    QCOMPARE(m_replies.at(1).data, (Bytes { 0x12, 0x04, 0x42, 0x33, 0x00, 0x12 }));
    QVERIFY(!m_replies.at(2).ok);
    QCOMPARE(*m_replies.at(2).errorCode, smartcard::pcsc::ReturnCode::E_UnsupportedFeature);
    QCOMPARE(m_replies.at(2).command, Bytes { 0x01 });
    QCOMPARE(m_events->count(CardConnectionEvent::Type::Control), 2);
}

QTEST_GUILESS_MAIN(TestConnectionWorker)
#include "tst_connectionworker.moc"
