// cardscope-cli atr as a user runs it: no PC/SC service involved. Identification uses the
// test list of tests/core/atr/data (--list), never the system's smartcard_list.txt.
#include "clirunner.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString TestList = QStringLiteral(CARDSCOPE_ATR_TEST_DATA "/smartcard_list_test.txt");

} // namespace

class TestCliAtr : public QObject
{
    Q_OBJECT

private slots:
    void jsonFields();
    void exitStatus_data();
    void exitStatus();
    void standardInput();
    void badHex_data();
    void badHex();
    void listNotInstalled();
    void readableOutput();
};

void TestCliAtr::jsonFields()
{
    const CliRun run = runCli({ "atr", "--json", "--list", TestList, "3B 93 96 80 1F C3 80 31 C0 28" });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject atr = lines.front();
    QCOMPARE(atr.value("atr").toString(), QStringLiteral("3B9396801FC38031C028"));
    QCOMPARE(atr.value("ts").toString(), QStringLiteral("direct"));
    QCOMPARE(atr.value("t0").toString(), QStringLiteral("93"));
    const QJsonArray interface = atr.value("interface").toArray();
    QCOMPARE(interface.size(), 3);
    QCOMPARE(interface.at(0).toObject(),
        (QJsonObject { { "i", 1 }, { "TA", "96" }, { "TB", QJsonValue::Null }, { "TC", QJsonValue::Null },
            { "TD", "80" } }));
    QCOMPARE(interface.at(2).toObject().value("TA").toString(), QStringLiteral("C3"));
    QCOMPARE(atr.value("protocols").toArray(), (QJsonArray { 0, 15 }));
    QCOMPARE(atr.value("historical").toString(), QStringLiteral("8031C0"));
    QCOMPARE(atr.value("tck").toString(), QStringLiteral("28"));
    QCOMPARE(atr.value("tck_valid").toBool(), true);
    QCOMPARE(atr.value("identified").toArray(), QJsonArray());
    QCOMPARE(atr.value("errors").toArray(), QJsonArray());
    QCOMPARE(atr.value("bytes").toArray().size(), 10);
    QCOMPARE(atr.value("bytes").toArray().at(2).toObject().value("name").toString(), QStringLiteral("TA1"));
}

void TestCliAtr::exitStatus_data()
{
    QTest::addColumn<QStringList>("atrs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("errors"); // of the last ATR
    QTest::addColumn<QJsonValue>("tckValid"); // of the last ATR

    QTest::newRow("clean T=0, no TCK") << QStringList { "3B021450" } << 0 << QStringList {} << QJsonValue();
    QTest::newRow("wrong TCK") << QStringList { "3B 81 01 41 00" } << 1
                               << QStringList { "byte 4: TCK 00 is wrong: expected C1" } << QJsonValue(false);
    QTest::newRow("missing TCK after a clean one")
        << QStringList { "3B 02 14 50", "3B 81 01 41" } << 1
        << QStringList { "byte 4: TCK is missing; it is required because a protocol other than T=0 is "
                         "indicated" }
        << QJsonValue();
    QTest::newRow("inverse convention, bad TS elsewhere")
        << QStringList { "3C 00", "3F 23 00 41 42 43" } << 1 << QStringList {} << QJsonValue();
}

void TestCliAtr::exitStatus()
{
    QFETCH(QStringList, atrs);
    QFETCH(int, exitCode);
    QFETCH(QStringList, errors);
    QFETCH(QJsonValue, tckValid);
    const CliRun run = runCli(QStringList { "atr", "--json", "--list", TestList } + atrs);
    QCOMPARE(run.exitCode, exitCode);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), atrs.size()); // every ATR printed, problems or not
    QStringList lastErrors;
    for (const QJsonValue &error : lines.back().value("errors").toArray())
        lastErrors << error.toString();
    QCOMPARE(lastErrors, errors);
    QCOMPARE(
        lines.back().value("tck_valid"), tckValid.isUndefined() ? QJsonValue(QJsonValue::Null) : tckValid);
}

void TestCliAtr::standardInput()
{
    const CliRun run = runCli({ "atr", "--json", "--list", TestList }, "3B 02 14 50\n\n3F 23 00 41 42 43\n");
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value("identified").toArray().size(), 3); // literal entry and class entry
    QCOMPARE(lines.at(1).value("ts").toString(), QStringLiteral("inverse"));
    QCOMPARE(lines.at(1).value("identified").toArray().first().toString(),
        QStringLiteral("CardScope inverse convention card"));
}

void TestCliAtr::badHex_data()
{
    QTest::addColumn<QStringList>("atrs");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("printed"); // ATR objects still printed

    QTest::newRow("not a hex digit") << QStringList { "3B 0G" } << 4 << 0;
    QTest::newRow("odd digits") << QStringList { "3B0" } << 0 << 0;
    QTest::newRow("bad one among good ones") << QStringList { "3B 02 14 50", "3B:zz" } << 3 << 1;
}

void TestCliAtr::badHex()
{
    QFETCH(QStringList, atrs);
    QFETCH(int, offset);
    QFETCH(int, printed);
    const CliRun run = runCli(QStringList { "atr", "--json", "--no-identify" } + atrs);
    QCOMPARE(run.exitCode, 2);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), printed + 1);
    const QJsonObject error = lines.back().value("error").toObject();
    QCOMPARE(error.value("offset").toInt(), offset);
    QCOMPARE(error.value("kind").toString(), QStringLiteral("hex"));
    QCOMPARE(error.value("atr_index").toInt(), atrs.size() - 1);
    QVERIFY(run.err.contains(QStringLiteral("character %1").arg(offset)));
}

void TestCliAtr::listNotInstalled()
{
    const CliRun run = runCli({ "atr", "--json", "--list", "/nonexistent/smartcard_list.txt", "3B021450" });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains(QStringLiteral("cards are not identified")));
    QCOMPARE(run.jsonLines().front().value("identified"), QJsonValue(QJsonValue::Null));
}

void TestCliAtr::readableOutput()
{
    const CliRun run = runCli({ "atr", "--list", TestList, "3B 02 14 50" });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.first(), QStringLiteral("ATR: 3B 02 14 50 (4 bytes)"));
    QVERIFY(lines.contains(QStringLiteral("Protocols: T=0 (no TCK)")));
    QVERIFY(lines.contains(QStringLiteral("Problems: none")));
    QVERIFY(lines.contains(QStringLiteral("  CardScope test card A (literal ATR)")));

    const CliRun none = runCli({ "atr" });
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QStringLiteral("no ATR given")));
}

QTEST_GUILESS_MAIN(TestCliAtr)
#include "tst_cliatr.moc"
