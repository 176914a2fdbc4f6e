#include "tlv/tlvtagnames.h"
#include "tlv/tlvtreetext.h"

#include <QTest>

using smartcard::BerTlvDecoder;
using smartcard::Bytes;

// The indented rendering of a decoded tree, and the tag names it uses.
class TestTlvTreeText : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void tagNames_data();
    void tagNames();
};

void TestTlvTreeText::lines_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("FCI") << QByteArray::fromHex("6F10 8407A0000000031010 A505 500356495A")
                         << QStringList { "6F FCI template (16 bytes at 0)",
                                "  84 DF name (7 bytes at 2): A0 00 00 00 03 10 10",
                                "  A5 FCI proprietary template (5 bytes at 11)",
                                "    50 application label (3 bytes at 13): 56 49 5A \"VIZ\"" };
    QTest::newRow("unknown tag, empty value")
        << QByteArray::fromHex("C100") << QStringList { "C1 (0 bytes at 0)" };
    QTest::newRow("multi-byte tag keeps its leading zero digits")
        << QByteArray::fromHex("1F0101FF") << QStringList { "1F01 (1 byte at 0): FF" };
    QTest::newRow("82 by context") << QByteArray::fromHex("8202 1980 6204 82023821")
                                   << QStringList {
                                          "82 application interchange profile (2 bytes at 0): 19 80",
                                          "62 FCP template (4 bytes at 4)",
                                          "  82 file descriptor (2 bytes at 6): 38 21 \"8!\""
                                      };
    QTest::newRow("truncated, with its problem")
        << QByteArray::fromHex("5A0812")
        << QStringList { "5A application PAN (8 bytes declared, 1 present, at 0): 12",
               "problem at byte 0: tag 5A at byte 0 declares 8 value bytes, 1 present" };
}

void TestTlvTreeText::lines()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, lines);
    const Bytes bytes(data.begin(), data.end());
    QCOMPARE(smartcard::tlvTreeLines(BerTlvDecoder::decode(bytes)), lines);
}

void TestTlvTreeText::tagNames_data()
{
    QTest::addColumn<uint>("tag");
    QTest::addColumn<uint>("parent");
    QTest::addColumn<QString>("name");

    QTest::newRow("FCI") << 0x6Fu << 0u << "FCI template";
    QTest::newRow("two-byte") << 0x9F38u << 0x6Fu << "PDOL";
    QTest::newRow("80 at top level") << 0x80u << 0u << "response template, format 1";
    QTest::newRow("80 in an FCP") << 0x80u << 0x62u << "file size";
    QTest::newRow("unknown") << 0xC1u << 0u << "";
}

void TestTlvTreeText::tagNames()
{
    QFETCH(uint, tag);
    QFETCH(uint, parent);
    QFETCH(QString, name);
    QCOMPARE(smartcard::tlvTagName(tag, parent), name);
}

QTEST_GUILESS_MAIN(TestTlvTreeText)
#include "tst_tlvtreetext.moc"
