#include "checkertesting.h"
#include "sw/iso7816_4errorchecker.h"

#include <QTest>

using namespace smartcard;
using checkertesting::ExpectedRow;

namespace {

// pyscard's table for ISO7816_4ErrorChecker: its status words and classes, our texts.
QList<ExpectedRow> expectedRows()
{
    QList<ExpectedRow> rows {
        { 0x6200, SWExceptionKind::WarningProcessing,
            QStringLiteral("no information given (response padded, or more commands expected)") },
        { 0x6281, SWExceptionKind::WarningProcessing,
            QStringLiteral("part of the returned data may be corrupted") },
        { 0x6282, SWExceptionKind::WarningProcessing,
            QStringLiteral("end of file or record reached before Le bytes were read") },
        { 0x6283, SWExceptionKind::WarningProcessing, QStringLiteral("selected file invalidated") },
        { 0x6284, SWExceptionKind::WarningProcessing,
            QStringLiteral("file control information not formatted as ISO 7816-4 says") },
        { 0x62FF, SWExceptionKind::WarningProcessing, QStringLiteral("executed correctly, response padded") },
        { 0x6300, SWExceptionKind::WarningProcessing, QStringLiteral("authentication failed") },
        { 0x6381, SWExceptionKind::WarningProcessing, QStringLiteral("file filled up by the last write") },
        { 0x6400, SWExceptionKind::ExecutionError, QStringLiteral("integrity error in the EEPROM") },
        { 0x6700, SWExceptionKind::CheckingError, QStringLiteral("wrong length (Lc)") },
        { 0x6881, SWExceptionKind::CheckingError, QStringLiteral("logical channel not supported") },
        { 0x6882, SWExceptionKind::CheckingError, QStringLiteral("secure messaging not supported") },
        { 0x6981, SWExceptionKind::CheckingError,
            QStringLiteral("command incompatible with the file structure") },
        { 0x6982, SWExceptionKind::CheckingError, QStringLiteral("security status not satisfied") },
        { 0x6983, SWExceptionKind::CheckingError, QStringLiteral("authentication method blocked") },
        { 0x6984, SWExceptionKind::CheckingError, QStringLiteral("referenced data invalidated") },
        { 0x6985, SWExceptionKind::CheckingError, QStringLiteral("conditions of use not satisfied") },
        { 0x6986, SWExceptionKind::CheckingError, QStringLiteral("command not allowed (no current EF)") },
        { 0x6987, SWExceptionKind::CheckingError,
            QStringLiteral("expected secure messaging data objects missing") },
        { 0x6988, SWExceptionKind::CheckingError, QStringLiteral("secure messaging data objects incorrect") },
        { 0x6A80, SWExceptionKind::CheckingError,
            QStringLiteral("incorrect parameters in the command data field") },
        { 0x6A81, SWExceptionKind::CheckingError, QStringLiteral("function not supported") },
        { 0x6A82, SWExceptionKind::CheckingError, QStringLiteral("file or application not found") },
        { 0x6A83, SWExceptionKind::CheckingError, QStringLiteral("record not found") },
        { 0x6A84, SWExceptionKind::CheckingError, QStringLiteral("not enough memory space in the file") },
        { 0x6A85, SWExceptionKind::CheckingError, QStringLiteral("Lc inconsistent with the TLV structure") },
        { 0x6A86, SWExceptionKind::CheckingError, QStringLiteral("incorrect parameters P1-P2") },
        { 0x6A87, SWExceptionKind::CheckingError, QStringLiteral("Lc inconsistent with P1-P2") },
        { 0x6A88, SWExceptionKind::CheckingError, QStringLiteral("referenced data not found") },
        { 0x6B00, SWExceptionKind::CheckingError, QStringLiteral("wrong parameters P1-P2") },
        { 0x6D00, SWExceptionKind::CheckingError, QStringLiteral("instruction code (INS) not supported") },
        { 0x6E00, SWExceptionKind::CheckingError, QStringLiteral("class (CLA) not supported") },
        { 0x6F00, SWExceptionKind::CheckingError, QStringLiteral("no precise diagnosis (fatal error)") },
    };
    rows += checkertesting::pinTriesRows();
    return rows;
}

} // namespace

class TestISO78164ErrorChecker : public QObject
{
    Q_OBJECT

private slots:
    void raisesTheTableRow_data() { checkertesting::addRows(expectedRows()); }
    void raisesTheTableRow();
    void everyOtherStatusWordPasses();
};

void TestISO78164ErrorChecker::raisesTheTableRow()
{
    QFETCH(int, sw);
    QFETCH(SWExceptionKind, kind);
    QFETCH(QString, text);
    checkertesting::verifyRaises(ISO7816_4ErrorChecker(), quint16(sw), kind, text);
}

void TestISO78164ErrorChecker::everyOtherStatusWordPasses()
{
    checkertesting::verifyOnlyListedRaise(ISO7816_4ErrorChecker(), expectedRows());
}

QTEST_GUILESS_MAIN(TestISO78164ErrorChecker)
#include "tst_iso7816_4errorchecker.moc"
