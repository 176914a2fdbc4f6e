#include "apdu/commandapdu.h"
#include "testhex.h"

#include <QTest>

#include <algorithm>

using cardscope::testing::hex;
using smartcard::CommandApdu;

namespace {

smartcard::Bytes extendedEcho(int dataLength, bool withLe)
{
    // Sized once, then filled: growing a vector from an initializer list trips GCC 12's
    // -Warray-bounds false positive at -O2/-O3.
    smartcard::Bytes apdu(7 + std::size_t(dataLength) + (withLe ? 2 : 0), 0x00);
    apdu[0] = 0x80;
    apdu[1] = 0xEE;
    apdu[5] = std::uint8_t(dataLength >> 8);
    apdu[6] = std::uint8_t(dataLength);
    std::fill_n(apdu.begin() + 7, dataLength, std::uint8_t(0x5A)); // the Le (if any) stays 0000
    return apdu;
}
} // namespace

Q_DECLARE_METATYPE(CommandApdu::Case)

class TestCommandApdu : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestCommandApdu::valid_data()
{
    QTest::addColumn<QByteArray>("apdu");
    QTest::addColumn<CommandApdu::Case>("apduCase");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<int>("nc");
    QTest::addColumn<int>("ne");
    QTest::addColumn<QString>("name");

    using C = CommandApdu::Case;
    QTest::newRow("case 1") << QByteArray::fromHex("00700000") << C::Case1 << false << 0 << 0 << "case 1";
    QTest::newRow("case 2 short") << QByteArray::fromHex("0084000008") << C::Case2 << false << 0 << 8
                                  << "case 2 short";
    QTest::newRow("case 2 short Le 00 is 256")
        << QByteArray::fromHex("00B0000000") << C::Case2 << false << 0 << 256 << "case 2 short";
    QTest::newRow("case 3 short") << QByteArray::fromHex("00A4000C023F00") << C::Case3 << false << 2 << 0
                                  << "case 3 short";
    QTest::newRow("case 4 short") << QByteArray::fromHex("00A4040007A000000003000000") << C::Case4 << false
                                  << 7 << 256 << "case 4 short";
    QTest::newRow("case 3 short 255 bytes")
        << QByteArray::fromHex("80EE0000FF" + QByteArray(255, 'A').toHex()) << C::Case3 << false << 255 << 0
        << "case 3 short";
    QTest::newRow("case 2 extended") << QByteArray::fromHex("00B00000000200") << C::Case2 << true << 0 << 512
                                     << "case 2 extended";
    QTest::newRow("case 2 extended 0000 is 65536")
        << QByteArray::fromHex("00B00000000000") << C::Case2 << true << 0 << 65536 << "case 2 extended";
    const smartcard::Bytes e3 = extendedEcho(300, false);
    QTest::newRow("case 3 extended") << QByteArray(
        reinterpret_cast<const char *>(e3.data()), qsizetype(e3.size()))
                                     << C::Case3 << true << 300 << 0 << "case 3 extended";
    const smartcard::Bytes e4 = extendedEcho(4096, true);
    QTest::newRow("case 4 extended") << QByteArray(
        reinterpret_cast<const char *>(e4.data()), qsizetype(e4.size()))
                                     << C::Case4 << true << 4096 << 65536 << "case 4 extended";
}

void TestCommandApdu::valid()
{
    QFETCH(QByteArray, apdu);
    QFETCH(CommandApdu::Case, apduCase);
    QFETCH(bool, extended);
    QFETCH(int, nc);
    QFETCH(int, ne);
    QFETCH(QString, name);
    const CommandApdu checked = CommandApdu::check(smartcard::Bytes(apdu.begin(), apdu.end()));
    QVERIFY2(checked.isValid(), qPrintable(checked.error() ? checked.error()->message : QString()));
    QCOMPARE(checked.apduCase(), apduCase);
    QCOMPARE(checked.isExtended(), extended);
    QCOMPARE(checked.nc(), nc);
    QCOMPARE(checked.ne(), ne);
    QCOMPARE(checked.caseName(), name);
}

void TestCommandApdu::invalid_data()
{
    QTest::addColumn<QString>("apdu");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << "" << 0
                           << "0 byte(s): a command APDU needs at least the 4 header bytes CLA INS P1 P2";
    QTest::newRow("three bytes")
        << "00 A4 04" << 3 << "3 byte(s): a command APDU needs at least the 4 header bytes CLA INS P1 P2";
    QTest::newRow("Lc larger than data")
        << "00 A4 04 00 07 A0 00 00" << 4 << "Lc is 7: 7 data byte(s) announced, 3 present";
    QTest::newRow("two bytes after data")
        << "00 A4 00 0C 02 3F 00 00 00" << 8
        << "2 byte(s) after the 2 data byte(s) announced by Lc; only a one-byte Le may follow";
    QTest::newRow("extended marker alone")
        << "00 B0 00 00 00 02" << 6 << "an extended length (00 at byte 4) needs two more length bytes";
    QTest::newRow("extended Lc zero with data")
        << "80 EE 00 00 00 00 00 01" << 5 << "extended Lc is 0000 but data follows";
    QTest::newRow("extended Lc larger than data")
        << "80 EE 00 00 00 01 00 01 02" << 5 << "extended Lc is 256: 256 data byte(s) announced, 2 present";
    QTest::newRow("extended one-byte Le")
        << "80 EE 00 00 00 00 02 01 02 00" << 9
        << "1 byte(s) after the 2 data byte(s) announced by extended Lc; only a two-byte Le may follow";
}

void TestCommandApdu::invalid()
{
    QFETCH(QString, apdu);
    QFETCH(int, offset);
    QFETCH(QString, message);
    const CommandApdu checked = CommandApdu::check(hex(apdu));
    QVERIFY(!checked.isValid());
    QCOMPARE(checked.error()->offset, offset);
    QCOMPARE(checked.error()->message, message);
}

QTEST_GUILESS_MAIN(TestCommandApdu)
#include "tst_commandapdu.moc"
