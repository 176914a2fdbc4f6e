#include "console/apduvalidator.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QTest>

using smartcard::Bytes;
using Kind = ApduValidation::ErrorKind;

Q_DECLARE_METATYPE(ApduValidation::ErrorKind)

// Every input the console's editor may get: the error at its character position, the case.
class TestApduValidator : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void validCases_data();
    void validCases();
    void fillLc_data();
    void fillLc();
    void fillLcRefuses_data();
    void fillLcRefuses();
};

namespace {

QString hexOf(const Bytes &bytes)
{
    return smartcard::toHexString(bytes, u"");
}

// "00 D6 00 00" + extended Lc + `count` data bytes, as text.
QString extendedUpdate(int count)
{
    QString text = QStringLiteral("00 D6 00 00 00 %1 %2")
                       .arg(count >> 8, 2, 16, QChar(u'0'))
                       .arg(count & 0xFF, 2, 16, QChar(u'0'));
    for (int i = 0; i < count; ++i)
        text += QStringLiteral(" %1").arg(i & 0xFF, 2, 16, QChar(u'0'));
    return text;
}

} // namespace

void TestApduValidator::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << "" << Kind::Empty << 0 << 0 << "empty";
    QTest::newRow("only separators") << " : , " << Kind::Empty << 0 << 0 << "empty";
    QTest::newRow("odd digits packed") << "00A4040" << Kind::OddDigitCount << 0 << 7 << "odd number";
    QTest::newRow("odd last group") << "00 A4 04 0" << Kind::OddDigitCount << 9 << 1 << "odd number";
    QTest::newRow("odd middle group") << "00 A40 04 00" << Kind::OddDigitCount << 3 << 3 << "odd number";
    QTest::newRow("letter G") << "00 A4 G4 00" << Kind::NonHexCharacter << 6 << 1 << "'G'";
    QTest::newRow("0x prefix") << "00 A4 0x04 00" << Kind::NonHexCharacter << 7 << 1 << "'x'";
    QTest::newRow("semicolon") << "00A4;0400" << Kind::NonHexCharacter << 4 << 1 << "';'";
    QTest::newRow("three bytes") << "00 A4 04" << Kind::Length << 8 << 0 << "header";
    QTest::newRow("Lc over data") << "00 A4 04 00 05 A0 00" << Kind::Length << 12 << 2 << "Lc is 5";
    QTest::newRow("two bytes after data")
        << "00 A4 04 00 02 3F 00 00 00" << Kind::Length << 24 << 2 << "only a one-byte Le";
    QTest::newRow("extended Lc cut") << "00 B0 00 00 00 01" << Kind::Length << 17 << 0 << "extended";
    QTest::newRow("extended Lc 0000 with data")
        << "00 D6 00 00 00 00 00 01" << Kind::Length << 15 << 2 << "0000";
    QTest::newRow("extended Lc over data")
        << "00D60000 000002 AA" << Kind::Length << 11 << 2 << "extended Lc is 2";
    QTest::newRow("extended three after data")
        << "00 D6 00 00 00 00 01 AA BB CC DD" << Kind::Length << 24 << 2 << "two-byte Le";
}

void TestApduValidator::badInput()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, messagePart);

    const ApduValidation result = ApduValidator::validate(text);
    QVERIFY(!result.isValid());
    QCOMPARE(result.errorKind, kind);
    QCOMPARE(result.errorPosition, position);
    QCOMPARE(result.errorLength, length);
    QVERIFY2(result.errorMessage.contains(messagePart), qPrintable(result.errorMessage));
    QVERIFY(result.caseName().isEmpty());
    QVERIFY(result.caseCode().isEmpty());
}

void TestApduValidator::validCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caseCode");
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("bytes");

    QTest::newRow("case 1") << "00A40400"
                            << "1"
                            << "case 1"
                            << "00A40400";
    QTest::newRow("case 2 short") << "00 84 00 00 08"
                                  << "2S"
                                  << "case 2 short"
                                  << "0084000008";
    QTest::newRow("colons") << "00:84:00:00:08"
                            << "2S"
                            << "case 2 short"
                            << "0084000008";
    QTest::newRow("commas and tabs") << "00,84,\t00 00,08"
                                     << "2S"
                                     << "case 2 short"
                                     << "0084000008";
    QTest::newRow("case 3 lower case") << "00 a4 04 0c 02 3f 00"
                                       << "3S"
                                       << "case 3 short"
                                       << "00A4040C023F00";
    QTest::newRow("case 4 short mixed") << "00A4040002 3F00 00"
                                        << "4S"
                                        << "case 4 short"
                                        << "00A40400023F0000";
    QTest::newRow("case 2 extended") << "00 B0 00 00 00 01 00"
                                     << "2E"
                                     << "case 2 extended"
                                     << "00B00000000100";
    QTest::newRow("case 3 extended") << "00 D6 00 00 00 00 02 AA BB"
                                     << "3E"
                                     << "case 3 extended"
                                     << "00D60000000002AABB";
    QTest::newRow("case 4 extended") << "00 D6 00 00 00 00 02 AA BB 00 00"
                                     << "4E"
                                     << "case 4 extended"
                                     << "00D60000000002AABB0000";
    const QString big = extendedUpdate(300);
    QTest::newRow("case 3 extended 300 bytes")
        << big << "3E"
        << "case 3 extended" << hexOf(smartcard::HexParser::parse(big).bytes);
    QTest::newRow("surrounding spaces") << "  80 EE 00 00  "
                                        << "1"
                                        << "case 1"
                                        << "80EE0000";
}

void TestApduValidator::validCases()
{
    QFETCH(QString, text);
    QFETCH(QString, caseCode);
    QFETCH(QString, caseName);
    QFETCH(QString, bytes);

    const ApduValidation result = ApduValidator::validate(text);
    QVERIFY2(result.isValid(), qPrintable(result.errorMessage));
    QCOMPARE(result.errorKind, Kind::None);
    QCOMPARE(result.errorPosition, -1);
    QCOMPARE(result.caseCode(), caseCode);
    QCOMPARE(result.caseName(), caseName);
    QCOMPARE(hexOf(result.bytes), bytes);
}

void TestApduValidator::fillLc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("le"); // -1: none asked for
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("caseCode");

    QTest::newRow("header + data") << "00A4040C 3F00" << -1 << "00A4040C023F00"
                                   << "3S";
    QTest::newRow("right Lc unchanged") << "00 A4 04 0C 02 3F 00" << -1 << "00A4040C023F00"
                                        << "3S";
    QTest::newRow("case 4 keeps Le") << "00A4040002 3F00 10" << -1 << "00A40400023F0010"
                                     << "4S";
    QTest::newRow("case 4 Le replaced") << "00A4040002 3F00 10" << 0 << "00A40400023F0000"
                                        << "4S";
    QTest::newRow("data + Le 00") << "00 A4 04 00 A0 00 00 03 97" << 0 << "00A4040005A00000039700"
                                  << "4S";
    QTest::newRow("wrong Lc is taken as data")
        << "00 A4 04 00 08 A0 00 00 00 03 97" << -1 << "00A404000708A00000000397"
        << "3S";
    // One data byte too many reads as a valid case 4 (the last byte is Le): left alone.
    QTest::newRow("extra byte reads as Le")
        << "00 A4 04 00 05 A0 00 00 00 03 97" << -1 << "00A4040005A00000000397"
        << "4S";
    QTest::newRow("case 2 byte is data") << "00 A4 04 0C 3F" << -1 << "00A4040C013F"
                                         << "3S";
    QTest::newRow("header only") << "00 84 00 00" << -1 << "00840000"
                                 << "1";
    QTest::newRow("header + Le 8") << "00 84 00 00" << 8 << "0084000008"
                                   << "2S";
    QTest::newRow("header + Le 256") << "00 84 00 00" << 256 << "0084000000"
                                     << "2S";
    QTest::newRow("header + extended Le") << "00 B0 00 00" << 300 << "00B0000000012C"
                                          << "2E";
    QTest::newRow("extended kept") << "00 D6 00 00 00 00 02 AA BB" << -1 << "00D60000000002AABB"
                                   << "3E";
    QTest::newRow("extended + Le 00") << "00 D6 00 00 00 00 02 AA BB" << 0 << "00D60000000002AABB0000"
                                      << "4E";
    const QString big = extendedUpdate(300);
    const QString bigHex = hexOf(smartcard::HexParser::parse(big).bytes);
    QTest::newRow("300 data bytes: extended Lc") << QString(big).remove(12, 9) << -1 << bigHex << "3E";
    QTest::newRow("short data + extended Le") << "00 D6 00 00 AA" << 65536 << "00D6000000 0001AA 0000"
                                              << "4E";
}

void TestApduValidator::fillLc()
{
    QFETCH(QString, text);
    QFETCH(int, le);
    QFETCH(QString, expected);
    QFETCH(QString, caseCode);

    QString error;
    const std::optional<Bytes> filled
        = ApduValidator::fillLc(text, le < 0 ? std::nullopt : std::optional<int>(le), &error);
    QVERIFY2(filled, qPrintable(error));
    QCOMPARE(hexOf(*filled), QString(expected).remove(u' '));
    const ApduValidation check = ApduValidator::validate(hexOf(*filled));
    QVERIFY2(check.isValid(), qPrintable(check.errorMessage));
    QCOMPARE(check.caseCode(), caseCode);
}

void TestApduValidator::fillLcRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("le");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("two bytes") << "00 A4" << -1 << "CLA INS P1 P2";
    QTest::newRow("not hex") << "00 A4 04 zz" << -1 << "'z'";
    QTest::newRow("odd digits") << "00 A4 04 0" << -1 << "odd";
    QTest::newRow("Le out of range") << "00 84 00 00" << 70000 << "70000";
}

void TestApduValidator::fillLcRefuses()
{
    QFETCH(QString, text);
    QFETCH(int, le);
    QFETCH(QString, messagePart);

    QString error;
    QVERIFY(!ApduValidator::fillLc(text, le < 0 ? std::nullopt : std::optional<int>(le), &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestApduValidator)
#include "tst_apduvalidator.moc"
