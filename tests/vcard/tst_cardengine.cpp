#include "cardengine.h"
#include "testbytes.h"

#include <QStringList>
#include <QTest>

using namespace cardscope::vcard;
using namespace cardscope::vcard::test;

namespace {

const QString aid = QStringLiteral("A0 00 00 03 97 43 41 52 44 53 43 4F 50 45 01");
const QString selectDf = QStringLiteral("00 A4 04 0C 0F ") + aid;
const QString select5001 = QStringLiteral("00 A4 08 0C 04 50 00 50 01");
const QString select5002 = QStringLiteral("00 A4 08 0C 04 50 00 50 02");
const QString select5003 = QStringLiteral("00 A4 08 0C 04 50 00 50 03");
const QString select2F02 = QStringLiteral("00 A4 00 0C 02 2F 02");
const QString rightPin = QStringLiteral("00 20 00 81 08 31 32 33 34 FF FF FF FF");
const QString wrongPin = QStringLiteral("00 20 00 81 08 39 39 39 39 FF FF FF FF");
const QString getResponse3 = QStringLiteral("00 C0 00 00 03");

CardEngine poweredCard(const QString &profile, uint32_t seed = 7)
{
    CardEngine engine(*AtrProfile::fromName(profile.toStdString()), PinState::defaultPin, seed);
    engine.powerOn();
    return engine;
}

uint16_t swOf(CardEngine &engine, const QString &apdu)
{
    return statusOf(engine.process(bytes(apdu)));
}

void row(const char *name, const char *profile, const QStringList &setup, const QString &apdu, int sw,
    int length = -1, const QString &prefix = {})
{
    QTest::newRow(name) << QString::fromLatin1(profile) << setup << apdu << sw << length << prefix;
}

void addSelectRows()
{
    row("select MF by FID", "t1", {}, "00 A4 00 00 02 3F 00 00", 0x9000, 12,
        "62 0A 82 01 38 83 02 3F 00 8A 01 05");
    row("select MF without data", "t1", {}, "00 A4 00 0C", 0x9000, 0);
    row("select DF by full AID", "t1", {}, "00 A4 04 00 0F " + aid + " 00", 0x9000, 29,
        "62 1B 82 01 38 83 02 50 00 84 0F " + aid + " 8A 01 05");
    row("select DF by partial AID", "t1", {}, "00 A4 04 04 05 A0 00 00 03 97 00", 0x9000, 29);
    row("select unknown AID", "t1", {}, "00 A4 04 00 05 A0 00 00 00 01", 0x6A82, 0);
    row("select AID too long", "t1", {}, "00 A4 04 00 11 " + aid + " 01 02", 0x6700, 0);
    row("select transparent EF gives size", "t1", { selectDf }, "00 A4 02 04 02 50 01 00", 0x9000, 17,
        "62 0F 82 02 01 21 83 02 50 01 80 02 02 00 8A 01 05");
    row("select record EF gives record layout", "t1", {}, "00 A4 08 04 04 50 00 50 03 00", 0x9000, 20,
        "62 12 82 05 02 21 00 10 04 83 02 50 03 80 02 00 40");
    row("select with P2 0C answers no data", "t1", {}, select2F02, 0x9000, 0);
    row("select child DF", "t1", {}, "00 A4 01 0C 02 50 00", 0x9000, 0);
    row("select EF with child-DF P1", "t1", { selectDf }, "00 A4 01 0C 02 50 01", 0x6A82, 0);
    row("select DF with EF P1", "t1", {}, "00 A4 02 0C 02 50 00", 0x6A82, 0);
    row("select parent DF", "t1", { selectDf }, "00 A4 03 00", 0x9000, 12, "62 0A 82 01 38 83 02 3F 00");
    row("select parent of MF", "t1", {}, "00 A4 03 0C", 0x6A82, 0);
    row("select path from MF", "t1", {}, select5003, 0x9000, 0);
    row("select path naming the MF", "t1", {}, "00 A4 08 0C 06 3F 00 50 00 50 01", 0x9000, 0);
    row("select path from current DF", "t1", { selectDf }, "00 A4 09 0C 02 50 02", 0x9000, 0);
    row("select path missing step", "t1", {}, "00 A4 08 0C 04 50 00 50 09", 0x6A82, 0);
    row("select odd path length", "t1", {}, "00 A4 08 0C 03 50 00 50", 0x6700, 0);
    row("select sibling EF by FID", "t1", { select5001 }, "00 A4 00 0C 02 50 03", 0x9000, 0);
    row("select unknown FID", "t1", {}, "00 A4 00 0C 02 12 34", 0x6A82, 0);
    row("select FID of 3 bytes", "t1", {}, "00 A4 00 0C 03 3F 00 00", 0x6700, 0);
    row("select unknown P1", "t1", {}, "00 A4 05 0C 02 3F 00", 0x6A86, 0);
    row("select FMD P2", "t1", {}, "00 A4 00 08 02 3F 00", 0x6A86, 0);
    row("select t0 answers 61xx", "t0", {}, "00 A4 04 00 0F " + aid, 0x611D, 0);
}

void addReadBinaryRows()
{
    row("read binary without current EF", "t1", {}, "00 B0 00 00 10", 0x6986, 0);
    row("read binary start", "t1", { select5001 }, "00 B0 00 00 04", 0x9000, 4, "00 01 02 03");
    row("read binary offset", "t1", { select5001 }, "00 B0 01 05 03", 0x9000, 3, "05 06 07");
    row("read binary Le 00 is 256", "t1", { select5001 }, "00 B0 00 00 00", 0x9000, 256);
    row("read binary end reached t1", "t1", { select5001 }, "00 B0 01 F0 20", 0x6282, 16, "F0 F1");
    row("read binary past end t0", "t0", { select5001 }, "00 B0 01 F0 20", 0x6C10, 0);
    row("read binary exact end t0", "t0", { select5001 }, "00 B0 01 F0 10", 0x9000, 16);
    row("read binary offset outside", "t1", { select5001 }, "00 B0 02 00 01", 0x6B00, 0);
    row("read binary on record EF", "t1", { select5003 }, "00 B0 00 00 01", 0x6981, 0);
    row("read binary short EF id", "t1", { select5001 }, "00 B0 81 00 01", 0x6A81, 0);
    row("read binary without Le", "t1", { select5001 }, "00 B0 00 00", 0x6700, 0);
    row("read binary serial", "t1", { select2F02 }, "00 B0 00 00 0C", 0x9000, 12, "5A 0A 89 49");
    row("read binary extended Le", "t1", { select5001 }, "00 B0 00 00 00 02 00", 0x9000, 512);
    row("read binary extended Le 0000", "t1", { select5001 }, "00 B0 00 00 00 00 00", 0x6282, 512);
    row("read binary extended in t0", "t0", { select5001 }, "00 B0 00 00 00 02 00", 0x6700, 0);
}

void addUpdateBinaryRows()
{
    row("update binary then read", "t1", { select5001, "00 D6 00 10 02 AA BB" }, "00 B0 00 0F 04", 0x9000, 4,
        "0F AA BB 12");
    row("update protected without PIN", "t1", { select5002 }, "00 D6 00 00 01 AA", 0x6982, 0);
    row("update protected with PIN", "t1", { rightPin, select5002, "00 D6 00 3E 02 AA BB" }, "00 B0 00 3E 02",
        0x9000, 2, "AA BB");
    row("update read-only EF", "t1", { select2F02 }, "00 D6 00 00 01 AA", 0x6982, 0);
    row("update past end", "t1", { select5001 }, "00 D6 01 FF 02 AA BB", 0x6A84, 0);
    row("update offset outside", "t1", { select5001 }, "00 D6 02 00 01 AA", 0x6B00, 0);
    row("update without data", "t1", { select5001 }, "00 D6 00 00", 0x6700, 0);
    row("update without current EF", "t1", {}, "00 D6 00 00 01 AA", 0x6986, 0);
    row("update record EF", "t1", { select5003 }, "00 D6 00 00 01 AA", 0x6981, 0);
}

void addReadRecordRows()
{
    row("read record 1", "t1", { select5003 }, "00 B2 01 04 00", 0x9000, 16,
        "52 45 43 4F 52 44 20 4F 4E 45 FF");
    row("read record 4", "t1", { select5003 }, "00 B2 04 04 10", 0x9000, 16, "66 6F 75 72 FF");
    row("read record 5", "t1", { select5003 }, "00 B2 05 04 10", 0x6A83, 0);
    row("read record 0 without current", "t1", { select5003 }, "00 B2 00 04 10", 0x6A83, 0);
    row("read current record", "t1", { select5003, "00 B2 03 04 10" }, "00 B2 00 04 10", 0x9000, 16,
        "03 33 03 33");
    row("read record Le too small", "t1", { select5003 }, "00 B2 01 04 08", 0x6C10, 0);
    row("read record t0 wrong Le", "t0", { select5003 }, "00 B2 01 04 20", 0x6C10, 0);
    row("read record t0 exact Le", "t0", { select5003 }, "00 B2 02 04 10", 0x9000, 16, "72 65 63 6F 72 64");
    row("read record other mode", "t1", { select5003 }, "00 B2 01 05 10", 0x6A86, 0);
    row("read record short EF id", "t1", { select5003 }, "00 B2 01 0C 10", 0x6A81, 0);
    row("read record transparent EF", "t1", { select5001 }, "00 B2 01 04 10", 0x6981, 0);
    row("read record no current EF", "t1", {}, "00 B2 01 04 10", 0x6986, 0);
    row("read EF.DIR", "t1", { "00 A4 00 0C 02 2F 00" }, "00 B2 01 04 00", 0x9000, 30, "61 1C 4F 0F " + aid);
}

void addChallengeRows()
{
    row("challenge 8", "t1", {}, "00 84 00 00 08", 0x9000, 8);
    row("challenge 256", "t1", {}, "00 84 00 00 00", 0x9000, 256);
    row("challenge t0", "t0", {}, "00 84 00 00 08", 0x9000, 8);
    row("challenge wrong P1P2", "t1", {}, "00 84 01 00 08", 0x6A86, 0);
    row("challenge without Le", "t1", {}, "00 84 00 00", 0x6700, 0);
    row("challenge with data", "t1", {}, "00 84 00 00 01 00 08", 0x6700, 0);
    row("challenge extended over 256", "t1", {}, "00 84 00 00 00 01 01", 0x6700, 0);
}

void addVerifyRows()
{
    row("verify right PIN", "t1", {}, rightPin, 0x9000, 0);
    row("verify wrong PIN", "t1", {}, wrongPin, 0x63C2, 0);
    row("verify query unverified", "t1", {}, "00 20 00 81", 0x63C3, 0);
    row("verify query verified", "t1", { rightPin }, "00 20 00 81", 0x9000, 0);
    row("verify unpadded PIN", "t1", {}, "00 20 00 81 04 31 32 33 34", 0x6700, 0);
    row("verify other reference", "t1", {}, "00 20 00 82 08 31 32 33 34 FF FF FF FF", 0x6A88, 0);
    row("verify wrong P1", "t1", {}, "00 20 01 81 08 31 32 33 34 FF FF FF FF", 0x6A86, 0);
}

void addGetDataRows()
{
    row("get data CPLC", "t1", {}, "00 CA 9F 7F 00", 0x9000, 45, "9F 7F 2A");
    row("get data historical bytes", "t1", {}, "00 CA 5F 52 00", 0x9000, 17, "5F 52 0E 80 31 E0");
    row("get data card data", "t1", {}, "00 CA 00 66 00", 0x9000, 14, "66 0C 5A 0A");
    row("get data unknown", "t1", {}, "00 CA 01 01 00", 0x6A88, 0);
    row("get data Le too small", "t1", {}, "00 CA 9F 7F 10", 0x6C2D, 0);
    row("get data t0 Le 00", "t0", {}, "00 CA 9F 7F 00", 0x6C2D, 0);
    row("get data t0 exact Le", "t0", {}, "00 CA 9F 7F 2D", 0x9000, 45);
}

void addEchoRows()
{
    row("echo data", "t1", {}, "80 EE 00 00 03 01 02 03", 0x9000, 3, "01 02 03");
    row("echo data with Le", "t1", {}, "80 EE 00 00 03 01 02 03 00", 0x9000, 3, "01 02 03");
    row("echo pattern of Le", "t1", {}, "80 EE 00 00 10", 0x9000, 16, "00 01 02 03");
    row("echo pattern of P1P2", "t1", {}, "80 EE 01 2C", 0x9000, 300);
    row("echo nothing", "t1", {}, "80 EE 00 00", 0x9000, 0);
    row("echo Le smaller than data", "t1", {}, "80 EE 00 00 04 01 02 03 04 02", 0x6102, 2, "01 02");
    row("echo t0 case 3", "t0", {}, "80 EE 00 00 03 01 02 03", 0x6103, 0);
    row("echo t0 case 2", "t0", {}, "80 EE 00 00 00", 0x9000, 256);
    row("echo needs class 80", "t1", {}, "00 EE 00 00 01 01", 0x6D00, 0);
}

void addGetResponseRows()
{
    row("get response after echo", "t0", { "80 EE 00 00 03 01 02 03" }, getResponse3, 0x9000, 3, "01 02 03");
    row("get response t1 remainder", "t1", { "80 EE 00 00 04 01 02 03 04 02" }, "00 C0 00 00 02", 0x9000, 2,
        "03 04");
    row("get response nothing pending", "t0", {}, getResponse3, 0x6985, 0);
    row("get response Le too large", "t0", { "80 EE 00 00 03 01 02 03" }, "00 C0 00 00 10", 0x6C03, 0);
    row("get response wrong P1P2", "t0", { "80 EE 00 00 03 01 02 03" }, "00 C0 01 00 03", 0x6A86, 0);
    row("get response after other command", "t0", { "80 EE 00 00 03 01 02 03", "00 84 00 00 08" },
        getResponse3, 0x6985, 0);
}

void addErrorRows()
{
    row("class FF", "t1", {}, "FF A4 00 0C", 0x6E00, 0);
    row("class A0", "t1", {}, "A0 A4 00 0C", 0x6E00, 0);
    row("class secure messaging", "t1", {}, "0C A4 00 0C", 0x6882, 0);
    row("class proprietary SM", "t1", {}, "84 EE 00 00", 0x6882, 0);
    row("class further SM", "t1", {}, "60 A4 00 0C", 0x6882, 0);
    row("class chaining", "t1", {}, "10 A4 00 0C", 0x6884, 0);
    row("class logical channel 1", "t1", {}, "01 A4 00 0C", 0x6881, 0);
    row("class logical channel 4", "t1", {}, "40 A4 00 0C", 0x6881, 0);
    row("class 80 other instruction", "t1", {}, "80 A4 00 0C", 0x6D00, 0);
    row("unknown instruction", "t1", {}, "00 12 00 00", 0x6D00, 0);
    row("three bytes", "t1", {}, "00 A4 00", 0x6700, 0);
    row("Lc longer than data", "t1", {}, "00 A4 00 0C 03 3F 00", 0x6700, 0);
    row("extended Lc of zero", "t1", {}, "00 A4 00 0C 00 00 00 00", 0x6700, 0);
}

} // namespace

class TestCardEngine : public QObject
{
    Q_OBJECT

private slots:
    void apdu_data();
    void apdu();
    void t0GetResponseChainsOver256Bytes();
    void t0GetResponseHonoursSmallerLe();
    void t1ExtendedEcho_data();
    void t1ExtendedEcho();
    void pinCounterRunsDownToBlocked();
    void rightPinRestoresCounter();
    void resetClearsSessionState_data();
    void resetClearsSessionState();
    void contentSurvivesReset();
    void challengeFollowsSeed();
    void getDataFollowsAtrOverride();
};

void TestCardEngine::apdu_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("apdu");
    QTest::addColumn<int>("sw");
    QTest::addColumn<int>("length"); // -1: any
    QTest::addColumn<QString>("dataPrefix");

    addSelectRows();
    addReadBinaryRows();
    addUpdateBinaryRows();
    addReadRecordRows();
    addChallengeRows();
    addVerifyRows();
    addGetDataRows();
    addEchoRows();
    addGetResponseRows();
    addErrorRows();
}

void TestCardEngine::apdu()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, setup);
    QFETCH(QString, apdu);
    QFETCH(int, sw);
    QFETCH(int, length);
    QFETCH(QString, dataPrefix);

    CardEngine engine = poweredCard(profile);
    for (const QString &step : setup)
        engine.process(bytes(step));
    const auto response = engine.process(bytes(apdu));
    QCOMPARE(QString::number(statusOf(response), 16).toUpper(), QString::number(sw, 16).toUpper());
    const auto data = dataOf(response);
    if (length >= 0)
        QCOMPARE(static_cast<int>(data.size()), length);
    const auto prefix = bytes(dataPrefix);
    QVERIFY2(data.size() >= prefix.size(), qPrintable(hex(data)));
    QCOMPARE(
        hex(std::vector<uint8_t>(data.begin(), data.begin() + static_cast<std::ptrdiff_t>(prefix.size()))),
        hex(prefix));
}

void TestCardEngine::t0GetResponseChainsOver256Bytes()
{
    CardEngine engine = poweredCard("t0");
    auto response = engine.process(bytes("80 EE 03 00")); // 768 bytes of pattern
    QCOMPARE(statusOf(response), 0x6100);
    std::vector<uint8_t> collected;
    const std::vector<uint16_t> expected { 0x6100, 0x6100, 0x9000 };
    for (const uint16_t sw : expected) {
        response = engine.process(bytes("00 C0 00 00 00"));
        QCOMPARE(statusOf(response), sw);
        const auto data = dataOf(response);
        QCOMPARE(data.size(), std::size_t(256));
        collected.insert(collected.end(), data.begin(), data.end());
    }
    QCOMPARE(collected.size(), std::size_t(768));
    for (std::size_t i = 0; i < collected.size(); ++i)
        QCOMPARE(collected[i], static_cast<uint8_t>(i & 0xFF));
    QCOMPARE(swOf(engine, "00 C0 00 00 00"), 0x6985);
}

void TestCardEngine::t0GetResponseHonoursSmallerLe()
{
    CardEngine engine = poweredCard("t0");
    QCOMPARE(swOf(engine, "80 EE 01 2C"), 0x6100); // 300 bytes
    auto response = engine.process(bytes("00 C0 00 00 64")); // take 100
    QCOMPARE(statusOf(response), 0x61C8); // 200 left
    QCOMPARE(dataOf(response).size(), std::size_t(100));
    QCOMPARE(swOf(engine, "00 C0 00 00 00"), 0x6CC8); // 256 > 200: T=0 states the exact length
    response = engine.process(bytes("00 C0 00 00 C8"));
    QCOMPARE(statusOf(response), 0x9000);
    QCOMPARE(dataOf(response).front(), uint8_t(100));
}

void TestCardEngine::t1ExtendedEcho_data()
{
    QTest::addColumn<int>("dataSize");
    QTest::addColumn<QString>("le"); // hex appended after the data; empty: case 3E
    QTest::addColumn<int>("expectedSize");

    QTest::newRow("case 3E 300 bytes") << 300 << "" << 300;
    QTest::newRow("case 4E 4000 bytes, Le 0000") << 4000 << "00 00" << 4000;
    QTest::newRow("case 4E 65000 bytes") << 65000 << "00 00" << 65000;
    QTest::newRow("case 2E Le 0000 capped") << 0 << "00 00" << int(CardEngine::maxResponseData);
    QTest::newRow("case 2E Le 1000") << 0 << "10 00" << 4096;
}

void TestCardEngine::t1ExtendedEcho()
{
    QFETCH(int, dataSize);
    QFETCH(QString, le);
    QFETCH(int, expectedSize);

    std::vector<uint8_t> apdu { 0x80, 0xEE, 0x00, 0x00, 0x00 };
    if (dataSize > 0) {
        apdu.push_back(static_cast<uint8_t>(dataSize >> 8));
        apdu.push_back(static_cast<uint8_t>(dataSize & 0xFF));
        for (int i = 0; i < dataSize; ++i)
            apdu.push_back(static_cast<uint8_t>((i * 7) & 0xFF));
    }
    const auto leBytes = bytes(le);
    apdu.insert(apdu.end(), leBytes.begin(), leBytes.end());

    CardEngine engine = poweredCard("t1");
    const auto response = engine.process(apdu);
    QCOMPARE(statusOf(response), 0x9000);
    QCOMPARE(static_cast<int>(dataOf(response).size()), expectedSize);
    if (dataSize > 0)
        QVERIFY(std::equal(response.begin(), response.end() - 2, apdu.begin() + 7));
    QVERIFY(response.size() <= 0xFFFF); // fits one vpcd frame
}

void TestCardEngine::pinCounterRunsDownToBlocked()
{
    CardEngine engine = poweredCard("t1");
    QCOMPARE(swOf(engine, wrongPin), 0x63C2);
    QCOMPARE(swOf(engine, wrongPin), 0x63C1);
    QCOMPARE(swOf(engine, wrongPin), 0x63C0);
    QVERIFY(engine.pin().isBlocked());
    QCOMPARE(swOf(engine, wrongPin), 0x6983);
    QCOMPARE(swOf(engine, rightPin), 0x6983);
    QCOMPARE(swOf(engine, "00 20 00 81"), 0x6983);
    engine.reset();
    QCOMPARE(swOf(engine, rightPin), 0x6983); // the retry counter is not volatile
}

void TestCardEngine::rightPinRestoresCounter()
{
    CardEngine engine = poweredCard("t1");
    QCOMPARE(swOf(engine, wrongPin), 0x63C2);
    QCOMPARE(swOf(engine, wrongPin), 0x63C1);
    QCOMPARE(swOf(engine, rightPin), 0x9000);
    QCOMPARE(engine.pin().triesLeft(), PinState::maxTries);
    QCOMPARE(swOf(engine, wrongPin), 0x63C2);
    QCOMPARE(swOf(engine, "00 20 00 81"), 0x63C2); // a failed attempt also drops the verified state
}

void TestCardEngine::resetClearsSessionState_data()
{
    QTest::addColumn<bool>("warmReset");
    QTest::newRow("warm reset") << true;
    QTest::newRow("power cycle") << false;
}

void TestCardEngine::resetClearsSessionState()
{
    QFETCH(bool, warmReset);

    CardEngine engine = poweredCard("t0");
    QCOMPARE(swOf(engine, rightPin), 0x9000);
    QCOMPARE(swOf(engine, select5002), 0x9000);
    QCOMPARE(swOf(engine, "80 EE 00 00 03 01 02 03"), 0x6103);
    if (warmReset) {
        engine.reset();
    } else {
        engine.powerOff();
        QVERIFY(!engine.isPowered());
        engine.powerOn();
    }
    QVERIFY(engine.isPowered());
    QCOMPARE(swOf(engine, getResponse3), 0x6985); // pending response data gone
    QCOMPARE(swOf(engine, "00 B0 00 00 01"), 0x6986); // no current EF
    QCOMPARE(swOf(engine, "00 20 00 81"), 0x63C3); // not verified, counter intact
    QCOMPARE(swOf(engine, "00 A4 09 0C 02 50 01"), 0x6A82); // current DF is the MF again
}

void TestCardEngine::contentSurvivesReset()
{
    CardEngine engine = poweredCard("t1");
    QCOMPARE(swOf(engine, select5001), 0x9000);
    QCOMPARE(swOf(engine, "00 D6 00 00 01 EE"), 0x9000);
    engine.reset();
    QCOMPARE(swOf(engine, select5001), 0x9000);
    QCOMPARE(hex(engine.process(bytes("00 B0 00 00 02"))), QString("EE 01 90 00"));
}

void TestCardEngine::challengeFollowsSeed()
{
    CardEngine first = poweredCard("t1", 42);
    CardEngine second = poweredCard("t1", 42);
    const auto a = first.process(bytes("00 84 00 00 08"));
    QCOMPARE(a, second.process(bytes("00 84 00 00 08")));
    QVERIFY(a != first.process(bytes("00 84 00 00 08")));
}

void TestCardEngine::getDataFollowsAtrOverride()
{
    AtrProfile profile = AtrProfile::t0();
    profile.overrideAtr(bytes("3B 02 12 34"));
    CardEngine engine(profile, PinState::defaultPin, 1);
    engine.powerOn();
    QCOMPARE(hex(engine.atr()), QString("3B 02 12 34"));
    QCOMPARE(hex(engine.process(bytes("00 CA 5F 52 05"))), QString("5F 52 02 12 34 90 00"));
    QCOMPARE(swOf(engine, "00 84 00 00 00 00 08"), 0x6700); // still T=0: no extended APDUs
}

QTEST_APPLESS_MAIN(TestCardEngine)
#include "tst_cardengine.moc"
