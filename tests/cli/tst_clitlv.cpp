// cardscope-cli tlv as a user runs it: no PC/SC service involved.
#include "clirunner.h"

#include <QJsonArray>
#include <QTest>

class TestCliTlv : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void json();
    void jsonProblems();
    void badHex_data();
    void badHex();
    void standardInput();
};

void TestCliTlv::text_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("FCI") << QStringList { "6F0D 8407A0000000031010 A502 8800" } << 0
                         << QStringList { "6F FCI template (13 bytes at 0)",
                                "  84 DF name (7 bytes at 2): A0 00 00 00 03 10 10",
                                "  A5 FCI proprietary template (2 bytes at 11)",
                                "    88 short file identifier (0 bytes at 13)" };
    QTest::newRow("colons and lower case")
        << QStringList { "9f:38:01:aa" } << 0 << QStringList { "9F38 PDOL (1 byte at 0): AA" };
    QTest::newRow("overrun kept and reported")
        << QStringList { "8405A000" } << 1
        << QStringList { "84 DF name (5 bytes declared, 2 present, at 0): A0 00",
               "problem at byte 0: tag 84 at byte 0 declares 5 value bytes, 2 present" };
    QTest::newRow("indefinite length")
        << QStringList { "8800 A580 0000" } << 1
        << QStringList { "88 short file identifier (0 bytes at 0)",
               "problem at byte 3: tag A5 has an indefinite length (80) at byte 3; "
               "ISO 7816 BER-TLV allows definite lengths only; bytes 2 to 5 not decoded" };
    QTest::newRow("two values") << QStringList { "8800", "50" } << 1
                                << QStringList {
                                       "value 1: 88 00", "88 short file identifier (0 bytes at 0)",
                                       "value 2: 50",
                                       "problem at byte 0: tag 50 at byte 0 has no length; byte 0 not decoded"
                                   };
    QTest::newRow("empty value") << QStringList { "" } << 0 << QStringList { "(no data objects)" };
}

void TestCliTlv::text()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);
    const CliRun run = runCli(QStringList { "tlv" } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.outLines(), lines);
    QCOMPARE(run.err, QString());
}

void TestCliTlv::json()
{
    const CliRun run = runCli({ "tlv", "--json", "6F07 8405A000000003" });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> objects = run.jsonLines();
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects[0]["input"].toString(), "6F078405A000000003");
    QCOMPARE(objects[0]["errors"].toArray().size(), 0);
    const QJsonObject fci = objects[0]["objects"].toArray().at(0).toObject();
    QCOMPARE(fci["tag"].toString(), "6F");
    QCOMPARE(fci["offset"].toInt(), 0);
    QCOMPARE(fci["length"].toInt(), 7);
    QCOMPARE(fci["header_length"].toInt(), 2);
    QVERIFY(!fci.contains("value"));
    const QJsonObject dfName = fci["children"].toArray().at(0).toObject();
    QCOMPARE(dfName["tag"].toString(), "84");
    QCOMPARE(dfName["name"].toString(), "DF name");
    QCOMPARE(dfName["offset"].toInt(), 2);
    QCOMPARE(dfName["value"].toString(), "A000000003");
    QVERIFY(!dfName.contains("children"));
    QVERIFY(!dfName.contains("truncated"));
}

void TestCliTlv::jsonProblems()
{
    const CliRun run = runCli({ "tlv", "--json", "8800 9F", "6F05 8403A000" });
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> objects = run.jsonLines();
    QCOMPARE(objects.size(), 2);
    const QJsonArray firstErrors = objects[0]["errors"].toArray();
    QCOMPARE(firstErrors.size(), 1);
    QCOMPARE(firstErrors[0]["kind"].toString(), "truncated-tag");
    QCOMPARE(firstErrors[0]["offset"].toInt(), 2);
    QCOMPARE(objects[0]["objects"].toArray().size(), 1);
    const QJsonArray secondErrors = objects[1]["errors"].toArray();
    QCOMPARE(secondErrors.size(), 2);
    QCOMPARE(secondErrors[0]["kind"].toString(), "overrun");
    QCOMPARE(secondErrors[0]["offset"].toInt(), 0);
    QCOMPARE(secondErrors[1]["offset"].toInt(), 2);
    const QJsonObject fci = objects[1]["objects"].toArray().at(0).toObject();
    QVERIFY(fci["truncated"].toBool());
    QCOMPARE(fci["children"].toArray().at(0).toObject()["value"].toString(), "A000");
}

void TestCliTlv::badHex_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("offset");

    QTest::newRow("letter") << QStringList { "6F0G" }
                            << "value 1 (\"6F0G\"), character 3: 'G' is not a hex digit" << 3;
    QTest::newRow("odd digits in the second value, nothing decoded")
        << QStringList { "8800", "88 0" }
        << "value 2 (\"88 0\"), character 3: odd number of hex digits in '0'" << 3;
}

void TestCliTlv::badHex()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, offset);
    const CliRun text = runCli(QStringList { "tlv" } + arguments);
    QCOMPARE(text.exitCode, 2);
    QCOMPARE(text.out, QString());
    QVERIFY2(text.err.startsWith("cardscope-cli: " + message), qPrintable(text.err));

    const CliRun json = runCli(QStringList { "tlv", "--json" } + arguments);
    QCOMPARE(json.exitCode, 2);
    const QList<QJsonObject> objects = json.jsonLines();
    QCOMPARE(objects.size(), 1);
    const QJsonObject error = objects[0]["error"].toObject();
    QCOMPARE(error["kind"].toString(), "hex");
    QCOMPARE(error["offset"].toInt(), offset);
    QVERIFY(error["message"].toString().startsWith(message));
}

void TestCliTlv::standardInput()
{
    const CliRun run = runCli({ "tlv", "--json" }, "8800\n\n  9F3801AA  \n");
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> objects = run.jsonLines();
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects[1]["objects"].toArray().at(0).toObject()["tag"].toString(), "9F38");

    const CliRun nothing = runCli({ "tlv" }, "");
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY2(nothing.err.contains("no value given"), qPrintable(nothing.err));
}

QTEST_GUILESS_MAIN(TestCliTlv)
#include "tst_clitlv.moc"
