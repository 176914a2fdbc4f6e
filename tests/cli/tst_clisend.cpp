#include "clirunner.h"
#include "connection/pcsccardconnection.h"
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
    void getResponseChainsA512ByteAnswer();
    void getResponseReadable();
    void leCorrectionResendsWithTheRightLe();
    void repeatGivesStatistics();
    void repeatJsonStatistics();
    void badOptionSendsNothing_data();
    void badOptionSendsNothing();
    void protocolChoice_data();
    void protocolChoice();
    void exclusiveHolderMeansSharingViolation();
    void exclusiveMode();
    void directModeCannotTransmit();

private:
    int apduCount(int slot) { return m_rig.card(slot)->statusField(QStringLiteral("apdus")); }

    PcscRig m_rig { cardscope::testing::RigOptions { 2 } };
    QString m_t1Reader;
    QString m_t0Reader;
};

void TestCliSend::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY2(m_rig.insertT1AndT0Cards(), qPrintable(m_rig.errorString()));
    m_t1Reader = m_rig.readerName(0);
    m_t0Reader = m_rig.readerName(1);
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
    const CliRun run = runCli({ "send", "--json", "--reader", m_t0Reader, "00 A4 00 00 02 3F 00 00" });
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
                              << "transmit to \"CardScope Rig B 00 00\" failed: Card returned no valid "
                                 "response: 1 byte(s), a response needs SW1 SW2";
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

// ECHO without data on the T=0 card: 512 bytes, the second 256 after 61 00 + GET RESPONSE.
void TestCliSend::getResponseChainsA512ByteAnswer()
{
    const CliRun run
        = runCli({ "send", "--json", "--get-response", "--reader", m_t0Reader, "80 EE 02 00 00" });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).value("exchange").toInt(), 1);
    QCOMPARE(lines.at(0).value("sw").toString(), QStringLiteral("6100"));
    QVERIFY(!lines.at(0).contains("origin"));
    QCOMPARE(lines.at(1).value("command").toString(), QStringLiteral("00C0000000"));
    QCOMPARE(lines.at(1).value("origin").toInt(), 1);
    QCOMPARE(lines.at(1).value("sw").toString(), QStringLiteral("9000"));
    const QJsonObject result = lines.at(2);
    QVERIFY(result.value("result").toBool());
    QCOMPARE(result.value("command").toString(), QStringLiteral("80EE020000"));
    QCOMPARE(result.value("exchanges").toInt(), 2);
    QCOMPARE(result.value("sw").toString(), QStringLiteral("9000"));
    QString expected;
    for (int i = 0; i < 512; ++i)
        expected += QStringLiteral("%1").arg(i % 256, 2, 16, QChar('0')).toUpper();
    QCOMPARE(result.value("response").toString(), expected);
    QCOMPARE(lines.at(0).value("response").toString() + lines.at(1).value("response").toString(), expected);
}

void TestCliSend::getResponseReadable()
{
    const CliRun run = runCli({ "send", "--get-response", "--reader", m_t0Reader, "00 A4 00 04 02 3F 00" });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("> 00 A4 00 04 02 3F 00"));
    QVERIFY2(QRegularExpression(R"(^< 61 [0-9A-F]{2}  \(\d+ us\)$)").match(lines.at(1)).hasMatch(),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith("> 00 C0 00 00 ") && lines.at(2).endsWith("  (added for exchange 1)"),
        qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith("< 62 "), qPrintable(lines.at(3)));
    QVERIFY2(QRegularExpression(R"(^= 62 .*  90 00  \(\d+ bytes from 2 exchanges\)$)")
                 .match(lines.at(4))
                 .hasMatch(),
        qPrintable(lines.at(4)));
}

void TestCliSend::leCorrectionResendsWithTheRightLe()
{
    // GET DATA 9F7F with Le 00 on the T=0 card: 6C 2D, then again with Le 2D.
    const CliRun raw = runCli({ "send", "--json", "--reader", m_t0Reader, "00 CA 9F 7F 00" });
    QCOMPARE(raw.jsonLines().value(0).value("sw").toString(), QStringLiteral("6C2D"));

    const CliRun run
        = runCli({ "send", "--json", "--le-correction", "--reader", m_t0Reader, "00 CA 9F 7F 00" });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1).value("command").toString(), QStringLiteral("00CA9F7F2D"));
    QCOMPARE(lines.at(1).value("origin").toInt(), 1);
    QCOMPARE(lines.at(2).value("sw").toString(), QStringLiteral("9000"));
    QCOMPARE(lines.at(2).value("response").toString().size(), 2 * 0x2D);
}

void TestCliSend::repeatGivesStatistics()
{
    const int before = apduCount(0);
    const CliRun run = runCli({ "send", "--repeat", "50", "--reader", m_t1Reader, getChallenge, selectMf });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QCOMPARE(lines.size(), 5); // the first round's two exchanges, then the statistics
    QCOMPARE(lines.at(0), QStringLiteral("> 00 84 00 00 08"));
    QCOMPARE(lines.at(2), QStringLiteral("> 00 A4 00 0C 02 3F 00"));
    QVERIFY2(QRegularExpression(R"(^100 exchanges in 50 rounds, [\d.]+ ms: \d+ APDU/s; min [\d.]+ us, )"
                                R"(median [\d.]+ us, p99 [\d.]+ us, max [\d.]+ us$)")
                 .match(lines.at(4))
                 .hasMatch(),
        qPrintable(lines.at(4)));
    QCOMPARE(apduCount(0), before + 100);
}

void TestCliSend::repeatJsonStatistics()
{
    const CliRun run = runCli({ "send", "--json", "--repeat", "20", "--reader", m_t1Reader, getChallenge });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 2);
    const QJsonObject statistics = lines.at(1).value("statistics").toObject();
    QCOMPARE(statistics.value("rounds").toInt(), 20);
    QCOMPARE(statistics.value("exchanges").toInt(), 20);
    const double minUs = statistics.value("min_us").toDouble(-1);
    const double medianUs = statistics.value("median_us").toDouble(-1);
    const double p99Us = statistics.value("p99_us").toDouble(-1);
    const double maxUs = statistics.value("max_us").toDouble(-1);
    QVERIFY(minUs > 0);
    QVERIFY(minUs <= medianUs && medianUs <= p99Us && p99Us <= maxUs);
    QVERIFY(statistics.value("apdu_per_s").toDouble() > 0);
    QVERIFY(statistics.value("elapsed_us").toInteger() > 0);
}

void TestCliSend::badOptionSendsNothing_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("mode") << QStringList { "--mode", "open" }
                          << "--mode \"open\": use shared, exclusive or direct; nothing was sent";
    QTest::newRow("protocol") << QStringList { "--protocol", "t2" }
                              << "--protocol \"t2\": use t0, t1, any or raw; nothing was sent";
    QTest::newRow("protocol none outside direct mode") << QStringList { "--protocol",
        "none" } << "--protocol \"none\": use t0, t1, any or raw; nothing was sent";
    QTest::newRow("repeat 0") << QStringList { "--repeat", "0" }
                              << "--repeat \"0\": give a count from 1 to 10000000; nothing was sent";
    QTest::newRow("repeat text") << QStringList { "--repeat", "many" }
                                 << "--repeat \"many\": give a count from 1 to 10000000; nothing was sent";
}

void TestCliSend::badOptionSendsNothing()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const int before = apduCount(0);
    const CliRun run
        = runCli(QStringList { "send", "--reader", m_t1Reader } + options + QStringList { getChallenge });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(), "cardscope-cli: " + message);
    QCOMPARE(apduCount(0), before);
}

void TestCliSend::protocolChoice_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("pcscError");
    QTest::newRow("t1 card, t1") << 0 << "t1" << 0 << "";
    QTest::newRow("t1 card, any") << 0 << "any" << 0 << "";
    QTest::newRow("t1 card, t0") << 0 << "t0" << 1 << "SCARD_E_PROTO_MISMATCH";
    QTest::newRow("t0 card, t0") << 1 << "t0" << 0 << "";
    QTest::newRow("t0 card, t1") << 1 << "t1" << 1 << "SCARD_E_PROTO_MISMATCH";
}

void TestCliSend::protocolChoice()
{
    QFETCH(int, slot);
    QFETCH(QString, protocol);
    QFETCH(int, exitCode);
    QFETCH(QString, pcscError);
    const int before = apduCount(slot);
    const CliRun run = runCli(
        { "send", "--json", "--protocol", protocol, "--reader", m_rig.readerName(slot), getChallenge });
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject line = run.jsonLines().value(0);
    if (exitCode == 0) {
        QCOMPARE(line.value("sw").toString(), QStringLiteral("9000"));
        QCOMPARE(apduCount(slot), before + 1);
    } else {
        QCOMPARE(line.value("error").toObject().value("pcsc_error").toString(), pcscError);
        QVERIFY(run.err.startsWith("cardscope-cli: cannot connect to the card in"));
        QCOMPARE(apduCount(slot), before);
    }
}

void TestCliSend::exclusiveHolderMeansSharingViolation()
{
    smartcard::PCSCCardConnection holder(m_t1Reader);
    holder.connect({}, smartcard::pcsc::ShareMode::Exclusive);
    const int before = apduCount(0);
    const CliRun run = runCli({ "send", "--json", "--reader", m_t1Reader, getChallenge });
    holder.disconnect();
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.jsonLines().value(0).value("error").toObject();
    QCOMPARE(error.value("pcsc_error").toString(), QStringLiteral("SCARD_E_SHARING_VIOLATION"));
    QCOMPARE(apduCount(0), before);
}

void TestCliSend::exclusiveMode()
{
    const CliRun run
        = runCli({ "send", "--json", "--mode", "exclusive", "--reader", m_t1Reader, getChallenge });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.jsonLines().value(0).value("sw").toString(), QStringLiteral("9000"));
}

// Direct mode reaches the reader without a card and without a protocol: no APDU can go.
void TestCliSend::directModeCannotTransmit()
{
    const QString empty = m_rig.readerName(3);
    const CliRun run = runCli({ "send", "--json", "--mode", "direct", "--reader", empty, getChallenge });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = run.jsonLines().value(0).value("error").toObject();
    QVERIFY2(error.value("message").toString().contains("Invalid protocol in transmit: none"),
        qPrintable(error.value("message").toString()));
    QCOMPARE(error.value("command").toString(), QStringLiteral("0084000008"));
}

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_clisend.moc"
