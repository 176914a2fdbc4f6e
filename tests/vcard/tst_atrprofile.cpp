#include "atrprofile.h"
#include "testbytes.h"

#include <QTest>

using namespace cardscope::vcard;
using namespace cardscope::vcard::test;

class TestAtrProfile : public QObject
{
    Q_OBJECT

private slots:
    void profiles_data();
    void profiles();
    void t0HasNoTck();
    void t1TckMakesXorZero();
    void t1AnnouncesT1WithIfscAndWaitingTimes();
    void historicalBytesAreCompactTlv_data();
    void historicalBytesAreCompactTlv();
    void historicalBytesOfOtherAtrs_data();
    void historicalBytesOfOtherAtrs();
    void overrideKeepsProtocol();
};

void TestAtrProfile::profiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("atr");
    QTest::addColumn<bool>("extended");

    QTest::newRow("t0") << "t0"
                        << "3B 1E 95 80 31 E0 52 43 53 73 F2 21 00 83 05 90 00" << false;
    QTest::newRow("t1") << "t1"
                        << "3B 9E 95 81 31 FE 45 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 E5" << true;
}

void TestAtrProfile::profiles()
{
    QFETCH(QString, name);
    QFETCH(QString, atr);
    QFETCH(bool, extended);

    const auto profile = AtrProfile::fromName(name.toStdString());
    QVERIFY(profile);
    QCOMPARE(hex(profile->atr()), atr);
    QCOMPARE(QString::fromStdString(profile->name()), name);
    QCOMPARE(profile->supportsExtendedLength(), extended);
    QCOMPARE(profile->atr().front(), uint8_t(0x3B)); // TS: direct convention
    QVERIFY(!AtrProfile::fromName("t2"));
}

void TestAtrProfile::t0HasNoTck()
{
    const auto atr = AtrProfile::t0().atr();
    QCOMPARE(atr[1] & 0x80, 0); // no TD1: T=0 only, and then ISO 7816-3 forbids TCK
    QCOMPARE(atr[1] & 0x70, 0x10); // TA1 alone
    const std::size_t historical = atr[1] & 0x0F;
    QCOMPARE(atr.size(), 3 + historical); // TS T0 TA1 + historical bytes, nothing after
    QCOMPARE(AtrProfile::t0().protocol(), Protocol::T0);
}

void TestAtrProfile::t1TckMakesXorZero()
{
    const auto atr = AtrProfile::t1().atr();
    uint8_t check = 0;
    for (std::size_t i = 1; i < atr.size(); ++i)
        check ^= atr[i];
    QCOMPARE(check, uint8_t(0));
    QCOMPARE(AtrProfile::xorFromT0(atr), uint8_t(0));
}

void TestAtrProfile::t1AnnouncesT1WithIfscAndWaitingTimes()
{
    const auto atr = AtrProfile::t1().atr();
    QCOMPARE(atr[1] & 0xF0, 0x90); // TA1 and TD1
    QCOMPARE(atr[3], uint8_t(0x81)); // TD1: T=1, TD2 follows
    QCOMPARE(atr[4], uint8_t(0x31)); // TD2: T=1, TA3 and TB3 follow
    QCOMPARE(atr[5], uint8_t(0xFE)); // IFSC 254
    QCOMPARE(atr[6] >> 4, 4); // BWI
    QCOMPARE(atr[6] & 0x0F, 5); // CWI
    QCOMPARE(AtrProfile::t1().protocol(), Protocol::T1);
}

void TestAtrProfile::historicalBytesAreCompactTlv_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<uint8_t>("capabilitiesThirdByte");
    QTest::newRow("t0: no extended length") << "t0" << uint8_t(0x00);
    QTest::newRow("t1: extended Lc and Le") << "t1" << uint8_t(0x40);
}

void TestAtrProfile::historicalBytesAreCompactTlv()
{
    QFETCH(QString, name);
    QFETCH(uint8_t, capabilitiesThirdByte);

    const auto historical = AtrProfile::fromName(name.toStdString())->historicalBytes();
    QCOMPARE(historical.size(), std::size_t(14));
    QCOMPARE(historical.front(), uint8_t(0x80));
    // Walk the COMPACT-TLV objects: each header is tag nibble + length nibble.
    std::size_t pos = 1;
    std::vector<uint8_t> tags;
    while (pos < historical.size()) {
        const uint8_t header = historical[pos];
        tags.push_back(header >> 4);
        if (header == 0x73)
            QCOMPARE(historical[pos + 3], capabilitiesThirdByte);
        pos += 1 + (header & 0x0F);
    }
    QCOMPARE(pos, historical.size()); // objects end exactly at the end
    QCOMPARE(tags, (std::vector<uint8_t> { 0x3, 0x5, 0x7, 0x8 }));
    QCOMPARE(hex({ historical.end() - 4, historical.end() }), QString("83 05 90 00")); // LCS + SW 9000
}

void TestAtrProfile::historicalBytesOfOtherAtrs_data()
{
    QTest::addColumn<QString>("atr");
    QTest::addColumn<QString>("historical");

    QTest::newRow("no interface bytes") << "3B 02 14 50"
                                        << "14 50";
    QTest::newRow("TA TB TC TD chain") << "3B F2 11 00 00 81 31 FE 45 AA BB 00"
                                       << "AA BB";
    QTest::newRow("cut inside interface bytes") << "3B F2 11"
                                                << "";
    QTest::newRow("cut inside historical bytes") << "3B 05 01 02"
                                                 << "";
    QTest::newRow("only TS") << "3B"
                             << "";
}

void TestAtrProfile::historicalBytesOfOtherAtrs()
{
    QFETCH(QString, atr);
    QFETCH(QString, historical);
    QCOMPARE(hex(AtrProfile::historicalBytesOf(bytes(atr))), historical);
}

void TestAtrProfile::overrideKeepsProtocol()
{
    AtrProfile profile = AtrProfile::t1();
    profile.overrideAtr(bytes("3B 02 14 50"));
    QCOMPARE(hex(profile.atr()), QString("3B 02 14 50"));
    QCOMPARE(profile.protocol(), Protocol::T1);
    QVERIFY(profile.supportsExtendedLength());
}

QTEST_APPLESS_MAIN(TestAtrProfile)
#include "tst_atrprofile.moc"
