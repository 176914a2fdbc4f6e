#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QTest>

using smartcard::Bytes;
using smartcard::HexParser;

class TestHexParser : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void toHexString();
};

void TestHexParser::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << "" << QByteArray();
    QTest::newRow("only separators") << " :, \t" << QByteArray();
    QTest::newRow("packed upper") << "00A4040C" << QByteArray::fromHex("00A4040C");
    QTest::newRow("packed lower") << "00a4040c" << QByteArray::fromHex("00A4040C");
    QTest::newRow("spaced") << "00 A4 04 0C" << QByteArray::fromHex("00A4040C");
    QTest::newRow("colons") << "00:a4:04:0C" << QByteArray::fromHex("00A4040C");
    QTest::newRow("commas") << "00,A4,04,0C" << QByteArray::fromHex("00A4040C");
    QTest::newRow("mixed groups") << "  00A4 04:0c\n" << QByteArray::fromHex("00A4040C");
    QTest::newRow("tabs and runs of separators") << "3B\t\t02 ::14  50" << QByteArray::fromHex("3B021450");
}

void TestHexParser::valid()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    const HexParser::Result result = HexParser::parse(text);
    QVERIFY2(result.isValid(), qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(result.bytes.data()), qsizetype(result.bytes.size())),
        bytes);
}

void TestHexParser::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("readBefore");

    QTest::newRow("non-hex letter") << "00 A4 0G 0C" << 7 << "'G' is not a hex digit"
                                    << QByteArray::fromHex("00A4");
    QTest::newRow("non-hex first digit") << "X0" << 0 << "'X' is not a hex digit" << QByteArray();
    QTest::newRow("odd packed") << "00A" << 0 << "odd number of hex digits in '00A'"
                                << QByteArray::fromHex("00");
    QTest::newRow("lone nibble between groups")
        << "00 A 04" << 3 << "odd number of hex digits in 'A'" << QByteArray::fromHex("00");
    QTest::newRow("odd at the end") << "00 A4 0" << 6 << "odd number of hex digits in '0'"
                                    << QByteArray::fromHex("00A4");
    QTest::newRow("0x prefix is not hex") << "0x00" << 1 << "'x' is not a hex digit" << QByteArray();
    QTest::newRow("dash separator") << "00-A4" << 2 << "'-' is not a hex digit" << QByteArray::fromHex("00");
    QTest::newRow("non-ASCII") << QString::fromUtf8("00 ÄA") << 3
                               << QString::fromUtf8("'Ä' is not a hex digit") << QByteArray::fromHex("00");
}

void TestHexParser::invalid()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(QString, message);
    QFETCH(QByteArray, readBefore);
    const HexParser::Result result = HexParser::parse(text);
    QVERIFY(!result.isValid());
    QCOMPARE(result.error->offset, offset);
    QCOMPARE(result.error->message, message);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(result.bytes.data()), qsizetype(result.bytes.size())),
        readBefore);
}

void TestHexParser::toHexString()
{
    const Bytes bytes { 0x3B, 0x02, 0xa4, 0x00 };
    QCOMPARE(smartcard::toHexString(bytes), QStringLiteral("3B 02 A4 00"));
    QCOMPARE(smartcard::toHexString(bytes, u""), QStringLiteral("3B02A400"));
    QCOMPARE(smartcard::toHexString(Bytes {}), QString());
    QCOMPARE(HexParser::parse(smartcard::toHexString(bytes)).bytes, bytes);
}

QTEST_GUILESS_MAIN(TestHexParser)
#include "tst_hexparser.moc"
