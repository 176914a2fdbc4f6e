// JsonLinesWriter: the header and entry lines field by field (the schema of
// docs/exports.md), JSON escaping, masking, and that every line is valid JSON.
#include "log/jsonlineswriter.h"
#include "sampleentries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace smartcard;

class tst_JsonLinesWriter : public QObject
{
    Q_OBJECT

private slots:
    void header_data();
    void header();
    void entryLine_data();
    void entryLine();
    void strings_data();
    void strings();
    void everyLineIsJson();
};

void tst_JsonLinesWriter::header_data()
{
    QTest::addColumn<bool>("mask");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("masked")
        << true
        << QByteArray(R"({"format":"cardscope-session","version":1,)"
                      R"("created":"2025-11-25T03:42:55.123456789Z","createdNs":1764042175123456789,)"
                      R"("tool":"CardScope 9.9","masked":true})"
                      "\n");
    QTest::newRow("unmasked")
        << false
        << QByteArray(R"({"format":"cardscope-session","version":1,)"
                      R"("created":"2025-11-25T03:42:55.123456789Z","createdNs":1764042175123456789,)"
                      R"("tool":"CardScope 9.9","masked":false})"
                      "\n");
}

void tst_JsonLinesWriter::header()
{
    QFETCH(bool, mask);
    QFETCH(QByteArray, expected);
    JsonLinesWriter writer({ mask, 1'764'042'175'123'456'789, QStringLiteral("CardScope 9.9") });
    QByteArray out;
    writer.writeHeader(out);
    QCOMPARE(out, expected);
}

void tst_JsonLinesWriter::entryLine_data()
{
    QTest::addColumn<LogEntry>("entry");
    QTest::addColumn<bool>("mask");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("exchange")
        << sample::exchange("00 A4 04 00 02 3F 00", "6F 00", 0x9000, 1) << true
        << QByteArray(R"({"time":"2025-11-25T03:42:55.124456789Z","timeNs":1764042175124456789,)"
                      R"("kind":"exchange","reader":"Virtual PCD 00 00",)"
                      R"("atr":"3B8A80018031807 3B56200000 3","protocol":"T1",)"
                      R"("command":"00A40400023F00","response":"6F00","sw":"9000",)"
                      R"("durationNs":81235,"exchangeId":1,"flags":["hasResponse"]})"
                      "\n")
               .replace(" ", "")
               .replace("VirtualPCD0000", "Virtual PCD 00 00");
    QTest::newRow("masked VERIFY")
        << sample::verify() << true
        << QByteArray(R"("command":"00200081080000000000000000","response":"","sw":"63C2",)"
                      R"("durationNs":81241,"exchangeId":7,"flags":["hasResponse","masked"],)"
                      R"("masked":{"offset":5,"length":8}})"
                      "\n");
    QTest::newRow("unmasked VERIFY") << sample::verify() << false
                                     << QByteArray(R"("command":"002000810831323334FFFFFFFF","response":"")");
    QTest::newRow("failed") << sample::failedExchange() << true
                            << QByteArray(R"("error":{"code":"0x80100069","name":"SCARD_W_REMOVED_CARD",)"
                                          R"("message":"The smart card has been removed, \"so\" further )"
                                          R"(communication is not possible."},"flags":["failed"]})"
                                          "\n");
    QTest::newRow("reconnect") << sample::other(LogEntry::Kind::Reconnect) << true
                               << QByteArray(
                                      R"("kind":"reconnect","reader":"Lecteur « été » 日本 01",)"
                                      R"("atr":"3B021450","protocol":"T0","durationNs":1500000,"code":2,)"
                                      R"("disposition":"reset"})"
                                      "\n");
}

void tst_JsonLinesWriter::entryLine()
{
    QFETCH(LogEntry, entry);
    QFETCH(bool, mask);
    QFETCH(QByteArray, expected);
    JsonLinesWriter writer({ mask, 0, {} });
    QByteArray out;
    writer.writeEntry(entry, out);
    QVERIFY2(out.contains(expected), out.constData());
    QVERIFY(out.endsWith('\n'));
    QCOMPARE(out.count('\n'), 1);
}

void tst_JsonLinesWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray(R"("abc")");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray(R"("a\"b\\c")");
    QTest::newRow("line break, tab, CR") << QStringLiteral("a\nb\tc\rd") << QByteArray(R"("a\nb\tc\rd")");
    QTest::newRow("other controls") << QString(QChar(1)) + QChar(0x1f) << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("non-ASCII as UTF-8") << QStringLiteral("é🃏") << QByteArray("\"\xC3\xA9\xF0\x9F\x83\x8F\"");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
}

void tst_JsonLinesWriter::strings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QByteArray out;
    JsonLinesWriter::appendString(text, out);
    QCOMPARE(out, expected);
    // And a JSON parser reads the text back.
    const QJsonDocument document = QJsonDocument::fromJson("{\"s\":" + out + "}");
    QCOMPARE(document.object().value(QLatin1String("s")).toString(), text);
}

void tst_JsonLinesWriter::everyLineIsJson()
{
    JsonLinesWriter writer;
    QByteArray out;
    writer.writeHeader(out);
    for (const LogEntry &entry : sample::session())
        writer.writeEntry(entry, out);
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.size(), sample::session().size() + 2);
    QVERIFY(lines.last().isEmpty());
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QJsonParseError error;
        QJsonDocument::fromJson(lines[i], &error);
        QVERIFY2(error.error == QJsonParseError::NoError, lines[i].constData());
    }
    QVERIFY(!out.contains(sample::SecretPin));
}

QTEST_GUILESS_MAIN(tst_JsonLinesWriter)
#include "tst_jsonlineswriter.moc"
