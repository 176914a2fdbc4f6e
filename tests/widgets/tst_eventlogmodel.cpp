// EventLogModel: one row per recorded monitor event with its texts, the time of arrival to
// the millisecond, batched insertion (one beginInsertRows per batch), the cap (oldest rows
// dropped in one removal), Clear, the readers seen, and the copy text. QAbstractItemModelTester
// (fatal) watches every test.
#include "eventlog/eventlogmodel.h"
#include "recordedevents.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace recorded;
using smartcard::pcsc::ReturnCode;

namespace {

// Kind, reader and details of each row (the time is checked apart).
QStringList rows(const EventLogModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row)
        lines << model.rowText(row).section(QLatin1Char('\t'), 1);
    return lines;
}

// `count` readers added, "Reader 0" first: events told apart by their reader.
Events numbered(int first, int count)
{
    Events events;
    events.reserve(std::size_t(count));
    for (int i = first; i < first + count; ++i)
        events.push_back(emitted(Type::ReaderAdded, empty(QStringLiteral("Reader %1").arg(i))));
    return events;
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowTexts_data();
    void rowTexts();
    void timeOfArrival();
    void batchedInsertion();
    void cap_data();
    void cap();
    void lowerCapDropsOldest();
    void clear();
    void readersSeen();
    void roles();

private:
    std::unique_ptr<EventLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEventLogModel::init()
{
    m_model = std::make_unique<EventLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestEventLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestEventLogModel::rowTexts_data()
{
    QTest::addColumn<Events>("events");
    QTest::addColumn<QStringList>("rows");

    const QString a = ReaderA;
    QTest::newRow("reader appears") << appears(empty(ReaderA))
                                    << QStringList { "Reader added\t" + a + "\tempty; counter 0",
                                           "State changed\t" + a + "\tempty; counter 0" };
    QTest::newRow("card inserted") << inserted(present(ReaderA, 1, Atr1, flag::InUse))
                                   << QStringList { "State changed\t" + a
                                              + "\tpresent inuse; counter 1; ATR 3B 02 14 50",
                                          "Card inserted\t" + a
                                              + "\tpresent inuse; counter 1; ATR 3B 02 14 50" };
    QTest::newRow("card removed, as last seen")
        << removed(present(ReaderA, 1, Atr1), empty(ReaderA, 2))
        << QStringList { "State changed\t" + a + "\tempty; counter 2",
               "Card removed\t" + a + "\tpresent; counter 1; ATR 3B 02 14 50" };
    QTest::newRow("reader vanishing with a card")
        << vanishes(present(ReaderA, 3, Atr1))
        << QStringList { "Card removed\t" + a + "\tpresent; counter 3; ATR 3B 02 14 50",
               "Reader removed\t" + a + "\tpresent; counter 3; ATR 3B 02 14 50" };
    QTest::newRow("no flag at all") << Events { emitted(Type::StateChanged, status(ReaderA, 0, 0)) }
                                    << QStringList { "State changed\t" + a + "\tno flag; counter 0" };
    QTest::newRow("service lost and restored")
        << Events { lost(ReturnCode::F_CommError), restored() }
        << QStringList { "Service lost\t\tSCARD_F_COMM_ERROR (0x80100013)", "Service restored\t\t" };
    QTest::newRow("service lost, a code outside the table")
        << Events { lost(ReturnCode(0x12345678)) }
        << QStringList { "Service lost\t\tSCARD_UNKNOWN_0x12345678 (0x12345678)" };
}

void TestEventLogModel::rowTexts()
{
    QFETCH(Events, events);
    QFETCH(QStringList, rows);

    play(*m_model, events);
    m_model->flush();
    QCOMPARE(::rows(*m_model), rows);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStringList fields = m_model->rowText(row).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 4);
        for (int column = 1; column < EventLogModel::ColumnCount; ++column)
            QCOMPARE(m_model->index(row, column).data().toString(), fields.at(column));
    }
    QCOMPARE(m_model->rowText(-1), QString());
    QCOMPARE(m_model->rowText(m_model->rowCount()), QString());
}

void TestEventLogModel::timeOfArrival()
{
    const QDateTime before = QDateTime::currentDateTime();
    play(*m_model, appears(empty(ReaderA)));
    const QDateTime after = QDateTime::currentDateTime();
    m_model->flush();
    const QDateTime time = m_model->index(0, 0).data(EventLogModel::TimestampRole).toDateTime();
    QVERIFY(time >= before && time <= after);
    // Shown to the millisecond; copied as ISO 8601 with milliseconds and the offset.
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d$"))
                .match(m_model->index(0, EventLogModel::TimeColumn).data().toString())
                .hasMatch());
    const QString copied = m_model->rowText(0).section(QLatin1Char('\t'), 0, 0);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)$"))
                 .match(copied)
                 .hasMatch(),
        qPrintable(copied));
    QCOMPARE(QDateTime::fromString(copied, Qt::ISODateWithMs), time);
}

void TestEventLogModel::batchedInsertion()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    play(*m_model, numbered(0, 50));
    QCOMPARE(m_model->rowCount(), 0); // not yet: the batch waits for the timer
    QCOMPARE(m_model->pendingCount(), 50);
    QTRY_COMPARE(m_model->rowCount(), 50);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 49);
    QCOMPARE(m_model->pendingCount(), 0);

    play(*m_model, numbered(50, 3));
    QTRY_COMPARE(m_model->rowCount(), 53);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 50);
    QCOMPARE(inserted.last().at(2).toInt(), 52);
    QCOMPARE(m_model->index(52, EventLogModel::ReaderColumn).data().toString(), QStringLiteral("Reader 52"));
    m_model->flush(); // nothing pending: no empty insertion
    QCOMPARE(inserted.count(), 2);
}

void TestEventLogModel::cap_data()
{
    QTest::addColumn<int>("existing");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("removed"); // rows removed, in one removal (0: none)
    QTest::addColumn<int>("firstKept"); // the number of the first event left

    // A cap of 10.
    QTest::newRow("under the cap") << 4 << 5 << 0 << 0;
    QTest::newRow("exactly the cap") << 5 << 5 << 0 << 0;
    QTest::newRow("over: the oldest go") << 8 << 5 << 3 << 3;
    QTest::newRow("a batch as large as the cap") << 8 << 10 << 8 << 8;
    QTest::newRow("a batch larger than the cap keeps its newest") << 8 << 15 << 8 << 13;
    QTest::newRow("empty log, batch larger than the cap") << 0 << 25 << 0 << 15;
}

void TestEventLogModel::cap()
{
    QFETCH(int, existing);
    QFETCH(int, batch);
    QFETCH(int, removed);
    QFETCH(int, firstKept);

    m_model->setMaximumRows(10);
    play(*m_model, numbered(0, existing));
    m_model->flush();
    QSignalSpy removals(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy insertions(m_model.get(), &QAbstractItemModel::rowsInserted);
    play(*m_model, numbered(existing, batch));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), std::min(existing + batch, 10));
    QCOMPARE(removals.count(), removed ? 1 : 0);
    if (removed) {
        QCOMPARE(removals.first().at(1).toInt(), 0);
        QCOMPARE(removals.first().at(2).toInt(), removed - 1);
    }
    QCOMPARE(insertions.count(), 1);
    QCOMPARE(m_model->index(0, EventLogModel::ReaderColumn).data().toString(),
        QStringLiteral("Reader %1").arg(firstKept));
    QCOMPARE(m_model->index(m_model->rowCount() - 1, EventLogModel::ReaderColumn).data().toString(),
        QStringLiteral("Reader %1").arg(existing + batch - 1));
}

void TestEventLogModel::lowerCapDropsOldest()
{
    QCOMPARE(m_model->maximumRows(), EventLogModel::DefaultMaximumRows);
    play(*m_model, numbered(0, 10));
    m_model->flush();
    m_model->setMaximumRows(4);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0, EventLogModel::ReaderColumn).data().toString(), QStringLiteral("Reader 6"));
    m_model->setMaximumRows(0); // at least one row
    QCOMPARE(m_model->maximumRows(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, EventLogModel::ReaderColumn).data().toString(), QStringLiteral("Reader 9"));
}

void TestEventLogModel::clear()
{
    play(*m_model, numbered(0, 5));
    m_model->flush();
    play(*m_model, numbered(5, 2)); // pending
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->pendingCount(), 0);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 0); // the pending events went with the rest
    QCOMPARE(m_model->readers().size(), 5); // the reader filter's list stays
    play(*m_model, numbered(7, 1));
    QTRY_COMPARE(m_model->rowCount(), 1);
}

void TestEventLogModel::readersSeen()
{
    QSignalSpy seen(m_model.get(), &EventLogModel::readerSeen);
    play(*m_model,
        appears(empty(ReaderB)) + lost() + appears(present(ReaderA, 1, Atr1))
            + inserted(present(ReaderB, 1, Atr2)));
    QCOMPARE(m_model->readers(), QStringList()); // not before the rows are there
    m_model->flush();
    QCOMPARE(m_model->readers(), QStringList({ ReaderB, ReaderA }));
    QCOMPARE(seen.count(), 2);
    QCOMPARE(seen.at(0).at(0).toString(), ReaderB);
    QCOMPARE(seen.at(1).at(0).toString(), ReaderA);
}

void TestEventLogModel::roles()
{
    play(*m_model, inserted(present(ReaderA, 1, Atr1)) + lost(ReturnCode::E_NoService));
    m_model->flush();
    const QModelIndex card = m_model->index(1, EventLogModel::DetailsColumn);
    QCOMPARE(card.data(EventLogModel::KindRole).toInt(), int(Type::CardInserted));
    QCOMPARE(card.data(EventLogModel::ReaderNameRole).toString(), ReaderA);
    QCOMPARE(card.data(EventLogModel::AtrRole).toByteArray(), QByteArray("\x3B\x02\x14\x50", 4));
    const QModelIndex service = m_model->index(2, EventLogModel::DetailsColumn);
    QCOMPARE(service.data(EventLogModel::KindRole).toInt(), int(Type::ServiceLost));
    QCOMPARE(service.data(EventLogModel::ReturnCodeRole).toUInt(), 0x8010001Du);
    QVERIFY(service.data(Qt::ToolTipRole).toString().contains("not running"));
    QCOMPARE(EventLogModel::kindName(Type::ServiceRestored), QStringLiteral("Service restored"));
    QCOMPARE(
        m_model->headerData(EventLogModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time"));
}

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
