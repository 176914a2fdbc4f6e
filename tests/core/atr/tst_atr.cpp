#include "atr/atr.h"
#include "atrtesthelpers.h"

#include <QTest>

using smartcard::ATR;

Q_DECLARE_METATYPE(ATR::Convention)

// The ATRs here are composed for the tests, byte by byte from ISO/IEC 7816-3 and -4.
class TestAtr : public QObject
{
    Q_OBJECT

private slots:
    void structure_data();
    void structure();
    void problems_data();
    void problems();
    void breakdownCoversEveryByte_data();
    void breakdownCoversEveryByte();
    void breakdownNames();
    void parameters_data();
    void parameters();
    void pyscardAccessors();
    void render();
};

void TestAtr::structure_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<ATR::Convention>("convention");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QList<int>>("protocols");
    QTest::addColumn<QString>("historical");
    QTest::addColumn<QString>("tck"); // empty: none; "TCK": the one withTck() appended

    QTest::newRow("T=0 only, no TCK")
        << "3B 02 14 50" << ATR::Convention::Direct << "" << QList<int> { 0 } << "1450"
        << "";
    QTest::newRow("T=1 with TCK") << withTck("3B 85 80 01 80 73 C8 21 13") << ATR::Convention::Direct
                                  << "TD1=80 TD2=01" << QList<int> { 0, 1 } << "8073C82113"
                                  << "0D";
    QTest::newRow("T=0, T=1 and T=15")
        << withTck("3B 87 80 B1 FE 45 1F 03 80 31 E0 73 FE 21 13") << ATR::Convention::Direct
        << "TD1=80 TD2=B1 TA3=FE TB3=45 TD3=1F TA4=03" << QList<int> { 0, 1, 15 } << "8031E073FE2113"
        << "TCK";
    QTest::newRow("inverse convention")
        << "3F 23 00 41 42 43" << ATR::Convention::Inverse << "TB1=00" << QList<int> { 0 } << "414243"
        << "";
    QTest::newRow("T=15 global bytes") << withTck("3B 93 96 80 1F C3 80 31 C0") << ATR::Convention::Direct
                                       << "TA1=96 TD1=80 TD2=1F TA3=C3" << QList<int> { 0, 15 } << "8031C0"
                                       << "28";
    QTest::newRow("specific mode TA2, TC1 and TC2")
        << "3B F0 11 00 FF 50 10 0A" << ATR::Convention::Direct << "TA1=11 TB1=00 TC1=FF TD1=50 TA2=10 TC2=0A"
        << QList<int> { 0 } << ""
        << "";
    QTest::newRow("category 80 with status indicator object")
        << withTck("3B 89 80 01 80 73 C0 21 C0 83 05 90 00") << ATR::Convention::Direct << "TD1=80 TD2=01"
        << QList<int> { 0, 1 } << "8073C021C083059000"
        << "CC";
    QTest::newRow("category 00 with mandatory status indicator")
        << "3B 0A 00 31 80 73 80 21 40 07 90 00" << ATR::Convention::Direct << "" << QList<int> { 0 }
        << "0031807380214007"
           "9000"
        << "";
    QTest::newRow("category 10 DIR data reference")
        << "3B 02 10 03" << ATR::Convention::Direct << "" << QList<int> { 0 } << "1003"
        << "";
    QTest::newRow("protocols in order of appearance") << withTck("3B 80 81 80 01") << ATR::Convention::Direct
                                                      << "TD1=81 TD2=80 TD3=01" << QList<int> { 1, 0 } << ""
                                                      << "80";
}

void TestAtr::structure()
{
    QFETCH(QString, hex);
    QFETCH(ATR::Convention, convention);
    QFETCH(QString, interface);
    QFETCH(QList<int>, protocols);
    QFETCH(QString, historical);
    QFETCH(QString, tck);

    const ATR atr(bytesOf(hex));
    QVERIFY2(atr.isValid(), qPrintable(errorTexts(atr).join(QStringLiteral("; "))));
    QCOMPARE(atr.convention(), convention);
    QCOMPARE(interfaceText(atr), interface);
    QCOMPARE(QList<int>(atr.protocols().begin(), atr.protocols().end()), protocols);
    QCOMPARE(smartcard::toHexString(atr.historical().bytes(), u""), historical);
    QCOMPARE(atr.tck().has_value(), !tck.isEmpty());
    if (atr.tck()) {
        const QString read = QStringLiteral("%1").arg(*atr.tck(), 2, 16, QLatin1Char('0')).toUpper();
        QCOMPARE(read, tck == QStringLiteral("TCK") ? hex.right(2) : tck);
        QCOMPARE(atr.isTckValid(), std::optional<bool>(true));
        QCOMPARE(atr.expectedTck(), atr.tck());
    }
}

void TestAtr::problems_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QStringList>("errors"); // "offset: part of the message", in order
    QTest::addColumn<QString>("historical"); // what was still read

    QTest::newRow("empty") << "" << QStringList { "0: empty ATR" } << "";
    QTest::newRow("only TS") << "3B" << QStringList { "1: T0 is missing" } << "";
    QTest::newRow("bad TS") << "3C 00" << QStringList { "0: TS 3C is neither 3B" } << "";
    QTest::newRow("TS 03: inverse convention not decoded")
        << "03 00" << QStringList { "0: TS 03 is an inverse-convention ATR" } << "";
    QTest::newRow("wrong TCK") << "3B 81 01 41 00" << QStringList { "4: TCK 00 is wrong: expected C1" }
                               << "41";
    QTest::newRow("missing TCK") << "3B 81 01 41" << QStringList { "4: TCK is missing" } << "41";
    QTest::newRow("TCK present though only T=0")
        << "3B 01 41 40" << QStringList { "3: TCK present though only T=0" } << "41";
    QTest::newRow("truncated in the interface bytes")
        << "3B 9F 96 80" << QStringList { "4: TD2 is missing: the ATR ends after 4 bytes" } << "";
    QTest::newRow("truncated historical bytes")
        << "3B 05 41 42" << QStringList { "4: T0 announces 5 historical bytes but only 2" } << "4142";
    QTest::newRow("overlong: bytes after the end")
        << "3B 01 41 00 00" << QStringList { "3: 2 byte(s) after the end" } << "41";
    QTest::newRow("over 33 bytes") << "3B 0F 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F 00 00 00 00 00 00 "
                                      "00 00 00 00 00 00 00 00 00 00 "
                                      "00"
                                   << QStringList { "17: 17 byte(s) after the end",
                                          "33: the ATR is 34 bytes long" }
                                   << "4142434445464748494A4B4C4D4E4F";
    QTest::newRow("reserved Fi in TA1")
        << "3B 10 71" << QStringList { "2: TA1: Fi code 7 is reserved" } << "";
    QTest::newRow("T=15 in TD1, and so a missing TCK")
        << "3B 80 0F" << QStringList { "2: TD1 indicates T=15", "3: TCK is missing" } << "";
    QTest::newRow("category 00 without room for the status indicator")
        << "3B 03 00 90 00" << QStringList { "5: category indicator 00 requires" } << "009000";
    QTest::newRow("COMPACT-TLV object longer than the bytes left")
        << "3B 03 80 45 01" << QStringList { "3: COMPACT-TLV object 45 (initial access data) declares 5" }
        << "804501";
    QTest::newRow("status indicator object not last")
        << "3B 06 80 81 05 31 C0 00" << QStringList { "3: the status indicator object is not at the end" }
        << "80810531C000";
}

void TestAtr::problems()
{
    QFETCH(QString, hex);
    QFETCH(QStringList, errors);
    QFETCH(QString, historical);

    const ATR atr(bytesOf(hex));
    const QStringList actual = errorTexts(atr);
    QVERIFY(!atr.isValid());
    QCOMPARE(actual.size(), errors.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QString offset = errors.at(i).section(QStringLiteral(": "), 0, 0);
        const QString fragment = errors.at(i).section(QStringLiteral(": "), 1);
        QVERIFY2(actual.at(i).startsWith(offset + QStringLiteral(": ")) && actual.at(i).contains(fragment),
            qPrintable(actual.at(i)));
    }
    QCOMPARE(smartcard::toHexString(atr.historical().bytes(), u""), historical);
}

void TestAtr::breakdownCoversEveryByte_data()
{
    QTest::addColumn<QString>("hex");
    QTest::newRow("T=1 with everything")
        << withTck("3B FF 96 00 FF 91 81 71 FE 45 1F 03 00 31 80 73 80 21 40 07 90 00");
    QTest::newRow("truncated") << "3B 9F 96 80";
    QTest::newRow("overlong") << "3B 01 41 00 00";
    QTest::newRow("bad TS") << "00 00 00";
}

void TestAtr::breakdownCoversEveryByte()
{
    QFETCH(QString, hex);
    const ATR atr(bytesOf(hex));
    QCOMPARE(atr.breakdown().size(), atr.bytes().size());
    for (std::size_t i = 0; i < atr.breakdown().size(); ++i) {
        const smartcard::AtrByte &byte = atr.breakdown()[i];
        QCOMPARE(byte.offset, int(i));
        QCOMPARE(byte.value, atr.bytes()[i]);
        QVERIFY2(!byte.name.isEmpty() && !byte.meaning.isEmpty(), qPrintable(QString::number(i)));
    }
}

void TestAtr::breakdownNames()
{
    const ATR atr(bytesOf(withTck("3B 93 96 80 1F C3 80 31 C0")));
    QStringList names;
    for (const smartcard::AtrByte &byte : atr.breakdown())
        names << byte.name;
    QCOMPARE(names, (QStringList { "TS", "T0", "TA1", "TD1", "TD2", "TA3", "T1", "T2", "T3", "TCK" }));
    QCOMPARE(atr.breakdown()[2].meaning.left(37), QStringLiteral("Fi=512, Di=32, f max=5 MHz (16 cycles"));
    QCOMPARE(atr.breakdown()[5].meaning, QStringLiteral("clock stop, no preference; class A (5 V), B (3 V)"));
    QVERIFY(atr.breakdown()[6].meaning.contains(QStringLiteral("category indicator 80")));
    QVERIFY(atr.breakdown()[7].meaning.contains(QStringLiteral("card service data")));
    QCOMPARE(atr.breakdown()[9].meaning, QStringLiteral("check byte, correct"));
}

void TestAtr::parameters_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<int>("fi");
    QTest::addColumn<int>("di");
    QTest::addColumn<int>("fmaxKHz");
    QTest::addColumn<int>("wi");
    QTest::addColumn<int>("ifsc");
    QTest::addColumn<int>("bwi");
    QTest::addColumn<int>("cwi");
    QTest::addColumn<bool>("crc");
    QTest::addColumn<bool>("specific");

    QTest::newRow("defaults without interface bytes")
        << "3B 00" << 372 << 1 << 5000 << 10 << 32 << 4 << 13 << false << false;
    QTest::newRow("TA1 13, TC2 WI") << "3B D0 13 00 40 20" << 372 << 4 << 5000 << 32 << 32 << 4 << 13 << false
                                    << false;
    QTest::newRow("T=1 IFSC, BWI/CWI, CRC")
        << withTck("3B 80 80 71 FE 45 01") << 372 << 1 << 5000 << 10 << 254 << 4 << 5 << true << false;
    QTest::newRow("T=1 bytes before a T=1 TD are not T=1's")
        << withTck("3B 80 B1 01 00 01") << 372 << 1 << 5000 << 10 << 32 << 4 << 13 << false << true;
    QTest::newRow("Fi 2048 f max 20 MHz")
        << "3B 10 D8" << 2048 << 12 << 20000 << 10 << 32 << 4 << 13 << false << false;
}

void TestAtr::parameters()
{
    QFETCH(QString, hex);
    QFETCH(int, fi);
    QFETCH(int, di);
    QFETCH(int, fmaxKHz);
    QFETCH(int, wi);
    QFETCH(int, ifsc);
    QFETCH(int, bwi);
    QFETCH(int, cwi);
    QFETCH(bool, crc);
    QFETCH(bool, specific);

    const ATR atr(bytesOf(hex));
    QCOMPARE(atr.fi(), std::optional<int>(fi));
    QCOMPARE(atr.di(), std::optional<int>(di));
    QCOMPARE(atr.maxFrequencyKHz(), std::optional<int>(fmaxKHz));
    QCOMPARE(atr.waitingIntegerT0(), wi);
    QCOMPARE(atr.ifsc(), ifsc);
    QCOMPARE(atr.blockWaitingInteger(), bwi);
    QCOMPARE(atr.characterWaitingInteger(), cwi);
    QCOMPARE(atr.usesCrc(), crc);
    QCOMPARE(atr.isSpecificMode(), specific);
}

void TestAtr::pyscardAccessors()
{
    const ATR atr(bytesOf(withTck("3B F2 96 25 05 01 41 42")));
    QCOMPARE(atr.getTA1(), std::optional<std::uint8_t>(0x96));
    QCOMPARE(atr.getTB1(), std::optional<std::uint8_t>(0x25));
    QCOMPARE(atr.getTC1(), std::optional<std::uint8_t>(0x05));
    QCOMPARE(atr.getTD1(), std::optional<std::uint8_t>(0x01));
    QCOMPARE(atr.getInterfaceBytesCount(), 4);
    QCOMPARE(atr.getHistoricalBytes(), bytesOf("41 42"));
    QCOMPARE(atr.getHistoricalBytesCount(), 2);
    QCOMPARE(atr.getClockRateConversion(), std::optional<int>(512));
    QCOMPARE(atr.getBitRateFactor(), std::optional<int>(32));
    QCOMPARE(atr.getProgrammingCurrent(), std::optional<int>(50));
    QCOMPARE(atr.getProgrammingVoltage(), std::optional<double>(5.0));
    QCOMPARE(atr.getGuardTime(), std::optional<int>(5));
    QCOMPARE(atr.getChecksum(), atr.tck());
    QVERIFY(!atr.isT0Supported());
    QVERIFY(atr.isT1Supported());
    QVERIFY(!atr.isT15Supported());
    QCOMPARE(atr.getSupportedProtocols(), std::vector<int> { 1 });
    QCOMPARE(atr.toString(), QStringLiteral("3B F2 96 25 05 01 41 42 ") + atr.toString().right(2));
    QCOMPARE(atr.dump(), atr.render());
}

void TestAtr::render()
{
    const ATR atr(bytesOf("3B 81 01 41 00"));
    const QStringList lines = atr.render().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("ATR: 3B 81 01 41 00 (5 bytes)"));
    QVERIFY(lines.contains(QStringLiteral("Protocols: T=1 (TCK required)")));
    QVERIFY(lines.contains(QStringLiteral("T=1: IFSC=32, BWI=4, CWI=13, LRC")));
    QVERIFY(lines.contains(QStringLiteral("TCK: 00, wrong")));
    QVERIFY(lines.contains(QStringLiteral("  byte 4: TCK 00 is wrong: expected C1")));
    QCOMPARE(atr.expectedTck(), std::optional<std::uint8_t>(0xC1));
}

QTEST_GUILESS_MAIN(TestAtr)
#include "tst_atr.moc"
