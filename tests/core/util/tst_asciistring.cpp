#include "bytestostring.h"
#include "util/asciistring.h"

#include <QTest>

using smartcard::Bytes;

// toASCIIBytes, toASCIIString, the binary-string pair and padd.
class TestAsciiString : public QObject
{
    Q_OBJECT

private slots:
    void toASCIIBytes_data();
    void toASCIIBytes();
    void toASCIIString_data();
    void toASCIIString();
    void binString_data();
    void binString();
    void padd_data();
    void padd();
};

void TestAsciiString::toASCIIBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<int>("errorOffset"); // -1: valid

    QTest::newRow("pyscard example") << "Number 101" << Bytes { 78, 117, 109, 98, 101, 114, 32, 49, 48, 49 }
                                     << -1;
    QTest::newRow("empty") << "" << Bytes {} << -1;
    QTest::newRow("controls and DEL") << QStringLiteral("\x01\x7f") << Bytes { 0x01, 0x7F } << -1;
    QTest::newRow("Latin-1 fits a byte") << QString::fromUtf8("é\u00ff") << Bytes { 0xE9, 0xFF } << -1;
    QTest::newRow("euro does not fit") << QString::fromUtf8("ab€c") << Bytes { 'a', 'b' } << 2;
    QTest::newRow("non-BMP at the start") << QString::fromUtf8("😀a") << Bytes {} << 0;
}

void TestAsciiString::toASCIIBytes()
{
    QFETCH(QString, text);
    QFETCH(Bytes, bytes);
    QFETCH(int, errorOffset);
    const smartcard::BytesResult result = smartcard::toASCIIBytes(text);
    QCOMPARE(result.bytes, bytes);
    QCOMPARE(result.isValid(), errorOffset < 0);
    if (errorOffset >= 0) {
        QCOMPARE(result.error->offset, errorOffset);
        QVERIFY2(result.error->message.contains(text.mid(errorOffset, 1)), qPrintable(result.error->message));
    }
}

void TestAsciiString::toASCIIString_data()
{
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("pyscard example") << Bytes { 0x4E, 0x75, 0x6D, 0x62, 0x65, 0x72, 0x20, 0x31, 0x30, 0x31 }
                                     << "Number 101";
    QTest::newRow("pyscard non-printables") << Bytes { 0x01, 0x20, 0x80, 0x7E, 0xF0 } << ". .~.";
    QTest::newRow("0x1F is a dot, 0x20 a space") << Bytes { 0x1F, 0x20 } << ". ";
    QTest::newRow("DEL passes through (pyscard: above 0x7F only)")
        << Bytes { 0x7F } << QStringLiteral("\x7f");
    QTest::newRow("0x80 and 0xFF are dots") << Bytes { 0x80, 0xFF } << "..";
    QTest::newRow("empty") << Bytes {} << "";
}

void TestAsciiString::toASCIIString()
{
    QFETCH(Bytes, bytes);
    QFETCH(QString, text);
    QCOMPARE(smartcard::toASCIIString(bytes), text);
}

void TestAsciiString::binString_data()
{
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<QByteArray>("binString");

    QTest::newRow("pyscard example") << Bytes { 78, 117, 109, 98, 101, 114, 32, 49, 48, 49 }
                                     << QByteArray("Number 101");
    QTest::newRow("every kind of byte")
        << Bytes { 0x00, 0x7F, 0x80, 0xFF } << QByteArray("\x00\x7f\x80\xff", 4);
    QTest::newRow("empty") << Bytes {} << QByteArray();
}

void TestAsciiString::binString()
{
    QFETCH(Bytes, bytes);
    QFETCH(QByteArray, binString);
    QCOMPARE(smartcard::hexListToBinString(bytes), binString);
    QCOMPARE(smartcard::hl2bs(bytes), binString);
    QCOMPARE(smartcard::binStringToHexList(binString), bytes);
    QCOMPARE(smartcard::bs2hl(binString), bytes);
}

void TestAsciiString::padd_data()
{
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("padding"); // -1: the default
    QTest::addColumn<Bytes>("expected");

    const Bytes atr { 59, 101, 0, 0, 156, 17, 1, 1, 3 };
    QTest::newRow("pyscard: to 16 with FF")
        << atr << 16 << -1 << Bytes { 59, 101, 0, 0, 156, 17, 1, 1, 3, 255, 255, 255, 255, 255, 255, 255 };
    QTest::newRow("pyscard: to 12 with 80")
        << atr << 12 << 0x80 << Bytes { 59, 101, 0, 0, 156, 17, 1, 1, 3, 128, 128, 128 };
    QTest::newRow("pyscard: shorter length leaves it") << atr << 8 << -1 << atr;
    QTest::newRow("equal length leaves it") << atr << 9 << 0x00 << atr;
    QTest::newRow("empty to 2 with 00") << Bytes {} << 2 << 0x00 << Bytes { 0, 0 };
    QTest::newRow("length 0") << Bytes {} << 0 << -1 << Bytes {};
}

void TestAsciiString::padd()
{
    QFETCH(Bytes, bytes);
    QFETCH(int, length);
    QFETCH(int, padding);
    QFETCH(Bytes, expected);
    const Bytes padded = padding < 0 ? smartcard::padd(bytes, std::size_t(length))
                                     : smartcard::padd(bytes, std::size_t(length), std::uint8_t(padding));
    QCOMPARE(padded, expected);
}

QTEST_GUILESS_MAIN(TestAsciiString)
#include "tst_asciistring.moc"
