// diffReaderStatuses: the snapshot diff every monitor event comes from, one row per case.
#include "monitor/monitorevent.h"

#include <QTest>

using namespace smartcard;
using Type = MonitorEvent::Type;

Q_DECLARE_METATYPE(std::vector<smartcard::ReaderStatus>)

namespace {

ReaderStatus empty(const QString &reader, std::uint16_t counter = 0)
{
    return { reader, pcsc::readerstate::Empty, counter, {} };
}

ReaderStatus present(
    const QString &reader, std::uint16_t counter, Bytes atr = { 0x3B, 0x00 }, std::uint32_t extra = 0)
{
    return { reader, pcsc::readerstate::Present | extra, counter, std::move(atr) };
}

// "card_inserted A" lines, as the rows expect them.
QStringList linesOf(const std::vector<MonitorEvent> &events)
{
    QStringList lines;
    for (const MonitorEvent &event : events)
        lines << QString::fromLatin1(MonitorEvent::typeName(event.type)) + ' ' + event.status.reader;
    return lines;
}

} // namespace

class TestMonitorEvent : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
    void removedCardIsTheOneSeen();
    void typeNames();
};

void TestMonitorEvent::diff_data()
{
    QTest::addColumn<std::vector<ReaderStatus>>("before");
    QTest::addColumn<std::vector<ReaderStatus>>("after");
    QTest::addColumn<bool>("sameService");
    QTest::addColumn<QStringList>("expected");

    using V = std::vector<ReaderStatus>;
    QTest::newRow("nothing to nothing") << V {} << V {} << true << QStringList {};
    QTest::newRow("same state") << V { present("A", 1) } << V { present("A", 1) } << true << QStringList {};
    QTest::newRow("first look, empty reader")
        << V {} << V { empty("A") } << true << QStringList { "reader_added A", "state_changed A" };
    QTest::newRow("first look, card in reader")
        << V {} << V { present("A", 1) } << true
        << QStringList { "reader_added A", "state_changed A", "card_inserted A" };
    QTest::newRow("insertion") << V { empty("A", 0) } << V { present("A", 1) } << true
                               << QStringList { "state_changed A", "card_inserted A" };
    QTest::newRow("removal") << V { present("A", 1) } << V { empty("A", 2) } << true
                             << QStringList { "state_changed A", "card_removed A" };
    QTest::newRow("pulled and put back between two looks (counter)")
        << V { present("A", 1) } << V { present("A", 3) } << true
        << QStringList { "state_changed A", "card_removed A", "card_inserted A" };
    QTest::newRow("in use: a state change, no card event")
        << V { present("A", 1) } << V { present("A", 1, { 0x3B, 0x00 }, pcsc::readerstate::InUse) } << true
        << QStringList { "state_changed A" };
    QTest::newRow("reader vanishes with its card") << V { present("A", 1),
        empty("B") } << V { empty("B") } << true << QStringList { "card_removed A", "reader_removed A" };
    QTest::newRow("readers come and go")
        << V { empty("A"), empty("B") } << V { empty("B"), present("C", 1) } << true
        << QStringList { "reader_removed A", "reader_added C", "state_changed C", "card_inserted C" };
    QTest::newRow("after a restart the counter starts again: same ATR, same card")
        << V { present("A", 7) } << V { present("A", 1) } << false << QStringList { "state_changed A" };
    QTest::newRow("after a restart another ATR is another card")
        << V { present("A", 7) } << V { present("A", 1, { 0x3B, 0x01 }) } << false
        << QStringList { "state_changed A", "card_removed A", "card_inserted A" };
    QTest::newRow("after a restart the card is gone") << V { present("A", 7) } << V { empty("A") } << false
                                                      << QStringList { "state_changed A", "card_removed A" };
}

void TestMonitorEvent::diff()
{
    QFETCH(std::vector<ReaderStatus>, before);
    QFETCH(std::vector<ReaderStatus>, after);
    QFETCH(bool, sameService);
    QFETCH(QStringList, expected);
    QCOMPARE(linesOf(diffReaderStatuses(before, after, sameService)), expected);
}

void TestMonitorEvent::removedCardIsTheOneSeen()
{
    const ReaderStatus old = present("A", 1, { 0x3B, 0x11 });
    const std::vector<MonitorEvent> events
        = diffReaderStatuses({ old }, { present("A", 3, { 0x3B, 0x22 }) }, true);
    QCOMPARE(events.size(), std::size_t(3));
    QCOMPARE(events[1].type, Type::CardRemoved);
    QCOMPARE(events[1].status, old);
    QCOMPARE(events[2].type, Type::CardInserted);
    QCOMPARE(events[2].status.atr, Bytes({ 0x3B, 0x22 }));
    QCOMPARE(events[2].status.eventCounter, std::uint16_t(3));
}

void TestMonitorEvent::typeNames()
{
    QCOMPARE(MonitorEvent::typeName(Type::ReaderAdded), "reader_added");
    QCOMPARE(MonitorEvent::typeName(Type::ServiceRestored), "service_restored");
    QCOMPARE(present("A", 1, {}, pcsc::readerstate::InUse).stateNames(), QStringList({ "present", "inuse" }));
}

QTEST_GUILESS_MAIN(TestMonitorEvent)
#include "tst_monitorevent.moc"
