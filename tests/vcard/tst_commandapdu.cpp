#include "commandapdu.h"
#include "testbytes.h"

#include <QTest>

using namespace cardscope::vcard;
using namespace cardscope::vcard::test;

class TestCommandApdu : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestCommandApdu::parse_data()
{
    QTest::addColumn<QString>("apdu");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("caseNumber");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<int>("lc");
    QTest::addColumn<int>("ne");

    QTest::newRow("case 1") << "00 A4 00 0C" << true << 1 << false << 0 << 0;
    QTest::newRow("case 2S") << "00 84 00 00 08" << true << 2 << false << 0 << 8;
    QTest::newRow("case 2S Le 00 is 256") << "00 B0 00 00 00" << true << 2 << false << 0 << 256;
    QTest::newRow("case 3S") << "00 A4 00 0C 02 3F 00" << true << 3 << false << 2 << 0;
    QTest::newRow("case 4S") << "00 A4 04 00 02 A0 00 10" << true << 4 << false << 2 << 16;
    QTest::newRow("case 4S Le 00") << "00 A4 04 00 01 A0 00" << true << 4 << false << 1 << 256;
    QTest::newRow("case 2E") << "00 B0 00 00 00 01 00" << true << 2 << true << 0 << 256;
    QTest::newRow("case 2E Le 0000 is 65536") << "00 B0 00 00 00 00 00" << true << 2 << true << 0 << 65536;
    QTest::newRow("case 3E") << "80 EE 00 00 00 00 02 01 02" << true << 3 << true << 2 << 0;
    QTest::newRow("case 4E") << "80 EE 00 00 00 00 02 01 02 01 00" << true << 4 << true << 2 << 256;
    QTest::newRow("case 4E Le 0000") << "80 EE 00 00 00 00 01 01 00 00" << true << 4 << true << 1 << 65536;
    QTest::newRow("empty") << "" << false << 0 << false << 0 << 0;
    QTest::newRow("three bytes") << "00 A4 00" << false << 0 << false << 0 << 0;
    QTest::newRow("short Lc too long") << "00 A4 00 0C 03 3F 00" << false << 0 << false << 0 << 0;
    QTest::newRow("short Lc too short") << "00 A4 00 0C 01 3F 00 00" << false << 0 << false << 0 << 0;
    QTest::newRow("00 then one byte") << "00 A4 00 0C 00 01" << false << 0 << false << 0 << 0;
    QTest::newRow("extended Lc 0000") << "00 A4 00 0C 00 00 00 01" << false << 0 << false << 0 << 0;
    QTest::newRow("extended Lc mismatch") << "00 A4 00 0C 00 00 03 01 02" << false << 0 << false << 0 << 0;
    QTest::newRow("extended 1-byte Le") << "00 A4 00 0C 00 00 01 01 00" << false << 0 << false << 0 << 0;
}

void TestCommandApdu::parse()
{
    QFETCH(QString, apdu);
    QFETCH(bool, valid);
    QFETCH(int, caseNumber);
    QFETCH(bool, extended);
    QFETCH(int, lc);
    QFETCH(int, ne);

    const auto parsed = CommandApdu::parse(bytes(apdu));
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->caseNumber(), caseNumber);
    QCOMPARE(parsed->isExtended(), extended);
    QCOMPARE(static_cast<int>(parsed->data().size()), lc);
    QCOMPARE(static_cast<int>(parsed->ne()), ne);
    QCOMPARE(parsed->hasLe(), ne > 0);
    const auto raw = bytes(apdu);
    QCOMPARE(parsed->cla(), raw[0]);
    QCOMPARE(parsed->ins(), raw[1]);
    QCOMPARE(parsed->p1p2(), static_cast<uint16_t>(raw[2] << 8 | raw[3]));
}

QTEST_APPLESS_MAIN(TestCommandApdu)
#include "tst_commandapdu.moc"
