// JsonLinesReader: what the writer writes comes back exactly (every kind, flag, mask,
// annotation, Unicode reader), and bad files are reported line by line without losing a
// good line: truncated last line, garbage, wrong format or version, empty file, binary junk.
#include "log/jsonlinesreader.h"
#include "log/jsonlineswriter.h"
#include "log/logfields.h"
#include "sampleentries.h"

#include <QBuffer>
#include <QTest>

using namespace smartcard;

namespace {

QByteArray fileOf(const QList<LogEntry> &entries, bool mask = true)
{
    JsonLinesWriter writer({ mask, 1'764'000'000'000'000'000, QStringLiteral("CardScope test") });
    QByteArray bytes;
    writer.writeHeader(bytes);
    for (const LogEntry &entry : entries)
        writer.writeEntry(entry, bytes);
    return bytes;
}

JsonLinesReader::Result readBytes(const QByteArray &bytes, QList<LogEntry> *entries)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return JsonLinesReader::read(buffer, [entries](LogEntry &&entry) { entries->append(std::move(entry)); });
}

LogEntry imported(LogEntry entry, bool masked)
{
    if (masked && entry.has(LogEntry::Masked)) {
        Bytes scratch;
        entry.command = logfields::commandForFile(entry, true, scratch);
    }
    entry.set(LogEntry::Imported);
    return entry;
}

} // namespace

class tst_JsonLinesReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void roundTripOfWholeSession();
    void badFiles_data();
    void badFiles();
    void exactTimeBeyondDoublePrecision();
};

void tst_JsonLinesReader::roundTrip_data()
{
    QTest::addColumn<LogEntry>("entry");
    QTest::addColumn<bool>("mask");
    using K = LogEntry::Kind;
    for (K kind :
        { K::Exchange, K::Control, K::Connect, K::Reconnect, K::Disconnect, K::Release, K::Attrib, K::Atr }) {
        const QByteArray name = LogEntry::kindName(kind);
        QTest::newRow(name) << sample::other(kind) << true;
    }
    QTest::newRow("exchange") << sample::exchange("00 A4 04 00 02 3F 00", "6F 00", 0x9000, 1) << true;
    QTest::newRow("exchange without response data")
        << sample::exchange("00 A4 00 0C 02 3F 00", "", 0x9000, 2) << true;
    LogEntry get = sample::exchange("00 C0 00 00 10", "01 02", 0x9000, 3);
    get.originId = 2;
    QTest::newRow("GET RESPONSE with origin") << get << true;
    QTest::newRow("masked VERIFY, masked file") << sample::verify() << true;
    QTest::newRow("masked VERIFY, unmasked file") << sample::verify() << false;
    QTest::newRow("failed exchange") << sample::failedExchange() << true;
    LogEntry note = sample::exchange("00 84 00 00 08", "11 22 33 44 55 66 77 88", 0x9000, 4);
    note.annotation
        = QStringLiteral("tab\there, \"quotes\", back\\slash, line\nbreak, \x01 control, émoji 🃏");
    QTest::newRow("annotation with escapes") << note << true;
    LogEntry imp = sample::exchange("00 B0 00 00 02", "AA BB", 0x9000, 5);
    imp.set(LogEntry::Imported);
    QTest::newRow("already imported") << imp << true;
    LogEntry odd = sample::other(LogEntry::Kind::Control);
    odd.protocol = 0x00010000 | 0x00100000;
    odd.timeNs = -1'500'000'001;
    odd.errorCode = 0x1234;
    QTest::newRow("odd protocol bits, time before 1970, error code without failure") << odd << true;
    QTest::newRow("all defaults") << LogEntry() << true;
}

void tst_JsonLinesReader::roundTrip()
{
    QFETCH(LogEntry, entry);
    QFETCH(bool, mask);
    QList<LogEntry> read;
    const JsonLinesReader::Result result = readBytes(fileOf({ entry }, mask), &read);
    QVERIFY2(result.issues.isEmpty(), qPrintable(result.issues.value(0).reason));
    QVERIFY(result.header.present);
    QCOMPARE(result.header.masked, mask);
    QCOMPARE(result.header.tool, QStringLiteral("CardScope test"));
    QCOMPARE(result.entries, 1);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first(), imported(entry, mask));
}

void tst_JsonLinesReader::roundTripOfWholeSession()
{
    const QList<LogEntry> entries = sample::session();
    QList<LogEntry> read;
    const JsonLinesReader::Result result = readBytes(fileOf(entries), &read);
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.lines, entries.size() + 1);
    QCOMPARE(read.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(read[i], imported(entries[i], true));
    // Exporting what was imported gives the same file but for the imported flag.
    QList<LogEntry> again;
    readBytes(fileOf(read), &again);
    QCOMPARE(again, read);
}

void tst_JsonLinesReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("goodEntries");
    QTest::addColumn<QList<qint64>>("issueLines");
    QTest::addColumn<QString>("firstReason");
    QTest::addColumn<bool>("truncated");

    const QByteArray good = fileOf(sample::session());
    const QList<QByteArray> lines = good.split('\n'); // header, 10 entries, ""
    const int all = int(sample::session().size());

    QByteArray cut = good;
    cut.chop(25);
    QTest::newRow("truncated last line")
        << cut << all - 1 << QList<qint64> { all + 1 } << "truncated" << true;

    QByteArray garbage = lines[0] + '\n' + lines[1] + "\nthis is not json\n" + lines[2] + '\n';
    QTest::newRow("garbage line") << garbage << 2 << QList<qint64> { 3 } << "not JSON" << false;

    QByteArray badFields = lines[0] + '\n' + lines[1] + '\n'
        + R"({"timeNs":1,"kind":"exchange","command":"00A4X0"})" + '\n' + R"({"timeNs":1,"kind":"teleport"})"
        + '\n' + R"({"kind":"exchange"})" + '\n' + R"({"timeNs":1.5,"kind":"exchange"})" + '\n'
        + R"({"timeNs":1,"kind":"exchange","sw":"900"})" + '\n'
        + R"({"timeNs":1,"kind":"exchange","flags":["shiny"]})" + '\n' + R"([1,2,3])" + '\n'
        + R"({"timeNs":1,"kind":"exchange","error":{"code":"80100069"}})" + '\n' + lines[2] + '\n';
    QTest::newRow("bad fields") << badFields << 2 << QList<qint64> { 3, 4, 5, 6, 7, 8, 9, 10 }
                                << "\"command\"" << false;

    QByteArray wrongVersion = good;
    wrongVersion.replace("\"version\":1", "\"version\":2");
    QTest::newRow("wrong version") << wrongVersion << 0 << QList<qint64> { 1 } << "version 2" << false;

    QByteArray otherFormat = R"({"format":"something-else","version":1})"
                             "\n"
        + lines[1] + '\n';
    QTest::newRow("other format") << otherFormat << 0 << QList<qint64> { 1 } << "not a CardScope session"
                                  << false;

    QTest::newRow("empty file") << QByteArray() << 0 << QList<qint64> { 1 } << "empty" << false;
    QTest::newRow("only blank lines")
        << QByteArray("\n\n  \n") << 0 << QList<qint64> { 1 } << "empty" << false;

    QByteArray noHeader = lines[1] + '\n' + lines[2] + '\n';
    QTest::newRow("no header") << noHeader << 2 << QList<qint64> { 1 } << "no header" << false;

    QByteArray junk;
    for (int i = 0; i < 300; ++i)
        junk.append(char((i * 37 + 11) % 256));
    QByteArray binary = lines[0] + '\n' + lines[1] + '\n' + junk + '\n' + lines[2] + '\n';
    const int junkLines = int(junk.count('\n')) + 1;
    QList<qint64> junkIssues;
    for (int i = 0; i < junkLines; ++i)
        junkIssues << 3 + i;
    QTest::newRow("binary junk") << binary << 2 << junkIssues << "not JSON" << false;

    QByteArray crlf = good;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF line ends") << crlf << all << QList<qint64> {} << QString() << false;
}

void tst_JsonLinesReader::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, goodEntries);
    QFETCH(QList<qint64>, issueLines);
    QFETCH(QString, firstReason);
    QFETCH(bool, truncated);

    QList<LogEntry> read;
    const JsonLinesReader::Result result = readBytes(content, &read);
    QList<qint64> lines;
    for (const SessionFileIssue &issue : result.issues)
        lines << issue.line;
    QCOMPARE(lines, issueLines);
    if (!firstReason.isEmpty())
        QVERIFY2(
            result.issues.first().reason.contains(firstReason), qPrintable(result.issues.first().reason));
    QCOMPARE(result.truncated, truncated);
    QCOMPARE(result.entries, goodEntries);
    QCOMPARE(read.size(), goodEntries);
    // The good entries are the sample's, in order (every row keeps a prefix of them).
    const QList<LogEntry> expected = sample::session();
    for (qsizetype i = 0; i < read.size(); ++i)
        QCOMPARE(read[i], imported(expected[i], true));
}

void tst_JsonLinesReader::exactTimeBeyondDoublePrecision()
{
    // 2^53 + 1 cannot be a double: the reader must keep the integer.
    LogEntry entry;
    entry.timeNs = (qint64(1) << 53) + 1;
    entry.durationNs = (qint64(1) << 60) + 3;
    QList<LogEntry> read;
    readBytes(fileOf({ entry }), &read);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().timeNs, entry.timeNs);
    QCOMPARE(read.first().durationNs, entry.durationNs);
}

QTEST_GUILESS_MAIN(tst_JsonLinesReader)
#include "tst_jsonlinesreader.moc"
