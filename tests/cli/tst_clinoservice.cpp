#include "clirunner.h"
#include "pcscrig.h"

#include <QTest>

using cardscope::testing::PcscRig;

// With the rig's pcscd stopped, the client's socket points at a folder where nothing
// listens: exactly the situation of a machine whose pcscd is not running.
class TestCliNoService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verbs_data();
    void verbs();
    void badInputIsReportedBeforeTheService();

private:
    PcscRig m_rig;
};

void TestCliNoService::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY(m_rig.stopDaemon());
}

void TestCliNoService::verbs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("list") << QStringList { "list" };
    QTest::newRow("send") << QStringList { "send", "00 84 00 00 08" };
}

void TestCliNoService::verbs()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(),
        QStringLiteral(
            "cardscope-cli: cannot reach the PC/SC service: SCARD_E_NO_SERVICE (0x8010001D): The smart "
            "card service (pcscd) is not running. Start it (pcscd) or check PCSCLITE_CSOCK_NAME."));

    const CliRun json = runCli(arguments + QStringList { "--json" });
    QCOMPARE(json.exitCode, 3);
    const QJsonObject error = json.jsonLines().value(0).value("error").toObject();
    QCOMPARE(error.value("pcsc_error").toString(), QStringLiteral("SCARD_E_NO_SERVICE"));
    QCOMPARE(error.value("pcsc_code").toInteger(), 0x8010001D);
}

void TestCliNoService::badInputIsReportedBeforeTheService()
{
    const CliRun run = runCli({ "send", "00 84 00" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("nothing was sent"));
}

QTEST_GUILESS_MAIN(TestCliNoService)
#include "tst_clinoservice.moc"
