#include "bytestostring.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QTest>

using smartcard::Bytes;
using smartcard::HexFlag;
using smartcard::HexFormat;

// pyscard's toHexString(bytes, format) for every format, and toBytes on good and bad text.
class TestHexFormat : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void pyscardNumbers();
    void toBytes_data();
    void toBytes();
};

void TestHexFormat::format_data()
{
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<HexFormat>("format");
    QTest::addColumn<QString>("expected");

    const Bytes atr { 0x3B, 0x65, 0x00, 0x9C };
    QTest::newRow("none") << atr << HexFormat() << "3B 65 00 9C";
    QTest::newRow("pack") << atr << HexFormat(HexFlag::Pack) << "3B65009C";
    QTest::newRow("hex") << atr << HexFormat(HexFlag::Hex) << "0x3B 0x65 0x00 0x9C";
    QTest::newRow("hex pack") << atr << (HexFlag::Hex | HexFlag::Pack) << "0x3B0x650x000x9C";
    QTest::newRow("uppercase alone changes nothing") << atr << HexFormat(HexFlag::Uppercase) << "3B 65 00 9C";
    QTest::newRow("uppercase pack") << atr << (HexFlag::Uppercase | HexFlag::Pack) << "3B65009C";
    QTest::newRow("hex uppercase") << atr << (HexFlag::Hex | HexFlag::Uppercase) << "0X3B 0X65 0X00 0X9C";
    QTest::newRow("hex uppercase pack")
        << atr << (HexFlag::Hex | HexFlag::Uppercase | HexFlag::Pack) << "0X3B0X650X000X9C";
    QTest::newRow("comma") << atr << HexFormat(HexFlag::Comma) << "3B, 65, 00, 9C";
    QTest::newRow("comma pack") << atr << (HexFlag::Comma | HexFlag::Pack) << "3B,65,00,9C";
    QTest::newRow("comma hex") << atr << (HexFlag::Comma | HexFlag::Hex) << "0x3B, 0x65, 0x00, 0x9C";
    QTest::newRow("comma hex pack") << atr << (HexFlag::Comma | HexFlag::Hex | HexFlag::Pack)
                                    << "0x3B,0x65,0x00,0x9C";
    QTest::newRow("comma uppercase") << atr << (HexFlag::Comma | HexFlag::Uppercase) << "3B, 65, 00, 9C";
    QTest::newRow("comma uppercase pack")
        << atr << (HexFlag::Comma | HexFlag::Uppercase | HexFlag::Pack) << "3B,65,00,9C";
    QTest::newRow("comma hex uppercase")
        << atr << (HexFlag::Comma | HexFlag::Hex | HexFlag::Uppercase) << "0X3B, 0X65, 0X00, 0X9C";
    QTest::newRow("all four") << atr << (HexFlag::Comma | HexFlag::Hex | HexFlag::Uppercase | HexFlag::Pack)
                              << "0X3B,0X65,0X00,0X9C";
    QTest::newRow("one byte, comma: no trailing separator")
        << Bytes { 0x05 } << HexFormat(HexFlag::Comma) << "05";
    QTest::newRow("one byte, hex") << Bytes { 0xff } << HexFormat(HexFlag::Hex) << "0xFF";
    QTest::newRow("empty, all four") << Bytes {}
                                     << (HexFlag::Comma | HexFlag::Hex | HexFlag::Uppercase | HexFlag::Pack)
                                     << "";
    QTest::newRow("empty, none") << Bytes {} << HexFormat() << "";
}

void TestHexFormat::format()
{
    QFETCH(Bytes, bytes);
    QFETCH(HexFormat, format);
    QFETCH(QString, expected);
    QCOMPARE(smartcard::toHexString(bytes, format), expected);
}

// The flag values are pyscard's, so a pyscard format number reads as the same flags.
void TestHexFormat::pyscardNumbers()
{
    QCOMPARE(HexFormat::fromInt(1), HexFormat(HexFlag::Pack));
    QCOMPARE(HexFormat::fromInt(2), HexFormat(HexFlag::Hex));
    QCOMPARE(HexFormat::fromInt(4), HexFormat(HexFlag::Uppercase));
    QCOMPARE(HexFormat::fromInt(8), HexFormat(HexFlag::Comma));
    const Bytes bytes { 0x01, 0xA0 };
    // The separator overload and the empty format agree with pyscard's default.
    QCOMPARE(smartcard::toHexString(bytes, HexFormat()), smartcard::toHexString(bytes));
}

void TestHexFormat::toBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<int>("errorOffset"); // -1: valid

    QTest::newRow("pyscard spaced") << "3B 65 00 00 9C 11 01 01 03"
                                    << Bytes { 0x3B, 0x65, 0x00, 0x00, 0x9C, 0x11, 0x01, 0x01, 0x03 } << -1;
    QTest::newRow("pyscard packed") << "3B6500009C11010103"
                                    << Bytes { 0x3B, 0x65, 0x00, 0x00, 0x9C, 0x11, 0x01, 0x01, 0x03 } << -1;
    QTest::newRow("pyscard runs of spaces")
        << "3B6500   009C1101  0103" << Bytes { 0x3B, 0x65, 0x00, 0x00, 0x9C, 0x11, 0x01, 0x01, 0x03 } << -1;
    QTest::newRow("tabs and newlines") << "3b\t65\n00" << Bytes { 0x3B, 0x65, 0x00 } << -1;
    QTest::newRow("colons, lower case") << "3b:65:9c" << Bytes { 0x3B, 0x65, 0x9C } << -1;
    QTest::newRow("empty") << "" << Bytes {} << -1;
    QTest::newRow("odd digit count (pyscard drops the nibble)") << "3B6" << Bytes { 0x3B } << 0;
    QTest::newRow("sign (pyscard reads +1 as 01)") << "3B +1" << Bytes { 0x3B } << 3;
    QTest::newRow("0x prefix") << "0x3B" << Bytes {} << 1;
    QTest::newRow("letter") << "3B 6Z" << Bytes { 0x3B } << 4;
}

void TestHexFormat::toBytes()
{
    QFETCH(QString, text);
    QFETCH(Bytes, bytes);
    QFETCH(int, errorOffset);
    const smartcard::BytesResult result = smartcard::toBytes(text);
    QCOMPARE(result.bytes, bytes);
    if (errorOffset < 0) {
        QVERIFY2(result.isValid(), qPrintable(result.error->message));
    } else {
        QVERIFY(!result.isValid());
        QCOMPARE(result.error->offset, errorOffset);
        QVERIFY(!result.error->message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHexFormat)
#include "tst_hexformat.moc"
