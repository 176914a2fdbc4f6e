// ReaderTreeModel::attach() and EventLogModel::attach() on a real ReaderMonitor over the fake
// PC/SC: the signals, emitted on the engine thread, reach the models queued; a reader
// hot-plugged with a card in it appears with the card, goes, and a service loss greys the
// rows until the service answers again. A model attached to a monitor already started reads
// what is there.
#include "eventlog/eventlogmodel.h"
#include "fakepcsc.h"
#include "monitor/readermonitor.h"
#include "readertree/readertreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace smartcard;
using namespace std::chrono_literals;
using cardscope::testing::FakePcsc;

namespace {

const std::string readerA = "Fake Reader A 00 00";
const std::string readerB = "Fake Reader B 01 00";
const QString nameA = QString::fromStdString(readerA);
const QString nameB = QString::fromStdString(readerB);
const Bytes atr { 0x3B, 0x02, 0x14, 0x50 };
constexpr int WaitMs = 5000;

QStringList kinds(const EventLogModel &log)
{
    QStringList result;
    for (int row = 0; row < log.rowCount(); ++row) {
        const auto kind = EventLogModel::Kind(log.index(row, 0).data(EventLogModel::KindRole).toInt());
        const QString reader = log.index(row, EventLogModel::ReaderColumn).data().toString();
        result << QString::fromLatin1(MonitorEvent::typeName(kind)) + QLatin1Char(' ')
                + reader.section(QLatin1Char(' '), 2, 2);
    }
    return result;
}

} // namespace

class TestMonitorAttach : public QObject
{
    Q_OBJECT

private slots:
    void modelsFollowTheMonitor();
    void lateAttachReadsTheState();
};

void TestMonitorAttach::modelsFollowTheMonitor()
{
    FakePcsc fake;
    fake.addReader(readerA);
    ReaderMonitor monitor(std::make_shared<MonitorEngine>(fake));
    QVERIFY(monitor.waitForReady(3s));
    ReaderTreeModel tree;
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EventLogModel log;
    QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tree.attach(&monitor);
    log.attach(&monitor);
    monitor.start();
    QCOMPARE(tree.readerCount(), 1); // start() reports what is there, on this thread
    QVERIFY(tree.indexOfReader(nameA).isValid());

    // Hot-plugged with a card in it.
    fake.insertCard(readerB, atr);
    fake.addReader(readerB);
    QTRY_VERIFY_WITH_TIMEOUT(tree.indexOfCard(nameB).isValid(), WaitMs);
    QCOMPARE(tree.indexOfReader(nameB).row(), 1);
    QCOMPARE(
        tree.indexOfCard(nameB, ReaderTreeModel::AtrColumn).data().toString(), QStringLiteral("3B 02 14 50"));
    QTRY_VERIFY_WITH_TIMEOUT(kinds(log).contains(QStringLiteral("card_inserted B")), WaitMs);

    // Gone with its card.
    fake.removeReader(readerB);
    QTRY_COMPARE_WITH_TIMEOUT(tree.readerCount(), 1, WaitMs);
    QVERIFY(!tree.indexOfReader(nameB).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(kinds(log).contains(QStringLiteral("reader_removed B")), WaitMs);
    const QStringList seen = kinds(log);
    QCOMPARE(
        seen.indexOf(QStringLiteral("card_removed B")) + 1, seen.indexOf(QStringLiteral("reader_removed B")));

    // The service dies: rows stay, stale; it comes back: fresh again.
    fake.setServiceRunning(false);
    QTRY_VERIFY_WITH_TIMEOUT(!tree.isServiceAvailable(), WaitMs);
    QCOMPARE(tree.readerCount(), 1);
    QCOMPARE(tree.indexOfReader(nameA).data(ReaderTreeModel::ServiceAvailableRole).toBool(), false);
    fake.setServiceRunning(true);
    QTRY_VERIFY_WITH_TIMEOUT(tree.isServiceAvailable(), WaitMs);
    QCOMPARE(tree.readerCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(kinds(log).contains(QStringLiteral("service_restored ")), WaitMs);
    QVERIFY(kinds(log).contains(QStringLiteral("service_lost ")));

    // Detached: nothing more arrives.
    tree.attach(nullptr);
    QCOMPARE(tree.readerCount(), 0);
    fake.addReader(readerB);
    log.flush();
    const int rows = log.rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(log.rowCount() > rows, WaitMs); // the log still follows
    QCOMPARE(tree.readerCount(), 0);
}

void TestMonitorAttach::lateAttachReadsTheState()
{
    FakePcsc fake;
    fake.addReader(readerA);
    fake.insertCard(readerB, atr);
    fake.addReader(readerB);
    ReaderMonitor monitor(std::make_shared<MonitorEngine>(fake));
    QVERIFY(monitor.waitForReady(3s));
    monitor.start();

    ReaderTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tree.attach(&monitor);
    QCOMPARE(tree.readerCount(), 2);
    QVERIFY(tree.indexOfCard(nameB).isValid());
    QVERIFY(tree.isServiceAvailable());

    // And it follows from there.
    fake.removeCard(readerB);
    QTRY_VERIFY_WITH_TIMEOUT(!tree.indexOfCard(nameB).isValid(), WaitMs);
    QCOMPARE(tree.readerCount(), 2);
}

QTEST_MAIN(TestMonitorAttach)
#include "tst_monitorattach.moc"
