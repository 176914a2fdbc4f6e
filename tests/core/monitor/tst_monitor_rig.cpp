// The monitors against a real private pcscd with vpcd readers and the project's emulated
// cards. The rig is made in initTestCase, before any PC/SC call (pcsc-lite reads
// PCSCLITE_CSOCK_NAME once per process). pcscd notices an insertion or removal at its next
// 400 ms poll: waits are bounded at a few seconds, never fixed sleeps. The one timing
// assertion is the issue's: a stop while blocked returns within 100 ms.
#include "eventrecorder.h"
#include "monitor/cardmonitor.h"
#include "monitor/readermonitor.h"
#include "pcscrig.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <mutex>

using namespace smartcard;
using namespace std::chrono_literals;
using cardscope::testing::CardOptions;
using cardscope::testing::PcscRig;

namespace {

constexpr int WaitMs = 3000;
// pcscd killed: the engine retries with a backoff of up to 1 s, then lists the readers.
constexpr int RestoreMs = 6000;
constexpr int presentSlot = 0; // a card for the whole run
const QList<int> spareSlots { 1, 2 }; // cards that start out of their readers

class RecordingObserver : public CardObserver
{
public:
    void update(const std::vector<Card> &added, const std::vector<Card> &) override
    {
        const std::lock_guard lock(m_mutex);
        for (const Card &card : added)
            m_added.push_back(card.reader().name().toStdString());
    }
    QStringList added() const
    {
        const std::lock_guard lock(m_mutex);
        QStringList names;
        for (const std::string &name : m_added)
            names << QString::fromStdString(name);
        return names;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_added; // deep copies across threads (see tst_cardmonitor)
};

// pcscd gone: a blocked SCardGetStatusChange answers SCARD_F_COMM_ERROR at once, a call made
// just after answers SCARD_E_NO_SERVICE, one made while pcscd shuts down can get
// SCARD_W_SECURITY_VIOLATION; which one the engine meets depends on where it was.
QStringList withServiceCodesMerged(QStringList events)
{
    for (QString &event : events) {
        if (event.startsWith(u"service_lost "))
            event = QStringLiteral("service_lost");
    }
    return events;
}

QStringList namesOf(const QList<ReaderStatus> &states)
{
    QStringList names;
    for (const ReaderStatus &status : states)
        names << status.reader;
    return names;
}

} // namespace

class TestMonitorRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void startTellsReadersAndCards();
    void insertionAndRemoval();
    void severalReadersAtOnce();
    void newObserverToldTheCurrentState();
    void stopWhileBlocked();
    void pcscdKilledAndRestarted();
    void pcscdRestartedWithOtherReaders();

private:
    bool insertCards(); // every slot's card process, the spare ones out of their readers
    PcscRig m_rig { cardscope::testing::RigOptions { 2 } };
};

void TestMonitorRig::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY(insertCards());
}

bool TestMonitorRig::insertCards()
{
    if (!m_rig.insertCard(presentSlot))
        return false;
    CardOptions outside;
    outside.inserted = false;
    for (int slot : spareSlots) {
        if (!m_rig.insertCard(slot, outside))
            return false;
    }
    return PcscRig::waitForCardState(m_rig.readerName(presentSlot), true);
}

void TestMonitorRig::init()
{
    for (int slot : spareSlots)
        QVERIFY(PcscRig::waitForCardState(m_rig.readerName(slot), false));
}

void TestMonitorRig::startTellsReadersAndCards()
{
    CardMonitor monitor;
    EventRecorder recorder(&monitor);
    QVERIFY(monitor.waitForReady(3s));
    monitor.start();
    QStringList expected;
    for (const QString &reader : m_rig.readerNames())
        expected << "reader_added " + reader;
    expected << "card_inserted " + m_rig.readerName(presentSlot);
    QStringList events = recorder.events();
    QCOMPARE(events.size(), expected.size());
    std::sort(events.begin(), events.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(events, expected);
    const ReaderStatus card = recorder.statusOf("card_inserted " + m_rig.readerName(presentSlot));
    QCOMPARE(card.atr.size(), std::size_t(22));
    QVERIFY(card.stateNames().contains("present"));
    QCOMPARE(monitor.cards().size(), std::size_t(1));
}

void TestMonitorRig::insertionAndRemoval()
{
    CardMonitor monitor;
    QSignalSpy inserted(&monitor, &Monitor::cardInserted);
    QSignalSpy removed(&monitor, &Monitor::cardRemoved);
    QVERIFY(monitor.waitForReady(3s));
    monitor.start();
    inserted.clear();

    const QString reader = m_rig.readerName(spareSlots.first());
    QVERIFY(m_rig.card(spareSlots.first())->insert());
    QVERIFY(inserted.wait(WaitMs));
    auto status = inserted.at(0).at(0).value<ReaderStatus>();
    QCOMPARE(status.reader, reader);
    QVERIFY(status.isPresent());
    QVERIFY(!status.atr.empty());

    QVERIFY(m_rig.card(spareSlots.first())->remove());
    QVERIFY(removed.wait(WaitMs));
    const auto gone = removed.at(0).at(0).value<ReaderStatus>();
    QCOMPARE(gone.reader, reader);
    QCOMPARE(gone.atr, status.atr); // the card that went
    QCOMPARE(inserted.size(), 1);
}

void TestMonitorRig::severalReadersAtOnce()
{
    CardMonitor monitor;
    EventRecorder recorder(&monitor);
    QVERIFY(monitor.waitForReady(3s));
    monitor.start();
    recorder.clear();
    for (int slot : spareSlots)
        QVERIFY(m_rig.card(slot)->insert());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.events().size(), 2, WaitMs);
    QStringList events = recorder.events();
    std::sort(events.begin(), events.end());
    QCOMPARE(events,
        QStringList({ "card_inserted " + m_rig.readerName(1), "card_inserted " + m_rig.readerName(2) }));
    for (int slot : spareSlots)
        QVERIFY(m_rig.card(slot)->remove());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.events().size(), 4, WaitMs);
    QCOMPARE(monitor.cards().size(), std::size_t(1));
}

void TestMonitorRig::newObserverToldTheCurrentState()
{
    CardMonitor monitor;
    QVERIFY(monitor.waitForReady(3s));
    RecordingObserver observer;
    monitor.addObserver(&observer);
    QCOMPARE(observer.added(), QStringList({ m_rig.readerName(presentSlot) }));
    QVERIFY(m_rig.card(spareSlots.first())->insert());
    QTRY_COMPARE_WITH_TIMEOUT(observer.added().size(), 2, WaitMs);
    QCOMPARE(observer.added().last(), m_rig.readerName(spareSlots.first()));
    monitor.deleteObserver(&observer);
    QVERIFY(m_rig.card(spareSlots.first())->remove());
}

void TestMonitorRig::stopWhileBlocked()
{
    auto engine = std::make_shared<MonitorEngine>();
    QVERIFY(engine->waitForReady(3s));
    QTest::qWait(20); // blocked in SCardGetStatusChange by now
    QElapsedTimer timer;
    timer.start();
    engine->stop();
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 100, qPrintable(QStringLiteral("stop took %1 ms").arg(elapsed)));
}

void TestMonitorRig::pcscdKilledAndRestarted()
{
    // The events reach the recorder on this thread, queued; QTRY_ looks at them as they come
    // (QSignalSpy::wait() would miss a signal emitted before it is called).
    CardMonitor monitor;
    EventRecorder recorder(&monitor);
    QVERIFY(monitor.waitForReady(3s));
    monitor.start();
    recorder.clear();

    QVERIFY(m_rig.killDaemon());
    QTRY_COMPARE_WITH_TIMEOUT(
        withServiceCodesMerged(recorder.events()), QStringList({ "service_lost" }), WaitMs);
    QCOMPARE(monitor.isServiceAvailable(), std::optional<bool>(false));

    QVERIFY2(m_rig.restartDaemon(), qPrintable(m_rig.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        recorder.events().contains("service_restored"), qPrintable(recorder.lines().join(" / ")), RestoreMs);
    // The readers were listed again; the card of the present slot has not reconnected yet.
    QCOMPARE(namesOf(monitor.states()), m_rig.readerNames());
    const QString present = m_rig.readerName(presentSlot);
    QCOMPARE(withServiceCodesMerged(recorder.events()),
        QStringList({ "service_lost", "card_removed " + present, "service_restored" }));

    // Monitoring goes on: the card comes back.
    recorder.clear();
    QVERIFY(m_rig.card(presentSlot)->insert());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.events(), QStringList({ "card_inserted " + present }), WaitMs);
}

void TestMonitorRig::pcscdRestartedWithOtherReaders()
{
    ReaderMonitor monitor;
    EventRecorder recorder(&monitor);
    QVERIFY(monitor.waitForReady(3s));
    monitor.start();
    recorder.clear();
    const QStringList before = m_rig.readerNames();
    QCOMPARE(before.size(), 4);

    QVERIFY2(m_rig.restartDaemon(1), qPrintable(m_rig.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        recorder.events().contains("service_restored"), qPrintable(recorder.lines().join(" / ")), RestoreMs);
    const QStringList expected { "service_lost", "reader_removed " + before.at(2),
        "reader_removed " + before.at(3), "service_restored" };
    QStringList events = withServiceCodesMerged(recorder.events());
    events.removeAll("card_removed " + before.at(0));
    QCOMPARE(events, expected);
    QCOMPARE(namesOf(monitor.states()), m_rig.readerNames());

    recorder.clear();
    QVERIFY2(m_rig.restartDaemon(2), qPrintable(m_rig.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        recorder.events().contains("service_restored"), qPrintable(recorder.lines().join(" / ")), RestoreMs);
    QVERIFY(recorder.events().contains("reader_added " + m_rig.readerName(2)));
    QVERIFY(recorder.events().contains("reader_added " + m_rig.readerName(3)));
    QCOMPARE(namesOf(monitor.states()), m_rig.readerNames());
    QVERIFY(insertCards()); // as the other tests expect them
}

QTEST_GUILESS_MAIN(TestMonitorRig)
#include "tst_monitor_rig.moc"
