// CardMonitor and its engine over the fake PC/SC: what the pcscd rig cannot produce (readers
// that come and go, the PnP pseudo-reader firing, SCARD_E_UNKNOWN_READER, SCARD_E_INVALID_HANDLE,
// a card swapped between two calls), the service dying and coming back, the observer API, and
// observers added and removed from several threads while events flow.
#include "eventrecorder.h"
#include "fakepcsc.h"
#include "monitor/cardmonitor.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace smartcard;
using namespace std::chrono_literals;
using cardscope::testing::FakePcsc;
using Call = FakePcsc::Call;

namespace {

const std::string readerA = "Fake Reader A 00 00";
const std::string readerB = "Fake Reader B 00 00";
const std::string readerC = "Fake Reader C 00 00";
const QString nameA = QString::fromStdString(readerA);
const QString nameB = QString::fromStdString(readerB);
const QString nameC = QString::fromStdString(readerC);
const Bytes atrX { 0x3B, 0x02, 0x14, 0x50 };
const Bytes atrY { 0x3B, 0x80, 0x80, 0x01, 0x01 };

constexpr int WaitMs = 3000;

// Remembers every update() as "+reader" / "-reader" entries.
class RecordingObserver : public CardObserver
{
public:
    void update(const std::vector<Card> &added, const std::vector<Card> &removed) override
    {
        const std::lock_guard lock(m_mutex);
        QStringList call;
        for (const Card &card : added)
            call << '+' + card.reader().name();
        for (const Card &card : removed)
            call << '-' + card.reader().name();
        m_calls.push_back(call.join(' ').toStdString());
        m_threads.push_back(std::this_thread::get_id());
    }
    QStringList calls() const
    {
        const std::lock_guard lock(m_mutex);
        QStringList calls;
        for (const std::string &call : m_calls)
            calls << QString::fromStdString(call);
        return calls;
    }
    std::vector<std::thread::id> threads() const
    {
        const std::lock_guard lock(m_mutex);
        return m_threads;
    }

private:
    mutable std::mutex m_mutex;
    // std::string, not QString: a deep copy crosses threads (Qt's implicit sharing checks its
    // reference count with a relaxed load, which ThreadSanitizer reports).
    std::vector<std::string> m_calls;
    std::vector<std::thread::id> m_threads;
};

// Blocks the engine thread in its first update() from there until release().
class BlockingObserver : public CardObserver
{
public:
    void update(const std::vector<Card> &, const std::vector<Card> &) override
    {
        std::unique_lock lock(m_mutex);
        if (m_used || std::this_thread::get_id() == m_owner)
            return;
        m_used = true;
        m_blocked = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_released; });
    }
    bool waitUntilBlocked()
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, 3s, [this] { return m_blocked; });
    }
    void release()
    {
        const std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }

private:
    const std::thread::id m_owner = std::this_thread::get_id();
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_used = false;
    bool m_blocked = false;
    bool m_released = false;
};

} // namespace

class TestCardMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startEmitsTheCurrentState();
    void insertionAndRemoval();
    void cardSwappedBetweenTwoCallsSeenByCounter();
    void readerHotPlugThroughPnp();
    void readerVanishesWithItsCard();
    void unknownReaderIsRecovered();
    void invalidHandleFromStatusChangeIsAnInterruption();
    void stopWhileBlocked();
    void stopWhenCancelRacesATimeout();
    void idleMakesNoCalls();
    void serviceLostAndRestored();
    void serviceRestoredWithOtherReaders();
    void noServiceAtStart();
    void newObserverToldTheCurrentState();
    void observerCalledOnTheEngineThread();
    void deleteObserverFromUpdate();
    void observersAddedAndRemovedWhileEventsFlow();

private:
    std::unique_ptr<FakePcsc> m_fake;
    std::shared_ptr<MonitorEngine> m_engine;
    std::unique_ptr<CardMonitor> m_monitor;
    std::unique_ptr<EventRecorder> m_recorder;

    // A started monitor whose engine has taken its first snapshot; recorder cleared.
    void startMonitor();
};

void TestCardMonitor::init()
{
    m_fake = std::make_unique<FakePcsc>();
    m_fake->addReader(readerA);
}

void TestCardMonitor::cleanup()
{
    m_recorder.reset();
    m_monitor.reset();
    m_engine.reset();
    if (m_fake)
        QCOMPARE(m_fake->openContexts(), 0); // the engine released its context
    m_fake.reset();
}

void TestCardMonitor::startMonitor()
{
    m_engine = std::make_shared<MonitorEngine>(*m_fake);
    m_monitor = std::make_unique<CardMonitor>(m_engine);
    m_recorder = std::make_unique<EventRecorder>(m_monitor.get());
    QVERIFY(m_monitor->waitForReady(3s));
    m_monitor->start();
    m_recorder->clear();
    if (m_monitor->isServiceAvailable() == true) {
        // The first call read the states at once; the second blocks (the fake counts a call
        // as it enters, under the lock it then waits on).
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->callCount(Call::GetStatusChange) >= 2, WaitMs);
    }
}

void TestCardMonitor::startEmitsTheCurrentState()
{
    m_fake->addReader(readerB);
    m_fake->insertCard(readerB, atrX);
    m_engine = std::make_shared<MonitorEngine>(*m_fake);
    CardMonitor monitor(m_engine);
    EventRecorder recorder(&monitor);
    QVERIFY(monitor.waitForReady(3s));
    QVERIFY(recorder.lines().isEmpty()); // not started: no signal
    monitor.start();
    QCOMPARE(recorder.lines(),
        QStringList({ "reader_added " + nameA, "state_changed " + nameA, "reader_added " + nameB,
            "state_changed " + nameB, "card_inserted " + nameB }));
    QCOMPARE(recorder.statusOf("card_inserted " + nameB).atr, atrX);
    QCOMPARE(recorder.statusOf("state_changed " + nameA).stateNames(), QStringList({ "empty" }));
    QCOMPARE(monitor.isServiceAvailable(), std::optional<bool>(true));
}

void TestCardMonitor::insertionAndRemoval()
{
    startMonitor();
    m_fake->insertCard(readerA, atrX);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events(), QStringList({ "card_inserted " + nameA }), WaitMs);
    const ReaderStatus inserted = m_recorder->statusOf("card_inserted " + nameA);
    QCOMPARE(inserted.atr, atrX);
    QVERIFY(inserted.isPresent());
    QCOMPARE(inserted.eventCounter, std::uint16_t(1));

    m_fake->removeCard(readerA);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events().size(), 2, WaitMs);
    QCOMPARE(m_recorder->events().last(), "card_removed " + nameA);
    // The card that went, as it was seen: its ATR and counter.
    QCOMPARE(m_recorder->statusOf("card_removed " + nameA), inserted);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_recorder->statusOf("state_changed " + nameA).stateNames(), QStringList({ "empty" }), WaitMs);
    QCOMPARE(m_monitor->cards().size(), std::size_t(0));
}

void TestCardMonitor::cardSwappedBetweenTwoCallsSeenByCounter()
{
    m_fake->addReader(readerB);
    m_fake->insertCard(readerA, atrX);
    startMonitor();
    BlockingObserver blocker;
    m_monitor->addObserver(&blocker); // told of the card in A on this thread: not blocking
    // An event holds the engine thread in the blocker while A's card is swapped.
    m_fake->insertCard(readerB, atrY);
    QVERIFY(blocker.waitUntilBlocked());
    m_fake->removeCard(readerA);
    m_fake->insertCard(readerA, atrY);
    blocker.release();
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events(),
        QStringList({ "card_inserted " + nameB, "card_removed " + nameA, "card_inserted " + nameA }), WaitMs);
    QCOMPARE(m_recorder->statusOf("card_removed " + nameA).atr, atrX);
    QCOMPARE(m_recorder->statusOf("card_inserted " + nameA).atr, atrY);
    m_monitor->deleteObserver(&blocker);
}

void TestCardMonitor::readerHotPlugThroughPnp()
{
    startMonitor();
    const int listings = m_fake->callCount(Call::ListReaders);
    m_fake->addReader(readerB);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events(), QStringList({ "reader_added " + nameB }), WaitMs);
    QVERIFY(m_fake->callCount(Call::ListReaders) > listings); // the PnP wake-up listed again
    m_fake->insertCard(readerB, atrX);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events().size(), 2, WaitMs);
    QCOMPARE(m_recorder->events().last(), "card_inserted " + nameB);
    m_fake->removeReader(readerA);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events().size(), 3, WaitMs);
    QCOMPARE(m_recorder->events().last(), "reader_removed " + nameA);
    QCOMPARE(m_monitor->states().size(), 1);
    QCOMPARE(m_monitor->states().first().reader, nameB);
}

void TestCardMonitor::readerVanishesWithItsCard()
{
    m_fake->addReader(readerB);
    m_fake->insertCard(readerB, atrX);
    startMonitor();
    RecordingObserver observer;
    m_monitor->addObserver(&observer);
    m_fake->removeReader(readerB);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_recorder->events(), QStringList({ "card_removed " + nameB, "reader_removed " + nameB }), WaitMs);
    QCOMPARE(m_recorder->statusOf("card_removed " + nameB).atr, atrX);
    QTRY_COMPARE_WITH_TIMEOUT(observer.calls(), QStringList({ '+' + nameB, '-' + nameB }), WaitMs);
    QVERIFY(m_fake->callCount(Call::GetStatusChange) > 0);
    m_monitor->deleteObserver(&observer);
}

void TestCardMonitor::unknownReaderIsRecovered()
{
    startMonitor();
    // The next two calls answer SCARD_E_UNKNOWN_READER: the engine lists again and goes on.
    m_fake->failNext(Call::GetStatusChange, pcsc::ReturnCode::E_UnknownReader, 2);
    const int listings = m_fake->callCount(Call::ListReaders);
    m_fake->addReader(readerB); // wakes the blocked call; the next ones fail
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events(), QStringList({ "reader_added " + nameB }), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->callCount(Call::ListReaders) >= listings + 3, WaitMs);
    m_fake->insertCard(readerA, atrX);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events().size(), 2, WaitMs);
    QCOMPARE(m_recorder->events().last(), "card_inserted " + nameA);
    QCOMPARE(m_fake->callCount(Call::EstablishContext), 1); // the same session all along
}

void TestCardMonitor::invalidHandleFromStatusChangeIsAnInterruption()
{
    startMonitor();
    // A context the service no longer takes (as when pcscd restarts between two calls): the
    // interruption is reported with its code, a new context is made, monitoring goes on.
    m_fake->failNext(Call::GetStatusChange, pcsc::ReturnCode::E_InvalidHandle);
    m_fake->addReader(readerB);
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->events().contains("service_restored"), WaitMs);
    QCOMPARE(m_recorder->events(),
        QStringList({ "service_lost SCARD_E_INVALID_HANDLE", "reader_added " + nameB, "service_restored" }));
    QCOMPARE(m_fake->callCount(Call::EstablishContext), 2);
    m_fake->insertCard(readerA, atrX);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events().size(), 4, WaitMs);
    QCOMPARE(m_recorder->events().last(), "card_inserted " + nameA);
    QCOMPARE(m_fake->openContexts(), 1);
}

void TestCardMonitor::stopWhileBlocked()
{
    startMonitor();
    QElapsedTimer timer;
    timer.start();
    m_engine->stop();
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(m_engine->isStopped());
    QCOMPARE(m_fake->openContexts(), 0);
}

void TestCardMonitor::stopWhenCancelRacesATimeout()
{
    startMonitor();
    // pcsc-lite 1.9.9 can answer SCARD_E_INVALID_HANDLE to a cancel that races a timeout:
    // the stop cancels again until the thread has left.
    m_fake->failNext(Call::Cancel, pcsc::ReturnCode::E_InvalidHandle, 3);
    QElapsedTimer timer;
    timer.start();
    m_engine->stop();
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(m_fake->callCount(Call::Cancel) >= 4);
}

void TestCardMonitor::idleMakesNoCalls()
{
    startMonitor();
    QTest::qWait(50); // let the engine block
    const int calls = m_fake->callCount(Call::GetStatusChange) + m_fake->callCount(Call::ListReaders);
    QTest::qWait(300);
    QCOMPARE(m_fake->callCount(Call::GetStatusChange) + m_fake->callCount(Call::ListReaders), calls);
}

void TestCardMonitor::serviceLostAndRestored()
{
    m_fake->insertCard(readerA, atrX);
    startMonitor();
    m_fake->setServiceRunning(false);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_recorder->events(), QStringList({ "service_lost SCARD_F_COMM_ERROR" }), WaitMs);
    QCOMPARE(m_monitor->isServiceAvailable(), std::optional<bool>(false));
    // It keeps trying with a backoff: a few attempts, not a spin.
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->callCount(Call::EstablishContext) >= 3, WaitMs);
    QTest::qWait(200);
    QVERIFY(m_fake->callCount(Call::EstablishContext) < 15);

    m_fake->setServiceRunning(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events().size(), 2, WaitMs);
    // Same readers, same card: no difference to report, only the service.
    QCOMPARE(m_recorder->events().last(), QStringLiteral("service_restored"));
    QCOMPARE(m_monitor->cards().size(), std::size_t(1));
    m_fake->removeCard(readerA);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events().size(), 3, WaitMs);
    QCOMPARE(m_recorder->events().last(), "card_removed " + nameA);
}

void TestCardMonitor::serviceRestoredWithOtherReaders()
{
    m_fake->insertCard(readerA, atrX);
    startMonitor();
    m_fake->setServiceRunning(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events().size(), 1, WaitMs);
    m_fake->removeReader(readerA);
    m_fake->addReader(readerC);
    m_fake->setServiceRunning(true);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder->events(),
        QStringList({ "service_lost SCARD_F_COMM_ERROR", "card_removed " + nameA, "reader_removed " + nameA,
            "reader_added " + nameC, "service_restored" }),
        WaitMs);
}

void TestCardMonitor::noServiceAtStart()
{
    m_fake->setServiceRunning(false);
    startMonitor(); // ready: the service was found missing
    m_recorder.reset();
    // start() told the state so far: the service is lost.
    CardMonitor second(m_engine);
    EventRecorder recorder(&second);
    second.start();
    QCOMPARE(recorder.events(), QStringList({ "service_lost SCARD_E_NO_SERVICE" }));
    m_fake->setServiceRunning(true);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.events(),
        QStringList({ "service_lost SCARD_E_NO_SERVICE", "reader_added " + nameA, "service_restored" }),
        WaitMs);
}

void TestCardMonitor::newObserverToldTheCurrentState()
{
    m_fake->addReader(readerB);
    m_fake->insertCard(readerB, atrX);
    startMonitor();
    RecordingObserver observer;
    m_monitor->addObserver(&observer);
    // At once, before addObserver() returned, on this thread.
    QCOMPARE(observer.calls(), QStringList({ '+' + nameB }));
    QCOMPARE(observer.threads().front(), std::this_thread::get_id());
    m_monitor->addObserver(&observer); // twice: once
    QCOMPARE(m_monitor->countObservers(), 1);
    QCOMPARE(observer.calls().size(), 1);
    m_monitor->deleteObserver(&observer);
    QCOMPARE(m_monitor->countObservers(), 0);

    RecordingObserver none;
    m_fake->removeCard(readerB);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->cards().size(), std::size_t(0), WaitMs);
    m_monitor->addObserver(&none);
    QCOMPARE(none.calls(), QStringList()); // nothing there: nothing to tell
    m_monitor->deleteObserver(&none);
}

void TestCardMonitor::observerCalledOnTheEngineThread()
{
    startMonitor();
    RecordingObserver observer;
    m_monitor->addObserver(&observer);
    m_fake->insertCard(readerA, atrX);
    QTRY_COMPARE_WITH_TIMEOUT(observer.calls(), QStringList({ '+' + nameA }), WaitMs);
    QVERIFY(observer.threads().front() != std::this_thread::get_id());
    m_monitor->deleteObserver(&observer);
}

void TestCardMonitor::deleteObserverFromUpdate()
{
    startMonitor();
    // The first observer deletes the second and itself while the engine notifies them.
    struct Deleting : CardObserver
    {
        CardMonitor *monitor = nullptr;
        CardObserver *other = nullptr;
        std::atomic<int> calls { 0 };
        void update(const std::vector<Card> &, const std::vector<Card> &) override
        {
            ++calls;
            monitor->deleteObserver(other);
            monitor->deleteObserver(this);
        }
    } first;
    RecordingObserver second;
    first.monitor = m_monitor.get();
    first.other = &second;
    m_monitor->addObserver(&first);
    m_monitor->addObserver(&second);
    m_fake->insertCard(readerA, atrX);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->countObservers(), 0, WaitMs);
    QCOMPARE(first.calls.load(), 1);
    QCOMPARE(second.calls(), QStringList()); // deleted before its turn: not called
}

void TestCardMonitor::observersAddedAndRemovedWhileEventsFlow()
{
    startMonitor();
    // Each observer records a violation when it is called after deleteObserver() returned;
    // it is then destroyed at once (ASan/TSan builds catch any call into freed memory).
    struct Checked : CardObserver
    {
        std::atomic<bool> deleted { false };
        std::atomic<int> *violations = nullptr;
        std::atomic<int> *updates = nullptr;
        void update(const std::vector<Card> &, const std::vector<Card> &) override
        {
            if (deleted.load())
                ++*violations;
            ++*updates;
        }
    };
    std::atomic<int> violations { 0 };
    std::atomic<int> updates { 0 };
    std::atomic<bool> running { true };
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t) {
        threads.emplace_back([&] {
            while (running.load()) {
                auto observer = std::make_unique<Checked>();
                observer->violations = &violations;
                observer->updates = &updates;
                m_monitor->addObserver(observer.get());
                std::this_thread::yield();
                m_monitor->deleteObserver(observer.get());
                observer->deleted = true;
            }
        });
    }
    RecordingObserver steady;
    m_monitor->addObserver(&steady);
    for (int i = 0; i < 40; ++i) {
        m_fake->insertCard(readerA, atrX);
        m_fake->removeCard(readerA);
        QTest::qWait(2);
    }
    m_fake->insertCard(readerA, atrY);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->cards().size(), std::size_t(1), WaitMs);
    running = false;
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(violations.load(), 0);
    QVERIFY(updates.load() > 0);
    QCOMPARE(m_monitor->countObservers(), 1);
    QVERIFY(!steady.calls().isEmpty());
    m_monitor->deleteObserver(&steady);
}

QTEST_GUILESS_MAIN(TestCardMonitor)
#include "tst_cardmonitor.moc"
