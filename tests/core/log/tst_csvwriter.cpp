// CsvWriter: RFC 4180 quoting (commas, quotes, line breaks), the header row, one row per
// entry with the same number of fields, masked bytes as 00.
#include "log/csvwriter.h"
#include "sampleentries.h"

#include <QTest>

using namespace smartcard;

namespace {

// A small RFC 4180 reader for the test: rows of fields.
QList<QList<QByteArray>> parseCsv(const QByteArray &text)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field;
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void session();
};

void tst_CsvWriter::quoting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("spaces stay bare") << QByteArray(" a b ") << QByteArray(" a b ");
}

void tst_CsvWriter::quoting()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QByteArray out;
    CsvWriter::appendField(text, out);
    QCOMPARE(out, expected);
    QCOMPARE(parseCsv(out + "\r\n").value(0).value(0), text);
}

void tst_CsvWriter::session()
{
    CsvWriter writer;
    QByteArray out;
    writer.writeHeader(out);
    const QList<LogEntry> entries = sample::session();
    for (const LogEntry &entry : entries)
        writer.writeEntry(entry, out);
    const QList<QList<QByteArray>> rows = parseCsv(out);
    QCOMPARE(rows.size(), entries.size() + 1);
    const QList<QByteArray> header = rows.first();
    QCOMPARE(header.first(), QByteArray("time"));
    QCOMPARE(header.last(), QByteArray("annotation"));
    for (const auto &row : rows)
        QCOMPARE(row.size(), header.size());
    const auto column = [&](const char *name) { return header.indexOf(QByteArray(name)); };

    const QList<QByteArray> select = rows[2];
    QCOMPARE(select[column("time")], QByteArray("2025-11-25T03:42:55.124456789Z"));
    QCOMPARE(select[column("kind")], QByteArray("exchange"));
    QCOMPARE(select[column("command")], QByteArray("00 A4 04 00 07 A0 00 00 00 03 10 10"));
    QCOMPARE(select[column("sw")], QByteArray("90 00"));
    QCOMPARE(select[column("protocol")], QByteArray("T1"));

    const QList<QByteArray> verify = rows[5];
    QCOMPARE(verify[column("command")], QByteArray("00 20 00 81 08 00 00 00 00 00 00 00 00"));
    QCOMPARE(verify[column("flags")], QByteArray("hasResponse masked"));
    QCOMPARE(verify[column("maskOffset")], QByteArray("5"));
    QCOMPARE(verify[column("maskLength")], QByteArray("8"));

    QCOMPARE(rows[6][column("annotation")], entries[5].annotation.toUtf8());
    QCOMPARE(rows[7][column("errorName")], QByteArray("SCARD_W_REMOVED_CARD"));
    QCOMPARE(rows[7][column("errorMessage")], entries[6].errorMessage.toUtf8());
    QCOMPARE(rows[9][column("reader")], entries[8].reader.toUtf8());
    QCOMPARE(rows[9][column("disposition")], QByteArray("reset"));
    QVERIFY(!out.contains("31 32 33 34"));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
