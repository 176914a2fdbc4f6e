#include "features/readerattributes.h"
#include "pcsc/types.h"
#include "util/hexparser.h"

#include <QSet>
#include <QTest>

using namespace smartcard;
namespace attribute = smartcard::pcsc::attribute;

class TestReaderAttributes : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void tableHasUniqueIdsAndNames();
    void unknownIdIsHex();
};

void TestReaderAttributes::decode_data()
{
    QTest::addColumn<quint32>("id");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");

    QTest::newRow("vendor name") << attribute::VendorName << "41 43 4D 45 00"
                                 << "\"ACME\""
                                 << "";
    QTest::newRow("vendor name without NUL") << attribute::VendorName << "41 43 4D 45"
                                             << "\"ACME\""
                                             << "";
    QTest::newRow("IFD type") << attribute::VendorIfdType << "50 69 6E 70 61 64 00"
                              << "\"Pinpad\""
                              << "";
    QTest::newRow("serial number") << attribute::VendorIfdSerialNo << "31 32 33 00"
                                   << "\"123\""
                                   << "";
    QTest::newRow("serial not printable") << attribute::VendorIfdSerialNo << "31 01 00"
                                          << "\"1.\" (31 01 00)"
                                          << "not printable ASCII";
    QTest::newRow("bytes after NUL") << attribute::VendorName << "41 00 42"
                                     << "\"A\" (41 00 42)"
                                     << "bytes after the terminating NUL";
    QTest::newRow("friendly name") << attribute::DeviceFriendlyName << "52 00"
                                   << "\"R\""
                                   << "";
    QTest::newRow("IFD version 1.2.0345") << attribute::VendorIfdVersion << "45 03 02 01"
                                          << "01.02.0345"
                                          << "";
    QTest::newRow("IFD version bcdDevice") << attribute::VendorIfdVersion << "00 00 10 02"
                                           << "02.10.0000"
                                           << "";
    QTest::newRow("IFD version short") << attribute::VendorIfdVersion << "45 03"
                                       << "45 03"
                                       << "2 byte(s), expected 4 (a DWORD)";
    QTest::newRow("channel USB") << attribute::ChannelId << "07 03 20 00"
                                 << "USB, bus 3 address 7 (channel 0x0307)"
                                 << "";
    QTest::newRow("channel serial") << attribute::ChannelId << "02 00 01 00"
                                    << "serial port, channel 2"
                                    << "";
    QTest::newRow("channel vendor") << attribute::ChannelId << "01 00 F1 00"
                                    << "vendor-defined channel 0xF1, channel 1"
                                    << "";
    QTest::newRow("channel unknown") << attribute::ChannelId << "00 00 00 01"
                                     << "unknown channel type 0x0100, channel 0"
                                     << "";
    QTest::newRow("max input") << attribute::MaxInput << "05 01 00 00"
                               << "261"
                               << "";
    QTest::newRow("max input empty") << attribute::MaxInput << ""
                                     << ""
                                     << "0 byte(s), expected 1 to 4 (an integer)";
    QTest::newRow("max IFSD one byte") << attribute::MaxIfsd << "FE"
                                       << "254"
                                       << "";
    QTest::newRow("ATR") << attribute::AtrString << "3B 02 14 50"
                         << "3B 02 14 50"
                         << "";
    QTest::newRow("current protocol T=1") << attribute::CurrentProtocolType << "02 00 00 00"
                                          << "T=1"
                                          << "";
    QTest::newRow("current protocol undefined") << attribute::CurrentProtocolType << "00 00 00 00"
                                                << "undefined"
                                                << "";
    QTest::newRow("ICC presence") << attribute::IccPresence << "02"
                                  << "present (swallowed if the reader swallows cards)"
                                  << "";
    QTest::newRow("ICC presence absent") << attribute::IccPresence << "00"
                                         << "not present"
                                         << "";
    QTest::newRow("ICC presence long") << attribute::IccPresence << "00 00"
                                       << "00 00"
                                       << "2 byte(s), expected 1";
    QTest::newRow("ICC interface") << attribute::IccInterfaceStatus << "01"
                                   << "active"
                                   << "";
    QTest::newRow("characteristics") << pcsc::attributeId(6, 0x0150) << "03 00 00 00"
                                     << "card swallowing, card ejection"
                                     << "";
    QTest::newRow("power management") << pcsc::attributeId(4, 0x0131) << "00 00 00 00"
                                      << "no"
                                      << "";
    QTest::newRow("default clock") << pcsc::attributeId(3, 0x0121) << "A0 0F 00 00"
                                   << "4000"
                                   << "";
}

void TestReaderAttributes::decode()
{
    QFETCH(quint32, id);
    QFETCH(QString, value);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const ReaderAttributes::Decoded decoded = ReaderAttributes::decode(id, HexParser::parse(value).bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.problem, problem);
}

void TestReaderAttributes::tableHasUniqueIdsAndNames()
{
    QSet<quint32> ids;
    QSet<QString> names;
    for (const ReaderAttributes::Definition &definition : ReaderAttributes::definitions()) {
        QVERIFY2(!ids.contains(definition.id), definition.name);
        QVERIFY(QString::fromLatin1(definition.name).startsWith("SCARD_ATTR_"));
        ids.insert(definition.id);
        names.insert(QString::fromLatin1(definition.name));
        QCOMPARE(ReaderAttributes::find(definition.id), &definition);
    }
    QCOMPARE(names.size(), ids.size());
    QVERIFY(ids.contains(attribute::VendorName));
    QVERIFY(ids.contains(attribute::DeviceFriendlyName));
}

void TestReaderAttributes::unknownIdIsHex()
{
    QVERIFY(!ReaderAttributes::find(0x12345678));
    QCOMPARE(ReaderAttributes::decode(0x12345678, Bytes { 0x01, 0xAB }).text, QStringLiteral("01 AB"));
}

QTEST_GUILESS_MAIN(TestReaderAttributes)
#include "tst_readerattributes.moc"
