#include "features/part10.h"
#include "features/tlvproperties.h"
#include "testhex.h"

#include <QTest>

using namespace smartcard;
using namespace smartcard::part10;
using cardscope::testing::hex;

class TestTlvProperties : public QObject
{
    Q_OBJECT

private slots:
    void everyProperty_data();
    void everyProperty();
    void aWholeAnswer();
    void malformed_data();
    void malformed();
    void unknownTagKept();
};

void TestTlvProperties::everyProperty_data()
{
    QTest::addColumn<QString>("tlv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("number"); // -1: not a number
    QTest::addColumn<QString>("text");

    QTest::newRow("wLcdLayout 2x16") << "01 02 10 02"
                                     << "wLcdLayout" << qint64(0x0210) << "2 lines of 16 characters";
    QTest::newRow("wLcdLayout none") << "01 02 00 00"
                                     << "wLcdLayout" << qint64(0) << "no display";
    QTest::newRow("bEntryValidationCondition") << "02 01 07"
                                               << "bEntryValidationCondition" << qint64(7)
                                               << "maximum size reached, validation key pressed, timeout";
    QTest::newRow("bEntryValidationCondition key")
        << "02 01 02"
        << "bEntryValidationCondition" << qint64(2) << "validation key pressed";
    QTest::newRow("bTimeOut2") << "03 01 1E"
                               << "bTimeOut2" << qint64(30) << "30 s";
    QTest::newRow("wLcdMaxCharacters") << "04 02 10 00"
                                       << "wLcdMaxCharacters" << qint64(16) << "16";
    QTest::newRow("wLcdMaxLines") << "05 02 02 00"
                                  << "wLcdMaxLines" << qint64(2) << "2";
    QTest::newRow("bMinPINSize") << "06 01 04"
                                 << "bMinPINSize" << qint64(4) << "4";
    QTest::newRow("bMaxPINSize") << "07 01 08"
                                 << "bMaxPINSize" << qint64(8) << "8";
    QTest::newRow("sFirmwareID") << "08 08 46 57 20 31 2E 30 2E 32"
                                 << "sFirmwareID" << qint64(-1) << "\"FW 1.0.2\"";
    QTest::newRow("sFirmwareID with NUL") << "08 03 41 42 00"
                                          << "sFirmwareID" << qint64(-1) << "\"AB\"";
    QTest::newRow("sFirmwareID not printable") << "08 02 41 07"
                                               << "sFirmwareID" << qint64(-1) << "\"A.\" (41 07)";
    QTest::newRow("bPPDUSupport both")
        << "09 01 03"
        << "bPPDUSupport" << qint64(3) << "over SCardControl (FEATURE_CCID_ESC_COMMAND), over SCardTransmit";
    QTest::newRow("bPPDUSupport none") << "09 01 00"
                                       << "bPPDUSupport" << qint64(0) << "not supported";
    QTest::newRow("dwMaxAPDUDataSize") << "0A 04 00 00 01 00"
                                       << "dwMaxAPDUDataSize" << qint64(65536) << "65536";
    QTest::newRow("wIdVendor") << "0B 02 E6 08"
                               << "wIdVendor" << qint64(0x08E6) << "0x08E6";
    QTest::newRow("wIdProduct") << "0C 02 30 34"
                                << "wIdProduct" << qint64(0x3430) << "0x3430";
}

void TestTlvProperties::everyProperty()
{
    QFETCH(QString, tlv);
    QFETCH(QString, name);
    QFETCH(qint64, number);
    QFETCH(QString, text);
    const TlvProperties properties = TlvProperties::parse(hex(tlv));
    QVERIFY(properties.isClean());
    QCOMPARE(properties.properties().size(), std::size_t(1));
    const TlvProperty &property = properties.properties().front();
    QCOMPARE(property.name, name);
    QCOMPARE(property.number.has_value(), number >= 0);
    if (number >= 0)
        QCOMPARE(qint64(*property.number), number);
    QCOMPARE(property.text, text);
    const Bytes whole = hex(tlv);
    QCOMPARE(property.value, Bytes(whole.begin() + 2, whole.end()));
}

void TestTlvProperties::aWholeAnswer()
{
    // A pinpad reader as the CCID driver describes one: layout, conditions, timeout, PIN
    // sizes, firmware, PPDU, vendor and product.
    const TlvProperties properties = TlvProperties::parse(
        hex("01 02 10 02  02 01 02  03 01 00  06 01 04  07 01 08  08 04 31 2E 30 30  09 01 01  0B 02 E6 08"
            "  0C 02 30 34"));
    QVERIFY(properties.isClean());
    QCOMPARE(properties.properties().size(), std::size_t(9));
    QCOMPARE(properties.find(property::FirmwareId)->string, QStringLiteral("1.00"));
    QCOMPARE(properties.find(property::FirmwareId)->offset, 16);
    QCOMPARE(*properties.find(property::MaxPinSize)->number, 8u);
    QVERIFY(!properties.find(property::MaxApduDataSize));
}

void TestTlvProperties::malformed_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");

    QTest::newRow("lone tag") << "06 01 04 07" << 1 << 3
                              << "a property needs a tag and a length; 1 byte left (0x07)";
    QTest::newRow("value cut off") << "06 01 04 08 09 41 42" << 1 << 3
                                   << "sFirmwareID: length 9 but only 2 byte(s) left";
    QTest::newRow("word of 3 bytes, kept raw")
        << "01 03 10 02 00 06 01 04" << 2 << 0 << "wLcdLayout: length 3, the spec gives it 2 byte(s)";
    QTest::newRow("byte of 2 bytes") << "03 02 1E 00" << 1 << 0
                                     << "bTimeOut2: length 2, the spec gives it 1 byte(s)";
    QTest::newRow("dword of 2 bytes")
        << "0A 02 00 01" << 1 << 0 << "dwMaxAPDUDataSize: length 2, the spec gives it 4 byte(s)";
}

void TestTlvProperties::malformed()
{
    QFETCH(QString, answer);
    QFETCH(int, kept);
    QFETCH(int, offset);
    QFETCH(QString, message);
    const TlvProperties properties = TlvProperties::parse(hex(answer));
    QCOMPARE(int(properties.properties().size()), kept);
    QCOMPARE(properties.problems().size(), std::size_t(1));
    QCOMPARE(properties.problems().front().offset, offset);
    QCOMPARE(properties.problems().front().message, message);
}

void TestTlvProperties::unknownTagKept()
{
    const TlvProperties properties = TlvProperties::parse(hex("42 02 34 12  43 03 01 02 03"));
    QVERIFY(properties.isClean());
    QCOMPARE(properties.properties().size(), std::size_t(2));
    QCOMPARE(properties.properties().at(0).name, QStringLiteral("unknown property 0x42"));
    QCOMPARE(*properties.properties().at(0).number, 0x1234u);
    QVERIFY(!properties.properties().at(1).number);
    QCOMPARE(properties.properties().at(1).text, QStringLiteral("01 02 03"));
}

QTEST_GUILESS_MAIN(TestTlvProperties)
#include "tst_tlvproperties.moc"
