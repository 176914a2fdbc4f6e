#include "clirunner.h"
#include "pcscrig.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using cardscope::testing::PcscRig;

namespace {

// The emulated card (docs/emulated-card.md): DF 5000 holds EF 5001; SELECT with P1 02 finds
// an EF only under the current DF, and a reset makes the MF current again.
const QByteArray passingScript = "# a passing script\n"
                                 "00 A4 00 0C 02 3F 00\n"
                                 "< 90 00\n"
                                 "00 84 00 00 08   # GET CHALLENGE: any 8 bytes\n"
                                 "< ?? ?? ?? ?? ?? ?? ?? ?? 90 00\n"
                                 "00 A4 04 00 \\\n"
                                 "   0F A0 00 00 03 97 43 41 52 44 53 43 4F 50 45 01\n"
                                 "< 62 * 9X XX\n";

const QByteArray failingScript = "00 84 00 00 08\n"
                                 "00 A4 00 0C 02 7F 00\n"
                                 "< 90 00\n"
                                 "00 84 00 00 08\n";

const QByteArray resetScript = "00 A4 00 0C 02 50 00\n"
                               "< 90 00\n"
                               "00 A4 02 0C 02 50 01\n"
                               "< 90 00\n"
                               "reset\n"
                               "00 A4 02 0C 02 50 01\n"
                               "< 6A 82\n";

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passingScriptReadable();
    void passingScriptJson();
    void failureStopsTheRun();
    void failureJson();
    void resetReconnectsWithReset();
    void scriptFromStandardInput();
    void strictWantsSuccess();
    void getResponseJoinsTheAnswer();
    void parseErrorSendsNothing_data();
    void parseErrorSendsNothing();
    void parseErrorJson();
    void badArgumentsSendNothing_data();
    void badArgumentsSendNothing();
    void noServiceLast();

private:
    QString writeScript(const QByteArray &text);
    int apduCount() { return m_rig.card(0)->statusField(QStringLiteral("apdus")); }

    PcscRig m_rig;
    QTemporaryDir m_dir;
    QString m_reader;
    QString m_t0Reader;
    int m_files = 0;
};

void TestCliRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY2(m_rig.insertT1AndT0Cards(), qPrintable(m_rig.errorString()));
    m_reader = m_rig.readerName(0);
    m_t0Reader = m_rig.readerName(1);
}

QString TestCliRun::writeScript(const QByteArray &text)
{
    const QString path = m_dir.filePath(QStringLiteral("script%1.apdu").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliRun::passingScriptReadable()
{
    const int before = apduCount();
    const CliRun run = runCli({ "run", "--reader", m_reader, writeScript(passingScript) });
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0), QStringLiteral("> 00 A4 00 0C 02 3F 00"));
    QVERIFY2(QRegularExpression(R"(^< 90 00 : success  \(\d+ us\)  PASS$)").match(lines.at(1)).hasMatch(),
        qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), QStringLiteral("> 00 84 00 00 08"));
    QVERIFY2(QRegularExpression(R"(^< ([0-9A-F]{2} ){8}90 00 : success  \(\d+ us\)  PASS$)")
                 .match(lines.at(3))
                 .hasMatch(),
        qPrintable(lines.at(3)));
    QCOMPARE(lines.at(4), QStringLiteral("> 00 A4 04 00 0F A0 00 00 03 97 43 41 52 44 53 43 4F 50 45 01"));
    QVERIFY2(lines.at(5).startsWith("< 62 ") && lines.at(5).endsWith("PASS"), qPrintable(lines.at(5)));
    QCOMPARE(lines.at(6), QStringLiteral("PASS: 3 step(s), 3 expectation(s) met"));
    QCOMPARE(apduCount(), before + 3);
}

void TestCliRun::passingScriptJson()
{
    const CliRun run = runCli({ "run", "--json", "--reader", m_reader, writeScript(passingScript) });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> objects = run.jsonLines();
    QCOMPARE(objects.size(), 4);
    const QJsonObject &challenge = objects.at(1);
    QCOMPARE(challenge.value("reader").toString(), m_reader);
    QCOMPARE(challenge.value("step").toInt(), 2);
    QCOMPARE(challenge.value("line").toInt(), 4);
    QCOMPARE(challenge.value("kind").toString(), QStringLiteral("command"));
    QCOMPARE(challenge.value("command").toString(), QStringLiteral("0084000008"));
    QCOMPARE(challenge.value("response").toString().size(), 16);
    QCOMPARE(challenge.value("sw").toString(), QStringLiteral("9000"));
    QCOMPARE(challenge.value("sw_text").toString(), QStringLiteral("success"));
    QCOMPARE(challenge.value("expected").toString(), QStringLiteral("?? ?? ?? ?? ?? ?? ?? ?? 90 00"));
    QCOMPARE(challenge.value("expectation_line").toInt(), 5);
    QCOMPARE(challenge.value("outcome").toString(), QStringLiteral("pass"));
    QVERIFY(challenge.value("duration_us").toInteger(-1) >= 0);
    QCOMPARE(objects.at(2).value("line").toInt(), 6);
    const QJsonObject summary = objects.at(3).value("summary").toObject();
    QCOMPARE(summary.value("result").toString(), QStringLiteral("pass"));
    QCOMPARE(summary.value("steps").toInt(), 3);
    QCOMPARE(summary.value("run").toInt(), 3);
    QCOMPARE(summary.value("expectations_met").toInt(), 3);
    QVERIFY(summary.value("failed_line").isNull());
}

void TestCliRun::failureStopsTheRun()
{
    const int before = apduCount();
    const CliRun run = runCli({ "run", "--reader", m_reader, writeScript(failingScript) });
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 6);
    QVERIFY2(QRegularExpression(R"(^< ([0-9A-F]{2} ){8}90 00 : success  \(\d+ us\)$)")
                 .match(lines.at(1))
                 .hasMatch(),
        qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), QStringLiteral("> 00 A4 00 0C 02 7F 00"));
    QVERIFY2(QRegularExpression(R"(^< 6A 82 : file or application not found  \(\d+ us\)  FAIL$)")
                 .match(lines.at(3))
                 .hasMatch(),
        qPrintable(lines.at(3)));
    QCOMPARE(lines.at(4), QStringLiteral("FAIL line 3: expected 90 00, got 6A 82"));
    QCOMPARE(lines.at(5), QStringLiteral("FAIL: stopped at the step of line 2 (2 of 3 step(s) run)"));
    // The step after the failure was not sent.
    QCOMPARE(apduCount(), before + 2);
}

void TestCliRun::failureJson()
{
    const CliRun run = runCli({ "run", "--json", "--reader", m_reader, writeScript(failingScript) });
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> objects = run.jsonLines();
    QCOMPARE(objects.size(), 3);
    QCOMPARE(objects.at(0).value("outcome").toString(), QStringLiteral("pass"));
    QVERIFY(objects.at(0).value("expected").isNull());
    const QJsonObject &failed = objects.at(1);
    QCOMPARE(failed.value("outcome").toString(), QStringLiteral("fail"));
    QCOMPARE(failed.value("sw").toString(), QStringLiteral("6A82"));
    QCOMPARE(failed.value("mismatch").toString(), QStringLiteral("expected 90 00, got 6A 82"));
    const QJsonObject summary = objects.at(2).value("summary").toObject();
    QCOMPARE(summary.value("result").toString(), QStringLiteral("fail"));
    QCOMPARE(summary.value("failed_line").toInt(), 2);
    QCOMPARE(summary.value("run").toInt(), 2);
}

void TestCliRun::resetReconnectsWithReset()
{
    // Without the reset, the last SELECT would find EF 5001 under the current DF 5000.
    const CliRun run = runCli({ "run", "--reader", m_reader, writeScript(resetScript) });
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.at(4), QStringLiteral("> RESET"));
    QVERIFY2(QRegularExpression(
                 R"(^< OK: 3B 9E 95 81 31 FE 45 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 E5  \(\d+ us\)$)")
                 .match(lines.at(5))
                 .hasMatch(),
        qPrintable(lines.at(5)));
    QVERIFY2(lines.at(7).startsWith("< 6A 82 : ") && lines.at(7).endsWith("PASS"), qPrintable(lines.at(7)));

    const CliRun json = runCli({ "run", "--json", "--reader", m_reader, writeScript(resetScript) });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject reset = json.jsonLines().value(2);
    QCOMPARE(reset.value("kind").toString(), QStringLiteral("reset"));
    QCOMPARE(reset.value("line").toInt(), 5);
    QCOMPARE(reset.value("atr").toString(), QStringLiteral("3B9E958131FE458031E052435373F2214083059000E5"));
}

void TestCliRun::scriptFromStandardInput()
{
    const int before = apduCount();
    const CliRun run = runCli({ "run", "--json", "--reader", m_reader, "-" }, passingScript);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.jsonLines().size(), 4);
    QCOMPARE(apduCount(), before + 3);

    const CliRun failing = runCli({ "run", "--reader", m_reader, "-" }, failingScript);
    QCOMPARE(failing.exitCode, 1);
}

void TestCliRun::strictWantsSuccess()
{
    const QString path = writeScript("00 A4 00 0C 02 7F 00\n00 A4 00 0C 02 7F 00\n< 6A 82\n");
    QCOMPARE(runCli({ "run", "--reader", m_reader, path }).exitCode, 0);
    const CliRun strict = runCli({ "run", "--strict", "--reader", m_reader, path });
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.outLines().contains("FAIL line 1: expected 90 00, got 6A 82"), qPrintable(strict.out));
}

// The expectation applies to the answer the connection returns: on a T=0 card, the 61xx
// itself, or with --get-response the joined data and the last SW.
void TestCliRun::getResponseJoinsTheAnswer()
{
    const QString path = writeScript("00 A4 00 00 02 3F 00 00\n< 62 * 90 00\n");
    const CliRun plain = runCli({ "run", "--json", "--reader", m_t0Reader, path });
    QCOMPARE(plain.exitCode, 1);
    QVERIFY2(plain.jsonLines().value(0).value("sw").toString().startsWith("61"), qPrintable(plain.out));

    const CliRun joined = runCli({ "run", "--json", "--get-response", "--reader", m_t0Reader, path });
    QCOMPARE(joined.exitCode, 0);
    const QJsonObject step = joined.jsonLines().value(0);
    QCOMPARE(step.value("sw").toString(), QStringLiteral("9000"));
    QVERIFY2(step.value("response").toString().startsWith("62"), qPrintable(joined.out));
}

void TestCliRun::parseErrorSendsNothing_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QStringList>("messages"); // after "cardscope-cli: FILE:"

    QTest::newRow("non-hex character")
        << QByteArray("00 84 00 00 08\n00 A4 0G 00\n")
        << QStringList { "2:8: 'G' is not a hex digit", "1 problem(s) in the script; nothing was sent" };
    QTest::newRow("impossible length") << QByteArray("00 84 00 00 08\n00 A4 00 0C 05 3F 00\n")
                                       << QStringList { "2:13: Lc is 5: 5 data byte(s) announced, 2 present",
                                              "1 problem(s) in the script; nothing was sent" };
    QTest::newRow("bad expectation and an odd digit")
        << QByteArray("00 84 00 00 08\n< 9G 00\n00 A4 0\n")
        << QStringList { "2:4: 'G' is neither a hex digit nor a wildcard (X or ?)",
               "3:7: odd number of hex digits in '0'", "2 problem(s) in the script; nothing was sent" };
    QTest::newRow("missing continuation") << QByteArray("00 84 00 00 08\n00 84 \\\n")
                                          << QStringList { "2:7: the script ends after a '\\': the continued "
                                                           "line is missing",
                                                 "1 problem(s) in the script; nothing was sent" };
}

void TestCliRun::parseErrorSendsNothing()
{
    QFETCH(QByteArray, script);
    QFETCH(QStringList, messages);
    const int before = apduCount();
    const QString path = writeScript(script);
    const CliRun run = runCli({ "run", "--reader", m_reader, path });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QStringList expected;
    for (const QString &message : messages)
        expected << "cardscope-cli: " + (message.contains("problem(s)") ? message : path + ':' + message);
    QCOMPARE(run.err.split('\n', Qt::SkipEmptyParts), expected);
    QCOMPARE(apduCount(), before);
}

void TestCliRun::parseErrorJson()
{
    const int before = apduCount();
    const CliRun run = runCli({ "run", "--json", "--reader", m_reader, "-" }, "00 84 00 00 08\n< 9G 00\n");
    QCOMPARE(run.exitCode, 2);
    const QList<QJsonObject> objects = run.jsonLines();
    QCOMPARE(objects.size(), 2);
    const QJsonObject error = objects.at(0).value("error").toObject();
    QCOMPARE(error.value("kind").toString(), QStringLiteral("script"));
    QCOMPARE(error.value("line").toInt(), 2);
    QCOMPARE(error.value("column").toInt(), 4);
    QCOMPARE(error.value("message").toString(),
        QStringLiteral("<stdin>:2:4: 'G' is neither a hex digit nor a wildcard (X or ?)"));
    QCOMPARE(objects.at(1).value("error").toObject().value("problems").toInt(), 1);
    QCOMPARE(apduCount(), before);
}

void TestCliRun::badArgumentsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no file") << QStringList {} << "no script given; see cardscope-cli run --help";
    QTest::newRow("two files") << QStringList { "a", "b" } << "give one script, not 2; nothing was sent";
    QTest::newRow("missing file") << QStringList { "/nonexistent/script.apdu" }
                                  << "cannot read \"/nonexistent/script.apdu\": No such file or directory; "
                                     "nothing was sent";
    QTest::newRow("bad protocol") << QStringList { "--protocol", "t2", "-" }
                                  << "--protocol \"t2\": use t0, t1, any or raw; nothing was sent";
    QTest::newRow("unknown reader") << QStringList { "--reader", "No Such Reader", "-" } << QString();
}

void TestCliRun::badArgumentsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const int before = apduCount();
    const CliRun run = runCli(QStringList { "run" } + arguments, "00 84 00 00 08\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    if (message.isEmpty())
        QVERIFY2(
            run.err.startsWith("cardscope-cli: no reader matches \"No Such Reader\""), qPrintable(run.err));
    else
        QCOMPARE(run.err.trimmed(), "cardscope-cli: " + message);
    QCOMPARE(apduCount(), before);
}

// Last: stops the rig's pcscd.
void TestCliRun::noServiceLast()
{
    QVERIFY(m_rig.stopDaemon());
    const CliRun run = runCli({ "run", "-" }, "00 84 00 00 08\n");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("SCARD_E_NO_SERVICE"), qPrintable(run.err));
    // A bad script is still bad input, reported before the service is asked.
    QCOMPARE(runCli({ "run", "-" }, "00 84 00\n").exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"
