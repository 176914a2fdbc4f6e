// SessionLogFilter: a table of filters over one small log (reader, SW with wildcards, INS,
// kind, text as hex or as words, combinations), bad patterns with their offsets, masked
// bytes not searched, incremental filtering of appended entries, and a million entries.
#include "log/sessionlogfilter.h"
#include "testhex.h"

#include <QTest>

using namespace smartcard;
using Rows = std::vector<SessionLog::Index>;
using cardscope::testing::hex;

namespace {

LogEntry exchange(const char *reader, const char *command, const char *response, std::uint16_t sw)
{
    LogEntry entry;
    entry.reader = QString::fromLatin1(reader);
    entry.command = hex(command);
    entry.response = hex(response);
    entry.sw = sw;
    entry.set(LogEntry::HasResponse);
    return entry;
}

// The log every row of the table filters.
//  0 connect A
//  1 A: SELECT 3F00 > 6105
//  2 A: GET RESPONSE > 62 03 82 01 38, 9000
//  3 B: READ BINARY > 6C08
//  4 B: READ BINARY Le 08 > 8 bytes, 9000
//  5 A: VERIFY (masked, real PIN kept in memory) > 63C2
//  6 B: GET CHALLENGE, failed (card removed)
//  7 B: control
//  8 A: SELECT by AID > 6A82, annotated "wrong applet"
void fill(SessionLog &log)
{
    LogEntry connect;
    connect.kind = LogEntry::Kind::Connect;
    connect.reader = QStringLiteral("Reader A");
    log.append(connect);
    log.append(exchange("Reader A", "00 A4 00 00 02 3F 00", "", 0x6105));
    log.append(exchange("Reader A", "00 C0 00 00 05", "62 03 82 01 38", 0x9000));
    log.append(exchange("Reader B", "00 B0 00 00 00", "", 0x6C08));
    log.append(exchange("Reader B", "00 B0 00 00 08", "11 22 33 44 55 66 77 88", 0x9000));
    LogEntry verify = exchange("Reader A", "00 20 00 81 04 31 32 33 34", "", 0x63C2);
    verify.set(LogEntry::Masked);
    verify.maskOffset = 5;
    verify.maskLength = 4;
    log.append(verify);
    LogEntry failed;
    failed.reader = QStringLiteral("Reader B");
    failed.command = hex("00 84 00 00 08");
    failed.set(LogEntry::Failed);
    failed.errorCode = 0x80100069;
    failed.errorMessage = QStringLiteral("Card was removed (0x80100069)");
    log.append(failed);
    LogEntry control;
    control.kind = LogEntry::Kind::Control;
    control.reader = QStringLiteral("Reader B");
    control.command = hex("A4 A4");
    log.append(control);
    LogEntry select = exchange("Reader A", "00 A4 04 00 05 A0 00 00 00 03", "", 0x6A82);
    select.annotation = QStringLiteral("Wrong applet");
    log.append(select);
}

} // namespace

class TestSessionLogFilter : public QObject
{
    Q_OBJECT

private slots:
    void filters_data();
    void filters();
    void badPatterns_data();
    void badPatterns();
    void secretsSearchedOnlyWhenAsked();
    void incremental();
    void readerThatAppearsLater();
    void millionEntries();
};

void TestSessionLogFilter::filters_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("sw");
    QTest::addColumn<QString>("ins");
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("rows");
    const QList<int> all { 0, 1, 2, 3, 4, 5, 6, 7, 8 };
    const QList<int> any;
    QTest::newRow("no filter") << ""
                               << ""
                               << "" << any << "" << all;
    QTest::newRow("reader A") << "Reader A"
                              << ""
                              << "" << any << "" << QList<int> { 0, 1, 2, 5, 8 };
    QTest::newRow("reader B") << "Reader B"
                              << ""
                              << "" << any << "" << QList<int> { 3, 4, 6, 7 };
    QTest::newRow("unknown reader") << "Reader C"
                                    << ""
                                    << "" << any << "" << QList<int> {};
    QTest::newRow("reader is exact") << "reader a"
                                     << ""
                                     << "" << any << "" << QList<int> {};
    QTest::newRow("SW 9000") << ""
                             << "9000"
                             << "" << any << "" << QList<int> { 2, 4 };
    QTest::newRow("SW 61xx") << ""
                             << "61xx"
                             << "" << any << "" << QList<int> { 1 };
    QTest::newRow("SW 6Xxx") << ""
                             << "6Xxx"
                             << "" << any << "" << QList<int> { 1, 3, 5, 8 };
    QTest::newRow("SW xx82") << ""
                             << "xx82"
                             << "" << any << "" << QList<int> { 8 };
    QTest::newRow("SW 63Cx, 6C08") << ""
                                   << "63Cx, 6C08"
                                   << "" << any << "" << QList<int> { 3, 5 };
    QTest::newRow("SW xxxx: every response") << ""
                                             << "xxxx"
                                             << "" << any << "" << QList<int> { 1, 2, 3, 4, 5, 8 };
    QTest::newRow("SW 0000: not a failure's") << ""
                                              << "0000"
                                              << "" << any << "" << QList<int> {};
    QTest::newRow("INS A4") << ""
                            << ""
                            << "A4" << any << "" << QList<int> { 1, 8 };
    QTest::newRow("INS a4 lower case") << ""
                                       << ""
                                       << "a4" << any << "" << QList<int> { 1, 8 };
    QTest::newRow("INS B0, C0") << ""
                                << ""
                                << "B0, C0" << any << "" << QList<int> { 2, 3, 4 };
    QTest::newRow("INS 84: a failed exchange") << ""
                                               << ""
                                               << "84" << any << "" << QList<int> { 6 };
    QTest::newRow("kind connect") << ""
                                  << ""
                                  << "" << QList<int> { int(LogEntry::Kind::Connect) } << ""
                                  << QList<int> { 0 };
    QTest::newRow("kind control, connect")
        << ""
        << ""
        << "" << QList<int> { int(LogEntry::Kind::Control), int(LogEntry::Kind::Connect) } << ""
        << QList<int> { 0, 7 };
    QTest::newRow("text hex in a command") << ""
                                           << ""
                                           << "" << any << "3F 00" << QList<int> { 1 };
    QTest::newRow("text hex in a response") << ""
                                            << ""
                                            << "" << any << "8201" << QList<int> { 2 };
    QTest::newRow("text hex across command and response: no") << ""
                                                              << ""
                                                              << "" << any << "05 62" << QList<int> {};
    QTest::newRow("text hex A4: commands and control") << ""
                                                       << ""
                                                       << "" << any << "a4" << QList<int> { 1, 7, 8 };
    QTest::newRow("text in the reader name") << ""
                                             << ""
                                             << "" << any << "reader b" << QList<int> { 3, 4, 6, 7 };
    QTest::newRow("text in an error") << ""
                                      << ""
                                      << "" << any << "removed" << QList<int> { 6 };
    QTest::newRow("text in an annotation") << ""
                                           << ""
                                           << "" << any << "APPLET" << QList<int> { 8 };
    QTest::newRow("text nowhere") << ""
                                  << ""
                                  << "" << any << "nothing like this" << QList<int> {};
    QTest::newRow("reader A and SW 6Xxx and INS A4") << "Reader A"
                                                     << "6Xxx"
                                                     << "A4" << any << "" << QList<int> { 1, 8 };
    QTest::newRow("reader B and text 9000? no: text is bytes") << "Reader B"
                                                               << ""
                                                               << "" << any << "90 00" << QList<int> {};
    QTest::newRow("INS and kind control: none")
        << ""
        << ""
        << "A4" << QList<int> { int(LogEntry::Kind::Control) } << "" << QList<int> {};
}

void TestSessionLogFilter::filters()
{
    QFETCH(QString, reader);
    QFETCH(QString, sw);
    QFETCH(QString, ins);
    QFETCH(QList<int>, kinds);
    QFETCH(QString, text);
    QFETCH(QList<int>, rows);
    SessionLog log;
    fill(log);
    SessionLogFilter filter;
    filter.setReader(reader);
    QVERIFY(!filter.setSwPatterns(sw));
    QVERIFY(!filter.setIns(ins));
    std::vector<LogEntry::Kind> kindList(std::size_t(kinds.size()));
    std::transform(
        kinds.begin(), kinds.end(), kindList.begin(), [](int kind) { return LogEntry::Kind(kind); });
    filter.setKinds(kindList);
    filter.setText(text);
    QCOMPARE(filter.isEmpty(),
        reader.isEmpty() && sw.isEmpty() && ins.isEmpty() && kinds.isEmpty() && text.isEmpty());
    const Rows result = filter.filter(log);
    QCOMPARE(QList<int>(result.begin(), result.end()), rows);
    for (SessionLog::Index i = 0; i < log.size(); ++i)
        QCOMPARE(filter.matches(log, i), rows.contains(int(i)));
    QVERIFY(!filter.matches(log, log.size()));
}

void TestSessionLogFilter::badPatterns_data()
{
    QTest::addColumn<bool>("isSw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::newRow("SW too short") << true << "900" << 0;
    QTest::newRow("SW too long") << true << "90000" << 0;
    QTest::newRow("SW bad digit") << true << "9G00" << 1;
    QTest::newRow("SW bad second item") << true << "9000, 6z00" << 7;
    QTest::newRow("SW empty item") << true << "9000,,6100" << 5;
    QTest::newRow("SW trailing comma") << true << "9000," << 5;
    QTest::newRow("INS one digit") << false << "A" << 0;
    QTest::newRow("INS three digits") << false << "A4 0" << 0;
    QTest::newRow("INS bad digit") << false << "AZ" << 1;
    QTest::newRow("INS bad second item") << false << " A4 , X0" << 6;
}

// A bad pattern says where and leaves the filter as it was.
void TestSessionLogFilter::badPatterns()
{
    QFETCH(bool, isSw);
    QFETCH(QString, text);
    QFETCH(int, offset);
    SessionLog log;
    fill(log);
    SessionLogFilter filter;
    QVERIFY(!(isSw ? filter.setSwPatterns(u"9000") : filter.setIns(u"B0")));
    const Rows before = filter.filter(log);
    const std::optional<ParseError> error = isSw ? filter.setSwPatterns(text) : filter.setIns(text);
    QVERIFY(error);
    QCOMPARE(int(error->offset), offset);
    QVERIFY(!error->message.isEmpty());
    QCOMPARE(filter.filter(log), before);
}

void TestSessionLogFilter::secretsSearchedOnlyWhenAsked()
{
    SessionLog log;
    fill(log);
    SessionLogFilter filter;
    filter.setText(QStringLiteral("31 32"));
    QVERIFY(filter.filter(log).empty());
    filter.setText(QStringLiteral("00 81 04")); // the header around the secret still matches
    QCOMPARE(filter.filter(log), Rows { 5 });
    filter.setText(QStringLiteral("31 32"));
    filter.setSearchSecrets(true);
    QCOMPARE(filter.filter(log), Rows { 5 });
}

void TestSessionLogFilter::incremental()
{
    SessionLog log;
    fill(log);
    SessionLogFilter filter;
    QVERIFY(!filter.setSwPatterns(u"9000"));
    Rows rows;
    filter.appendMatches(log, 0, rows);
    QCOMPARE(rows, (Rows { 2, 4 }));
    SessionLog::Index scanned = log.size();
    log.append(exchange("Reader C", "00 84 00 00 08", "01 02 03 04 05 06 07 08", 0x9000));
    log.append(exchange("Reader C", "00 84 00 00 08", "", 0x6D00));
    filter.appendMatches(log, scanned, rows);
    QCOMPARE(rows, (Rows { 2, 4, 9 }));
    filter.appendMatches(log, log.size(), rows); // nothing new: nothing added
    filter.appendMatches(log, log.size() + 5, rows);
    QCOMPARE(rows, (Rows { 2, 4, 9 }));
    QCOMPARE(filter.filter(log), rows);
}

// A reader filter set before its reader's first entry matches once it comes.
void TestSessionLogFilter::readerThatAppearsLater()
{
    SessionLog log;
    fill(log);
    SessionLogFilter filter;
    filter.setReader(QStringLiteral("Reader C"));
    Rows rows;
    filter.appendMatches(log, 0, rows);
    QVERIFY(rows.empty());
    const SessionLog::Index scanned = log.size();
    log.append(exchange("Reader C", "00 84 00 00 08", "", 0x9000));
    filter.appendMatches(log, scanned, rows);
    QCOMPARE(rows, Rows { 9 });
}

// The scale a view must handle: a million entries, filtered by each criterion; the counts
// follow from how the log was made. (Speed is measured by bench_log, not here.)
void TestSessionLogFilter::millionEntries()
{
    constexpr SessionLog::Index count = 1'000'000;
    SessionLog log;
    log.reserve(count, std::size_t(count) * 20);
    LogEntry entry = exchange("Reader A", "00 B0 00 00 08", "11 22 33 44 55 66 77 88", 0x9000);
    const QString readers[] = { QStringLiteral("Reader A"), QStringLiteral("Reader B"),
        QStringLiteral("Reader C"), QStringLiteral("Reader D") };
    for (SessionLog::Index i = 0; i < count; ++i) {
        entry.reader = readers[i % 4];
        entry.command[1] = (i % 10 == 0) ? 0xA4 : 0xB0; // one in ten a SELECT
        entry.sw = (i % 100 == 0) ? 0x6A82 : 0x9000; // one in a hundred not found
        entry.response[7] = std::uint8_t(i % 251);
        entry.exchangeId = i + 1;
        log.append(entry);
    }
    log.setAnnotation(123'456, QStringLiteral("look here"));
    QCOMPARE(log.size(), count);
    QCOMPARE(log.readers().size(), 4);

    SessionLogFilter byReader;
    byReader.setReader(QStringLiteral("Reader C"));
    const Rows readerRows = byReader.filter(log);
    QCOMPARE(readerRows.size(), std::size_t(count / 4));
    QCOMPARE(readerRows.front(), 2u);
    QCOMPARE(readerRows.back(), count - 2);

    SessionLogFilter bySw;
    QVERIFY(!bySw.setSwPatterns(u"6Axx"));
    QCOMPARE(bySw.filter(log).size(), std::size_t(count / 100));

    SessionLogFilter byIns;
    QVERIFY(!byIns.setIns(u"A4"));
    QCOMPARE(byIns.filter(log).size(), std::size_t(count / 10));

    SessionLogFilter byText;
    byText.setText(QStringLiteral("77 FA")); // response byte 7 is i % 251 = 250
    const Rows textRows = byText.filter(log);
    QCOMPARE(textRows.size(), std::size_t(count / 251 + (count % 251 > 250 ? 1 : 0)));
    for (const SessionLog::Index row : textRows)
        QCOMPARE(row % 251, 250u);

    SessionLogFilter byAnnotation;
    byAnnotation.setText(QStringLiteral("LOOK"));
    QCOMPARE(byAnnotation.filter(log), Rows { 123'456 });

    SessionLogFilter combined;
    combined.setReader(QStringLiteral("Reader A"));
    QVERIFY(!combined.setSwPatterns(u"6A82"));
    QVERIFY(!combined.setIns(u"A4"));
    // i % 4 == 0 and i % 100 == 0 (then i % 10 == 0 too): every hundredth.
    QCOMPARE(combined.filter(log).size(), std::size_t(count / 100));
}

QTEST_GUILESS_MAIN(TestSessionLogFilter)
#include "tst_sessionlogfilter.moc"
