#include "sessionlog/sessionlogmodel.h"
#include "sessionlogentries.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using smartcard::LogEntry;
using smartcard::SessionLogFilter;
using Index = smartcard::SessionLog::Index;

Q_DECLARE_METATYPE(std::vector<Index>)

namespace {

QString cell(const SessionLogModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestSessionLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void batchedAppends();
    void coalescedSingleAppends();
    void filters_data();
    void filters();
    void filterExtendsOnAppend();
    void maskedDisplay();
    void failedRows();
    void linkedRows();
    void heldAppends();
    void annotations();
    void replaceLog();
    void millionRecords();
};

void TestSessionLogModel::modelTester()
{
    SessionLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEntries(logsample::session());
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), int(SessionLogModel::ColumnCount));
    SessionLogFilter filter;
    QVERIFY(!filter.setSwPatterns(u"9000"));
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    model.appendEntries({ logsample::readBinary(20), logsample::verify(21) });
    QCOMPARE(model.rowCount(), 4);
    model.setUnmasked(true);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSessionLogModel::batchedAppends()
{
    SessionLogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendEntries(logsample::session());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 7);
    model.appendEntries({ logsample::readBinary(8), logsample::readBinary(9) });
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 8);
    QCOMPARE(inserted.at(1).at(2).toInt(), 9);
    model.appendEntries({});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(cell(model, 9, SessionLogModel::IndexColumn), QStringLiteral("10"));
}

void TestSessionLogModel::coalescedSingleAppends()
{
    SessionLogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (std::uint32_t id = 1; id <= 5; ++id)
        model.appendEntry(logsample::readBinary(id));
    QCOMPARE(model.log().size(), Index(5));
    QCOMPARE(model.rowCount(), 0); // the rows follow with the timer, as one insertion
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.count(), 1);
}

void TestSessionLogModel::filters_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("sw");
    QTest::addColumn<QString>("ins");
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::vector<Index>>("expected");

    const QString none;
    QTest::newRow("no filter") << none << none << none << none
                               << std::vector<Index> { 0, 1, 2, 3, 4, 5, 6, 7 };
    QTest::newRow("reader B") << logsample::ReaderB << none << none << none << std::vector<Index> { 5, 6 };
    QTest::newRow("reader A") << logsample::ReaderA << none << none << none
                              << std::vector<Index> { 0, 1, 2, 3, 4, 7 };
    QTest::newRow("unknown reader") << QStringLiteral("nobody") << none << none << none
                                    << std::vector<Index> {};
    QTest::newRow("SW 9000") << none << QStringLiteral("9000") << none << none
                             << std::vector<Index> { 1, 4, 6 };
    QTest::newRow("SW 6xxx") << none << QStringLiteral("6xxx") << none << none
                             << std::vector<Index> { 2, 3, 7 };
    QTest::newRow("SW 61xx, 6A82") << none << QStringLiteral("61xx, 6A82") << none << none
                                   << std::vector<Index> { 3, 7 };
    QTest::newRow("INS A4") << none << none << QStringLiteral("A4") << none << std::vector<Index> { 1, 3, 7 };
    QTest::newRow("INS B0, C0") << none << none << QStringLiteral("B0, c0") << none
                                << std::vector<Index> { 4, 5, 6 };
    QTest::newRow("text hex AID") << none << none << none << QStringLiteral("A0 00 00 00 03")
                                  << std::vector<Index> { 1, 3, 4 };
    QTest::newRow("text ASCII in response")
        << none << none << none << QStringLiteral("41 42 43") << std::vector<Index> { 6 };
    QTest::newRow("text error") << none << none << none << QStringLiteral("REMOVED")
                                << std::vector<Index> { 5 };
    QTest::newRow("masked PIN not searchable")
        << none << none << none << QStringLiteral("31 32 33 34") << std::vector<Index> {};
    QTest::newRow("reader A and INS A4 and SW 9000")
        << logsample::ReaderA << QStringLiteral("9000") << QStringLiteral("A4") << none
        << std::vector<Index> { 1 };
}

void TestSessionLogModel::filters()
{
    QFETCH(QString, reader);
    QFETCH(QString, sw);
    QFETCH(QString, ins);
    QFETCH(QString, text);
    QFETCH(std::vector<Index>, expected);

    SessionLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEntries(logsample::session());
    SessionLogFilter filter;
    filter.setReader(reader);
    QVERIFY(!filter.setSwPatterns(sw));
    QVERIFY(!filter.setIns(ins));
    filter.setText(text);
    model.setFilter(filter);
    QCOMPARE(model.rows(), expected);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Index index = expected[std::size_t(row)];
        QCOMPARE(model.data(model.index(row, 0), SessionLogModel::LogIndexRole).toUInt(), index);
        QCOMPARE(cell(model, row, SessionLogModel::IndexColumn), QString::number(index + 1));
        QCOMPARE(model.rowOfLogIndex(index), row);
    }
}

void TestSessionLogModel::filterExtendsOnAppend()
{
    SessionLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SessionLogFilter filter;
    filter.setReader(logsample::ReaderB); // not in the log yet
    model.setFilter(filter);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendEntries({ logsample::selectFci() });
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(inserted.count(), 0);
    model.appendEntries({ logsample::readBinary(2), logsample::selectFci(3), logsample::readBinary(4) });
    QCOMPARE(model.rows(), (std::vector<Index> { 1, 3 }));
    QCOMPARE(inserted.count(), 1);
}

void TestSessionLogModel::maskedDisplay()
{
    SessionLogModel model;
    model.appendEntries(logsample::session());
    const int row = 2;
    QVERIFY(model.data(model.index(row, 0), SessionLogModel::MaskedRole).toBool());
    const QString masked = cell(model, row, SessionLogModel::CommandColumn);
    QCOMPARE(masked, QStringLiteral("00 20 00 81 08 •• •• •• •• •• •• •• ••"));
    QCOMPARE(cell(model, row, SessionLogModel::CommandColumn, Qt::ToolTipRole), masked);
    QVERIFY(cell(model, row, SessionLogModel::FlagsColumn).contains(QStringLiteral("masked")));
    QCOMPARE(cell(model, row, SessionLogModel::NameColumn), QStringLiteral("VERIFY"));

    QSignalSpy changed(&model, &SessionLogModel::unmaskedChanged);
    model.setUnmasked(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, row, SessionLogModel::CommandColumn),
        QStringLiteral("00 20 00 81 08 31 32 33 34 FF FF FF FF"));
    QVERIFY(cell(model, row, SessionLogModel::FlagsColumn).contains(QStringLiteral("unmasked")));
    QVERIFY(model.data(model.index(row, 0), SessionLogModel::MaskedRole).toBool());

    model.clear(); // a new session starts masked
    QVERIFY(!model.isUnmasked());
    model.appendEntries({ logsample::verify() });
    QVERIFY(cell(model, 0, SessionLogModel::CommandColumn).contains(QStringLiteral("••")));
}

void TestSessionLogModel::failedRows()
{
    SessionLogModel model;
    model.appendEntries(logsample::session());
    const int row = 5;
    QVERIFY(model.data(model.index(row, 0), SessionLogModel::FailedRole).toBool());
    QCOMPARE(
        cell(model, row, SessionLogModel::MeaningColumn), QStringLiteral("The smart card has been removed"));
    QCOMPARE(cell(model, row, SessionLogModel::SwColumn), QString());
    QCOMPARE(cell(model, row, 0, SessionLogModel::ErrorTextRole),
        QStringLiteral("The smart card has been removed"));
    QVERIFY(cell(model, row, SessionLogModel::FlagsColumn).contains(QStringLiteral("failed")));
    const QVariant background = model.data(model.index(row, SessionLogModel::SwColumn), Qt::BackgroundRole);
    QCOMPARE(background.value<QColor>(), SessionLogModel::failedBackground());
    QVERIFY(SessionLogModel::failedBackground().alpha() < 255); // tints light and dark bases alike
    QVERIFY(!model.data(model.index(6, 0), Qt::BackgroundRole).isValid());
    QVERIFY(!model.data(model.index(6, 0), SessionLogModel::FailedRole).toBool());
    QCOMPARE(cell(model, 6, SessionLogModel::SwColumn), QStringLiteral("90 00"));
    QVERIFY(!cell(model, 6, SessionLogModel::MeaningColumn).isEmpty());
}

void TestSessionLogModel::linkedRows()
{
    SessionLogModel model;
    model.appendEntries(logsample::session());
    const QModelIndex linked = model.index(4, 0);
    QVERIFY(model.data(linked, SessionLogModel::LinkedRole).toBool());
    QCOMPARE(model.data(linked, SessionLogModel::OriginLogIndexRole).toInt(), 3);
    QCOMPARE(model.data(linked, SessionLogModel::OriginRowRole).toInt(), 3);
    QVERIFY(cell(model, 4, SessionLogModel::NameColumn).contains(QStringLiteral("↳")));
    QVERIFY(cell(model, 4, SessionLogModel::NameColumn).contains(QStringLiteral("GET RESPONSE")));
    QVERIFY(cell(model, 4, SessionLogModel::FlagsColumn).contains(QStringLiteral("linked")));
    QVERIFY(!model.data(model.index(3, 0), SessionLogModel::LinkedRole).toBool());
    QCOMPARE(model.data(model.index(3, 0), SessionLogModel::OriginRowRole).toInt(), -1);

    // The origin hidden by the filter: still found in the log, not in the view.
    SessionLogFilter filter;
    QVERIFY(!filter.setSwPatterns(u"9000"));
    model.setFilter(filter);
    const int row = model.rowOfLogIndex(4);
    QCOMPARE(row, 1);
    QCOMPARE(model.data(model.index(row, 0), SessionLogModel::OriginLogIndexRole).toInt(), 3);
    QCOMPARE(model.data(model.index(row, 0), SessionLogModel::OriginRowRole).toInt(), -1);

    // An origin that is not in the log at all.
    SessionLogModel orphan;
    orphan.appendEntries({ logsample::getResponse(99, 1) });
    QVERIFY(orphan.data(orphan.index(0, 0), SessionLogModel::LinkedRole).toBool());
    QCOMPARE(orphan.data(orphan.index(0, 0), SessionLogModel::OriginLogIndexRole).toInt(), -1);
}

void TestSessionLogModel::heldAppends()
{
    SessionLogModel model;
    model.appendEntries(logsample::session());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setAppendsHeld(true);
    model.appendEntries({ logsample::readBinary(10) });
    model.appendEntry(logsample::readBinary(11));
    model.clear(); // refused while the log is read elsewhere
    QCOMPARE(model.log().size(), Index(8));
    QCOMPARE(model.rowCount(), 8);
    model.setAppendsHeld(false);
    QCOMPARE(model.log().size(), Index(10));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.log().entry(9).exchangeId, 11u);
}

void TestSessionLogModel::annotations()
{
    SessionLogModel model;
    model.appendEntries(logsample::session());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAnnotation(1, QStringLiteral("the VISA application"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.log().annotation(1), QStringLiteral("the VISA application"));
    QCOMPARE(model.data(model.index(1, 0), SessionLogModel::AnnotationRole).toString(),
        QStringLiteral("the VISA application"));
    QVERIFY(cell(model, 1, SessionLogModel::FlagsColumn).contains(QStringLiteral("note")));
    model.setAnnotation(1, QString());
    QVERIFY(model.log().annotation(1).isEmpty());
    model.setAnnotation(99, QStringLiteral("nowhere")); // no such row: nothing happens
    QVERIFY(model.log().annotations().empty());
}

void TestSessionLogModel::replaceLog()
{
    SessionLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEntries({ logsample::selectFci() });
    auto other = std::make_unique<smartcard::SessionLog>();
    for (const LogEntry &entry : logsample::session())
        other->append(entry);
    QSignalSpy replaced(&model, &SessionLogModel::logReplaced);
    model.setLog(std::move(other));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(cell(model, 7, SessionLogModel::SwColumn), QStringLiteral("6A 82"));
}

// A million records appended in batches as the recorder's adapter delivers them, filtered,
// and read back at the first, middle and last rows. No timing here (bench/ measures it).
void TestSessionLogModel::millionRecords()
{
    constexpr Index Count = 1'000'000;
    constexpr Index Batch = 10'000;
    SessionLogModel model;
    model.log().reserve(Count, std::size_t(Count) * 20);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<LogEntry> batch;
    batch.reserve(Batch);
    for (Index i = 0; i < Count; ++i) {
        // Every 4th on reader B; every 1000th answered 6A 82.
        LogEntry entry = (i % 4 == 3) ? logsample::readBinary(i + 1) : logsample::selectFci(i + 1);
        if (i % 1000 == 999)
            entry.sw = 0x6A82;
        batch.append(std::move(entry));
        if (batch.size() == qsizetype(Batch)) {
            model.appendEntries(batch);
            batch.clear();
        }
    }
    QCOMPARE(inserted.count(), int(Count / Batch));
    QCOMPARE(model.rowCount(), int(Count));
    const auto check = [&](int row, Index index, const QString &reader, const QString &sw) {
        QCOMPARE(cell(model, row, SessionLogModel::IndexColumn), QString::number(index + 1));
        QCOMPARE(cell(model, row, SessionLogModel::ReaderColumn), reader);
        QCOMPARE(cell(model, row, SessionLogModel::SwColumn), sw);
        QCOMPARE(model.log().entry(index).exchangeId, index + 1);
    };
    check(0, 0, logsample::ReaderA, QStringLiteral("90 00"));
    check(499'999, 499'999, logsample::ReaderB, QStringLiteral("6A 82"));
    check(int(Count) - 1, Count - 1, logsample::ReaderB, QStringLiteral("6A 82"));
    QCOMPARE(cell(model, 500'000, SessionLogModel::NameColumn), QStringLiteral("SELECT"));

    SessionLogFilter byReader;
    byReader.setReader(logsample::ReaderB);
    model.setFilter(byReader);
    QCOMPARE(model.rowCount(), int(Count / 4));
    check(0, 3, logsample::ReaderB, QStringLiteral("90 00"));
    check(int(Count / 4) - 1, Count - 1, logsample::ReaderB, QStringLiteral("6A 82"));

    SessionLogFilter bySw;
    QVERIFY(!bySw.setSwPatterns(u"6A82"));
    model.setFilter(bySw);
    QCOMPARE(model.rowCount(), int(Count / 1000));
    check(0, 999, logsample::ReaderB, QStringLiteral("6A 82"));
    check(500, 500'999, logsample::ReaderB, QStringLiteral("6A 82"));

    SessionLogFilter byIns;
    QVERIFY(!byIns.setIns(u"B0"));
    model.setFilter(byIns);
    QCOMPARE(model.rowCount(), int(Count / 4));

    SessionLogFilter byText;
    byText.setText(QStringLiteral("41 42 43 44"));
    model.setFilter(byText);
    QCOMPARE(model.rowCount(), int(Count / 4));
    check(1, 7, logsample::ReaderB, QStringLiteral("90 00"));

    // The filter goes on over appended entries.
    model.appendEntries({ logsample::selectFci(Count + 1), logsample::readBinary(Count + 2) });
    QCOMPARE(model.rowCount(), int(Count / 4) + 1);
    check(int(Count / 4), Count + 1, logsample::ReaderB, QStringLiteral("90 00"));
}

QTEST_MAIN(TestSessionLogModel)
#include "tst_sessionlogmodel.moc"
