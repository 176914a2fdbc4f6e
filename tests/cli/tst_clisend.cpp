#include "clirunner.h"
#include "pcscrig.h"

#include <QRegularExpression>
#include <QTest>

using cardscope::testing::CardOptions;
using cardscope::testing::PcscRig;

namespace {
const QString getChallenge = QStringLiteral("00 84 00 00 08");
const QString selectMf = QStringLiteral("00A4000C023F00");
} // namespace

class TestCliSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readableExchange();
    void jsonExchangesInOrder();
    void malformedApduSendsNothing_data();
    void malformedApduSendsNothing();
    void uncheckedSendsAMalformedApdu();
    void unknownReaderSendsNothing();
    void ambiguousDefaultReaderSendsNothing();
    void defaultReaderIsTheOnlyOneWithACard();
    void t0CardAnswers61xxWithoutHelpers();
    void shortResponseIsAnError_data();
    void shortResponseIsAnError();

private:
    int apduCount(int slot) { return m_rig.card(slot)->statusField(QStringLiteral("apdus")); }

    PcscRig m_rig { cardscope::testing::RigOptions { 2 } };
    QString m_t1Reader;
    QString m_t0Reader;
};

void TestCliSend::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY2(m_rig.insertCard(0, {}), qPrintable(m_rig.errorString()));
    CardOptions t0;
    t0.profile = QStringLiteral("t0");
    QVERIFY2(m_rig.insertCard(1, t0), qPrintable(m_rig.errorString()));
    m_t1Reader = m_rig.readerName(0);
    m_t0Reader = m_rig.readerName(1);
    QVERIFY(PcscRig::waitForCardState(m_t1Reader, true));
    QVERIFY(PcscRig::waitForCardState(m_t0Reader, true));
}

void TestCliSend::readableExchange()
{
    const int before = apduCount(0);
    const CliRun run = runCli({ "send", "--reader", m_t1Reader, getChallenge });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("> 00 84 00 00 08"));
    QVERIFY2(QRegularExpression(R"(^< ([0-9A-F]{2} ){7}[0-9A-F]{2}  90 00  \(\d+ us\)$)")
                 .match(lines.at(1))
                 .hasMatch(),
        qPrintable(lines.at(1)));
    QCOMPARE(apduCount(0), before + 1);
}

void TestCliSend::jsonExchangesInOrder()
{
    const CliRun run
        = runCli({ "send", "--reader", m_t1Reader, "--json", selectMf, getChallenge, "80EE0000031A2B3C" });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> exchanges = run.jsonLines();
    QCOMPARE(exchanges.size(), 3);
    QCOMPARE(exchanges.at(0).value("command").toString(), QStringLiteral("00A4000C023F00"));
    QCOMPARE(exchanges.at(0).value("response").toString(), QString());
    QCOMPARE(exchanges.at(0).value("sw").toString(), QStringLiteral("9000"));
    QCOMPARE(exchanges.at(1).value("command").toString(), QStringLiteral("0084000008"));
    QCOMPARE(exchanges.at(1).value("response").toString().size(), 16);
    QCOMPARE(exchanges.at(2).value("response").toString(), QStringLiteral("1A2B3C"));
    for (const QJsonObject &exchange : exchanges) {
        QCOMPARE(exchange.value("reader").toString(), m_t1Reader);
        QVERIFY(exchange.value("duration_us").toInteger(-1) >= 0);
    }
}

void TestCliSend::malformedApduSendsNothing_data()
{
    QTest::addColumn<QStringList>("apdus");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("offset");

    QTest::newRow("non-hex") << QStringList { "00 A4 0G 00" }
                             << "APDU 1 (\"00 A4 0G 00\"), character 7: 'G' is not a hex digit" << 7;
    QTest::newRow("odd digits") << QStringList { "00A4000" }
                                << "APDU 1 (\"00A4000\"), character 0: odd number of hex digits in '00A4000'"
                                << 0;
    QTest::newRow("too short") << QStringList { "00 A4 00" }
                               << "APDU 1 (\"00 A4 00\"), byte 3: 3 byte(s): a command APDU needs at least "
                                  "the 4 header bytes CLA INS P1 P2"
                               << 3;
    QTest::newRow("Lc beyond data")
        << QStringList { "00 A4 00 0C 05 3F 00" }
        << "APDU 1 (\"00 A4 00 0C 05 3F 00\"), byte 4: Lc is 5: 5 data byte(s) announced, 2 present" << 4;
    QTest::newRow("second of two is bad, first not sent either")
        << QStringList { getChallenge, "00 84 00 00 08 00" }
        << "APDU 2 (\"00 84 00 00 08 00\"), byte 4: Lc is 8: 8 data byte(s) announced, 1 present" << 4;
    QTest::newRow("empty") << QStringList { " " } << "APDU 1 (\" \"), character 0: empty APDU" << 0;
}

void TestCliSend::malformedApduSendsNothing()
{
    QFETCH(QStringList, apdus);
    QFETCH(QString, message);
    QFETCH(int, offset);
    const int before = apduCount(0);

    const CliRun run = runCli(QStringList { "send", "--reader", m_t1Reader } + apdus);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(), QStringLiteral("cardscope-cli: %1; nothing was sent").arg(message));

    const CliRun json = runCli(QStringList { "send", "--json", "--reader", m_t1Reader } + apdus);
    QCOMPARE(json.exitCode, 2);
    const QList<QJsonObject> lines = json.jsonLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).value("error").toObject().value("offset").toInt(), offset);

    QCOMPARE(apduCount(0), before);
}

void TestCliSend::uncheckedSendsAMalformedApdu()
{
    const int before = apduCount(0);
    const CliRun run
        = runCli({ "send", "--json", "--unchecked", "--reader", m_t1Reader, "00 A4 00 0C 05 3F 00" });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.jsonLines().value(0).value("sw").toString(), QStringLiteral("6700"));
    QCOMPARE(apduCount(0), before + 1);
}

void TestCliSend::unknownReaderSendsNothing()
{
    const int before = apduCount(0);
    const CliRun run = runCli({ "send", "--reader", "No Such Reader", getChallenge });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(
        run.err.startsWith("cardscope-cli: no reader matches \"No Such Reader\" (readers: \"" + m_t1Reader),
        qPrintable(run.err));
    QVERIFY(run.err.trimmed().endsWith("nothing was sent"));
    QCOMPARE(apduCount(0), before);
}

void TestCliSend::ambiguousDefaultReaderSendsNothing()
{
    const int before = apduCount(0);
    const CliRun run = runCli({ "send", getChallenge });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.trimmed(),
        QStringLiteral("cardscope-cli: 2 readers hold a card: choose one with --reader; nothing was sent"));
    QCOMPARE(apduCount(0), before);
}

void TestCliSend::defaultReaderIsTheOnlyOneWithACard()
{
    QVERIFY(m_rig.card(1)->remove());
    QVERIFY(PcscRig::waitForCardState(m_t0Reader, false));
    const CliRun run = runCli({ "send", "--json", getChallenge });
    QVERIFY(m_rig.card(1)->insert());
    QVERIFY(PcscRig::waitForCardState(m_t0Reader, true));

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.jsonLines().value(0).value("reader").toString(), m_t1Reader);
}

// send shows what the card said: a T=0 card's 61xx is a result, not something to hide.
void TestCliSend::t0CardAnswers61xxWithoutHelpers()
{
    const CliRun run = runCli({"send", "--json", "--reader", m_t0Reader, "00 A4 00 00 02 3F 00 00"});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> exchanges = run.jsonLines();
    QCOMPARE(exchanges.size(), 1);
    const QString sw = exchanges.at(0).value("sw").toString();
    QVERIFY2(sw.startsWith("61") && sw != "6100", qPrintable(sw));
    QCOMPARE(exchanges.at(0).value("response").toString(), QString());
}

void TestCliSend::shortResponseIsAnError_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("one byte") << "short"
                              << "the card answered 1 byte(s); a response needs at least SW1 SW2";
    QTest::newRow("card pulled mid-APDU") << "close"
                                          << "";
}

void TestCliSend::shortResponseIsAnError()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    CardOptions options;
    QVERIFY(m_rig.insertCard(2, options));
    const QString reader = m_rig.readerName(2);
    QVERIFY(PcscRig::waitForCardState(reader, true));
    QVERIFY(m_rig.card(2)->setFault(fault));

    const CliRun run = runCli({ "send", "--json", "--reader", reader, getChallenge });
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).contains("error"), "no exchange may be reported as a result");
    if (!message.isEmpty())
        QCOMPARE(lines.at(0).value("error").toObject().value("message").toString(), message);
    QVERIFY(m_rig.stopCard(2));
}

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_clisend.moc"
