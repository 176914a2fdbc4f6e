// EventLogFilterModel: the event log filtered by reader (the service's events always kept)
// and by kind, in the log's order, following new rows. QAbstractItemModelTester (fatal) on
// the proxy.
#include "eventlog/eventlogfiltermodel.h"
#include "recordedevents.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace recorded;

namespace {

// "<kind> <reader letter>" for each row of the proxy; "<kind> -" for the service's events.
QStringList shown(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString kind = QString::fromLatin1(smartcard::MonitorEvent::typeName(
            Type(model.index(row, 0).data(EventLogModel::KindRole).toInt())));
        const QString reader = model.index(row, EventLogModel::ReaderColumn).data().toString();
        lines << kind + QLatin1Char(' ')
                + (reader.isEmpty() ? QStringLiteral("-") : reader.section(QLatin1Char(' '), 2, 2));
    }
    return lines;
}

const Events Recording = appears(empty(ReaderA)) + appears(present(ReaderB, 1, Atr1)) + lost() + restored()
    + inserted(present(ReaderA, 1, Atr2)) + vanishes(present(ReaderB, 1, Atr1));

} // namespace

class TestEventLogFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void filters_data();
    void filters();
    void followsNewRowsAndReset();
};

void TestEventLogFilterModel::filters_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QList<int>>("hiddenKinds");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("everything") << QString() << QList<int> {}
                                << QStringList { "reader_added A", "state_changed A", "reader_added B",
                                       "state_changed B", "card_inserted B", "service_lost -",
                                       "service_restored -", "state_changed A", "card_inserted A",
                                       "card_removed B", "reader_removed B" };
    QTest::newRow("reader A, with the service's events")
        << ReaderA << QList<int> {}
        << QStringList { "reader_added A", "state_changed A", "service_lost -", "service_restored -",
               "state_changed A", "card_inserted A" };
    QTest::newRow("reader B, card events only")
        << ReaderB
        << QList<int> { int(Type::ReaderAdded), int(Type::ReaderRemoved), int(Type::StateChanged),
               int(Type::ServiceLost), int(Type::ServiceRestored) }
        << QStringList { "card_inserted B", "card_removed B" };
    QTest::newRow("every reader, no state changes")
        << QString() << QList<int> { int(Type::StateChanged) }
        << QStringList { "reader_added A", "reader_added B", "card_inserted B", "service_lost -",
               "service_restored -", "card_inserted A", "card_removed B", "reader_removed B" };
    QTest::newRow("a reader the log never saw")
        << ReaderC << QList<int> {} << QStringList { "service_lost -", "service_restored -" };
    QTest::newRow("no kind at all") << QString() << QList<int> { 0, 1, 2, 3, 4, 5, 6 } << QStringList {};
}

void TestEventLogFilterModel::filters()
{
    QFETCH(QString, reader);
    QFETCH(QList<int>, hiddenKinds);
    QFETCH(QStringList, rows);

    EventLogModel log;
    EventLogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&log);
    play(log, Recording);
    log.flush();

    filter.setReaderFilter(reader);
    for (int kind : hiddenKinds)
        filter.setKindShown(Type(kind), false);
    QCOMPARE(shown(filter), rows);
    QCOMPARE(filter.readerFilter(), reader);
    for (int kind = 0; kind < EventLogModel::KindCount; ++kind)
        QCOMPARE(filter.isKindShown(Type(kind)), !hiddenKinds.contains(kind));

    filter.resetFilters();
    QCOMPARE(filter.rowCount(), log.rowCount());
}

void TestEventLogFilterModel::followsNewRowsAndReset()
{
    EventLogModel log;
    EventLogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&log);
    filter.setReaderFilter(ReaderB);
    play(log, appears(empty(ReaderA)) + appears(empty(ReaderB)));
    QTRY_COMPARE(filter.rowCount(), 2);
    play(log, inserted(present(ReaderB, 1, Atr1)) + inserted(present(ReaderA, 1, Atr1)));
    log.flush();
    QCOMPARE(shown(filter),
        QStringList({ "reader_added B", "state_changed B", "state_changed B", "card_inserted B" }));
    log.clear();
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_MAIN(TestEventLogFilterModel)
#include "tst_eventlogfiltermodel.moc"
