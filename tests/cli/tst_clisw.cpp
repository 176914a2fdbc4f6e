#include "clirunner.h"

#include <QJsonArray>
#include <QTest>

class TestCliSw : public QObject
{
    Q_OBJECT

private slots:
    void readableExplanations();
    void jsonFields_data();
    void jsonFields();
    void jsonAlternatives();
    void statusWordsFromStandardInput();
    void badInputExplainsNothing_data();
    void badInputExplainsNothing();
    void badInputAsJson();
};

void TestCliSw::readableExplanations()
{
    const CliRun run = runCli({ "sw", "611A", "6C 10", "63:C2" });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.outLines(),
        (QStringList { "61 1A: 26 more bytes available (GET RESPONSE)  [normal; ISO/IEC 7816-4]",
            "6C 10: wrong Le, exact length 16  [checking error; ISO/IEC 7816-4]",
            "63 C2: verification failed, 2 tries left  [warning; ISO/IEC 7816-4]",
            "  or: counter value 2 (for commands other than VERIFY)  [warning; ISO/IEC 7816-4]" }));
}

void TestCliSw::jsonFields_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("sw");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("checkers"); // iso7816_4 iso7816_4_sw1 iso7816_8 iso7816_9 op21, "-" for null

    QTest::newRow("90 00 nobody objects") << "9000"
                                          << "9000"
                                          << "normal"
                                          << "- - - - -";
    QTest::newRow("6A 82 most object") << "6a 82"
                                       << "6A82"
                                       << "checking error"
                                       << "CheckingErrorException CheckingErrorException "
                                          "CheckingErrorException - CheckingErrorException";
    QTest::newRow("63 C2 PIN tries") << "63C2"
                                     << "63C2"
                                     << "warning"
                                     << "WarningProcessingException WarningProcessingException "
                                        "WarningProcessingException - -";
    QTest::newRow("66 00 security") << "6600"
                                    << "6600"
                                    << "security"
                                    << "- SecurityRelatedException SecurityRelatedException - -";
    QTest::newRow("64 00 execution") << "6400"
                                     << "6400"
                                     << "execution error"
                                     << "ExecutionErrorException ExecutionErrorException - "
                                        "ExecutionErrorException ExecutionErrorException";
    QTest::newRow("94 85 op21 only") << "9485"
                                     << "9485"
                                     << "checking error"
                                     << "- - - - CheckingErrorException";
    QTest::newRow("00 00 unknown") << "0000"
                                   << "0000"
                                   << "unknown"
                                   << "- - - - -";
}

void TestCliSw::jsonFields()
{
    QFETCH(QString, input);
    QFETCH(QString, sw);
    QFETCH(QString, category);
    QFETCH(QString, checkers);
    const CliRun run = runCli({ "sw", "--json", input });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject object = lines.first();
    QCOMPARE(object.value("sw").toString(), sw);
    QCOMPARE(object.value("category").toString(), category);
    QVERIFY(!object.value("text").toString().isEmpty());
    const QJsonObject verdicts = object.value("checkers").toObject();
    QCOMPARE(
        verdicts.keys(), (QStringList { "iso7816_4", "iso7816_4_sw1", "iso7816_8", "iso7816_9", "op21" }));
    QStringList names;
    for (const char *key : { "iso7816_4", "iso7816_4_sw1", "iso7816_8", "iso7816_9", "op21" }) {
        const QJsonValue value = verdicts.value(QLatin1String(key));
        QVERIFY(value.isNull() || value.isString());
        names << (value.isNull() ? QStringLiteral("-") : value.toString());
    }
    QCOMPARE(names.join(' '), checkers);
}

void TestCliSw::jsonAlternatives()
{
    const CliRun run = runCli({ "sw", "--json", "6283" });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = run.jsonLines().value(0);
    QCOMPARE(object.value("text").toString(), QStringLiteral("selected file deactivated"));
    QCOMPARE(object.value("context").toString(), QStringLiteral("ISO/IEC 7816-4"));
    const QJsonArray alternatives = object.value("alternatives").toArray();
    QCOMPARE(alternatives.size(), 1);
    QCOMPARE(alternatives.at(0).toObject().value("context").toString(), QStringLiteral("GlobalPlatform"));
    QCOMPARE(alternatives.at(0).toObject().value("category").toString(), QStringLiteral("warning"));
}

void TestCliSw::statusWordsFromStandardInput()
{
    const CliRun run = runCli({ "sw", "--json" }, "9000\n\n  6A 88 \n9F22\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 3); // the blank line is skipped
    QCOMPARE(lines.at(0).value("sw").toString(), QStringLiteral("9000"));
    QCOMPARE(lines.at(1).value("sw").toString(), QStringLiteral("6A88"));
    QCOMPARE(lines.at(2).value("text").toString(),
        QStringLiteral("success, 34 bytes of response available (GET RESPONSE)"));
}

void TestCliSw::badInputExplainsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("odd digits") << QStringList {
        "sw", "900"
    } << QByteArray() << "cardscope-cli: status word 1 (\"900\"): character 0: odd number of hex digits";
    QTest::newRow("not hex") << QStringList { "sw", "9000", "6Z82" } << QByteArray()
                             << "cardscope-cli: status word 2 (\"6Z82\"): character 1:";
    QTest::newRow("one byte") << QStringList { "sw", "90" } << QByteArray()
                              << "cardscope-cli: status word 1 (\"90\"): a status word is 2 bytes (SW1 SW2), "
                                 "this is 1";
    QTest::newRow("three bytes")
        << QStringList { "sw", "90 00 00" } << QByteArray()
        << "cardscope-cli: status word 1 (\"90 00 00\"): a status word is 2 bytes (SW1 "
           "SW2), this is 3";
    QTest::newRow("bad line on stdin") << QStringList { "sw" } << QByteArray("9000\nhello\n")
                                       << "cardscope-cli: status word 2 (\"hello\"): character 0:";
    QTest::newRow("nothing at all") << QStringList { "sw" } << QByteArray("\n\n")
                                    << "cardscope-cli: no status word given";
    QTest::newRow("unknown option") << QStringList { "sw", "--bogus", "9000" } << QByteArray()
                                    << "cardscope-cli: Unknown option 'bogus'.";
}

void TestCliSw::badInputExplainsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out)); // not even the good values before the bad one
}

void TestCliSw::badInputAsJson()
{
    const CliRun run = runCli({ "sw", "--json", "9000", "6A 8" });
    QCOMPARE(run.exitCode, 2);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject error = lines.first().value("error").toObject();
    QCOMPARE(error.value("value_index").toInt(), 1);
    QCOMPARE(error.value("value").toString(), QStringLiteral("6A 8"));
    QCOMPARE(error.value("offset").toInt(), 3); // where the odd group starts
    QVERIFY(error.value("message").toString().contains(QStringLiteral("odd number of hex digits")));
}

QTEST_GUILESS_MAIN(TestCliSw)
#include "tst_clisw.moc"
