// cardscope-cli wait against the rig: a card found, a timeout (exit status 4), bad input
// (exit status 2, nothing waited for) and --new.
#include "cardscope_cli_path.h"
#include "clirunner.h"
#include "pcscrig.h"

#include <QProcess>
#include <QTest>

using cardscope::testing::CardOptions;
using cardscope::testing::PcscRig;

namespace {
const QString t1Atr = QStringLiteral("3B9E958131FE458031E052435373F2214083059000E5");
constexpr int ExitTimedOut = 4;
} // namespace

class TestCliWait : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardFound();
    void cardFoundJson();
    void atrWithMask();
    void timedOut();
    void timedOutJson();
    void badInput_data();
    void badInput();
    void newCardOnly();

private:
    PcscRig m_rig;
    QString m_presentReader;
    QString m_spareReader;
};

void TestCliWait::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY2(m_rig.insertCard(0), qPrintable(m_rig.errorString()));
    CardOptions outside;
    outside.inserted = false;
    QVERIFY2(m_rig.insertCard(1, outside), qPrintable(m_rig.errorString()));
    m_presentReader = m_rig.readerName(0);
    m_spareReader = m_rig.readerName(1);
    QVERIFY(PcscRig::waitForCardState(m_presentReader, true));
    QVERIFY(PcscRig::waitForCardState(m_spareReader, false));
}

void TestCliWait::cardFound()
{
    const CliRun run = runCli({ "wait", "--timeout", "5" });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.outLines(),
        QStringList({ "Reader: " + m_presentReader,
            QStringLiteral("ATR:    3B 9E 95 81 31 FE 45 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 E5") }));
}

void TestCliWait::cardFoundJson()
{
    const CliRun run = runCli({ "wait", "--json", "--reader", m_presentReader, "--timeout", "5" });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value("reader").toString(), m_presentReader);
    QCOMPARE(lines.at(0).value("atr").toString(), t1Atr);
}

void TestCliWait::atrWithMask()
{
    QString otherLast = t1Atr;
    otherLast.replace(otherLast.size() - 2, 2, "00");
    QString ignoreLast = QString(t1Atr.size() - 2, 'F') + "00";
    const CliRun run = runCli({ "wait", "--atr", otherLast, "--mask", ignoreLast, "--timeout", "5" });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(m_presentReader));
}

void TestCliWait::timedOut()
{
    const CliRun run = runCli({ "wait", "--atr", "3B 80 80 01 01", "--timeout", "0.5" });
    QCOMPARE(run.exitCode, ExitTimedOut);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(), QStringLiteral("cardscope-cli: no card matching the ATR within 0.5 s"));
}

void TestCliWait::timedOutJson()
{
    const CliRun run = runCli({ "wait", "--json", "--reader", m_spareReader, "--timeout", "0.3" });
    QCOMPARE(run.exitCode, ExitTimedOut);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject error = lines.at(0).value("error").toObject();
    QCOMPARE(error.value("kind").toString(), QStringLiteral("timeout"));
    QCOMPARE(error.value("timeout_s").toDouble(), 0.3);
}

void TestCliWait::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("mask length") << QStringList { "--atr", "3B0214", "--mask",
        "FFFF" } << QStringLiteral("Invalid ATR mask length: FF FF (2 bytes for an ATR of 3)");
    QTest::newRow("bad ATR hex") << QStringList { "--atr", "3B0G" }
                                 << QStringLiteral("--atr \"3B0G\", character 3");
    QTest::newRow("bad mask hex") << QStringList { "--atr", "3B02", "--mask", "F" }
                                  << QStringLiteral("--mask \"F\", character 0");
    QTest::newRow("mask without ATR")
        << QStringList { "--mask", "FF" } << QStringLiteral("--mask needs --atr");
    QTest::newRow("negative timeout")
        << QStringList { "--timeout", "-1" } << QStringLiteral("--timeout \"-1\" is not a number of seconds");
    QTest::newRow("unknown reader") << QStringList { "--reader", "No Such Reader" }
                                    << QStringLiteral("No Such Reader");
    QTest::newRow("argument") << QStringList { "3B02" } << QStringLiteral("wait takes no arguments");
}

void TestCliWait::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // Without --timeout a wait that started would never end: bad input must stop it first.
    const CliRun run = runCli(QStringList { "wait" } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("cardscope-cli: ") && run.err.contains(message), qPrintable(run.err));
}

void TestCliWait::newCardOnly()
{
    const CliRun ignored = runCli({ "wait", "--new", "--timeout", "0.6" });
    QCOMPARE(ignored.exitCode, ExitTimedOut);
    QVERIFY(ignored.err.contains("no new card"));

    QProcess process;
    process.start(QStringLiteral(CARDSCOPE_CLI_PATH), { "wait", "--new", "--json", "--timeout", "20" });
    QVERIFY(process.waitForStarted());
    // The card must come after the command has read the readers' states, which cannot be
    // seen from outside: a card pcscd noticed earlier counts as present at the start and is
    // ignored, so take it out and put it in again until the command reports it.
    for (int attempt = 0; attempt < 5 && process.state() != QProcess::NotRunning; ++attempt) {
        QVERIFY(m_rig.card(1)->insert());
        QVERIFY(PcscRig::waitForCardState(m_spareReader, true));
        if (process.waitForFinished(1500))
            break;
        QVERIFY(m_rig.card(1)->remove());
        QVERIFY(PcscRig::waitForCardState(m_spareReader, false));
    }
    QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains(m_spareReader.toUtf8()), out.constData());
    QVERIFY(m_rig.card(1)->remove());
    QVERIFY(PcscRig::waitForCardState(m_spareReader, false));
}

QTEST_GUILESS_MAIN(TestCliWait)
#include "tst_cliwait.moc"
