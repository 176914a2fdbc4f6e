#include "bytestostring.h"
#include "util/gsm0338.h"

#include <QTest>

using smartcard::Bytes;

// toGSM338Bytes: the default alphabet, the extension table, and characters it cannot map.
class TestGsm0338 : public QObject
{
    Q_OBJECT

private slots:
    void convert_data();
    void convert();
    void wholeDefaultAlphabet();
};

void TestGsm0338::convert_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Bytes>("bytes");
    QTest::addColumn<int>("errorOffset"); // -1: valid

    QTest::newRow("pyscard example") << QString::fromUtf8("@ùPascal")
                                     << Bytes { 0, 6, 80, 97, 115, 99, 97, 108 } << -1;
    QTest::newRow("empty") << "" << Bytes {} << -1;
    QTest::newRow("digits and punctuation keep their codes")
        << "%09?" << Bytes { 0x25, 0x30, 0x39, 0x3F } << -1;
    QTest::newRow("$ and currency sign")
        << QString::fromUtf8("$¤£¥") << Bytes { 0x02, 0x24, 0x01, 0x03 } << -1;
    QTest::newRow("line feed, carriage return") << "\n\r" << Bytes { 0x0A, 0x0D } << -1;
    QTest::newRow("Greek capitals") << QString::fromUtf8("ΔΦΓΛΩΠΨΣΘΞ")
                                    << Bytes { 0x10, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A }
                                    << -1;
    QTest::newRow("accents") << QString::fromUtf8(
        "ÄÖÑÜ§¿äöñüà¡") << Bytes { 0x5B, 0x5C, 0x5D, 0x5E, 0x5F, 0x60, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F, 0x40 }
                             << -1;
    QTest::newRow("extension table") << QString::fromUtf8("^{}\\[~]|€\f")
                                     << Bytes { 0x1B, 0x14, 0x1B, 0x28, 0x1B, 0x29, 0x1B, 0x2F, 0x1B, 0x3C,
                                            0x1B, 0x3D, 0x1B, 0x3E, 0x1B, 0x40, 0x1B, 0x65, 0x1B, 0x0A }
                                     << -1;
    QTest::newRow("euro in a price") << QString::fromUtf8("5€") << Bytes { 0x35, 0x1B, 0x65 } << -1;
    QTest::newRow("backquote is not in the alphabet") << "ab`" << Bytes { 0x61, 0x62 } << 2;
    QTest::newRow("small c cedilla is not (only the capital)") << QString::fromUtf8("ç") << Bytes {} << 0;
    QTest::newRow("escape character itself") << QStringLiteral("a\x1b") << Bytes { 0x61 } << 1;
    QTest::newRow("emoji after text") << QString::fromUtf8("Hi 😀") << Bytes { 0x48, 0x69, 0x20 } << 3;
    QTest::newRow("lone high surrogate at the end")
        << (QStringLiteral("A") + QChar(0xD83D)) << Bytes { 0x41 } << 1;
    QTest::newRow("Cyrillic") << QString::fromUtf8("Жa") << Bytes {} << 0;
}

void TestGsm0338::convert()
{
    QFETCH(QString, text);
    QFETCH(Bytes, bytes);
    QFETCH(int, errorOffset);
    const smartcard::BytesResult result = smartcard::toGSM338Bytes(text);
    QCOMPARE(result.bytes, bytes);
    QCOMPARE(result.isValid(), errorOffset < 0);
    if (errorOffset >= 0) {
        QCOMPARE(result.error->offset, errorOffset);
        QVERIFY2(result.error->message.contains("GSM 03.38"), qPrintable(result.error->message));
    }
}

// Every 7-bit code but the escape has exactly one character; 128 characters map to 127 codes.
void TestGsm0338::wholeDefaultAlphabet()
{
    const QString alphabet
        = QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                            "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    QCOMPARE(alphabet.size(), 127);
    const smartcard::BytesResult result = smartcard::toGSM338Bytes(alphabet);
    QVERIFY(result.isValid());
    Bytes expected;
    for (int code = 0; code < 128; ++code) {
        if (code != 0x1B)
            expected.push_back(std::uint8_t(code));
    }
    QCOMPARE(result.bytes, expected);
}

QTEST_GUILESS_MAIN(TestGsm0338)
#include "tst_gsm0338.moc"
