#include "checkertesting.h"
#include "sw/op21_errorchecker.h"

#include <QTest>

using namespace smartcard;
using checkertesting::ExpectedRow;

namespace {

// pyscard's table for op21_ErrorChecker: its status words and classes, our texts.
QList<ExpectedRow> expectedRows()
{
    QList<ExpectedRow> rows {
        { 0x6283, SWExceptionKind::WarningProcessing,
            QStringLiteral("card life cycle state is CARD_LOCKED") },
        { 0x6300, SWExceptionKind::WarningProcessing, QStringLiteral("authentication failed") },
        { 0x6400, SWExceptionKind::ExecutionError, QStringLiteral("execution error") },
        { 0x6581, SWExceptionKind::ExecutionError, QStringLiteral("memory failure") },
        { 0x6700, SWExceptionKind::CheckingError, QStringLiteral("wrong length in Lc") },
        { 0x6982, SWExceptionKind::CheckingError, QStringLiteral("security status not satisfied") },
        { 0x6985, SWExceptionKind::CheckingError, QStringLiteral("conditions of use not satisfied") },
        { 0x6A80, SWExceptionKind::CheckingError, QStringLiteral("incorrect values in the command data") },
        { 0x6A81, SWExceptionKind::CheckingError, QStringLiteral("function not supported") },
        { 0x6A82, SWExceptionKind::CheckingError, QStringLiteral("application not found") },
        { 0x6A84, SWExceptionKind::CheckingError, QStringLiteral("not enough memory space") },
        { 0x6A86, SWExceptionKind::CheckingError, QStringLiteral("incorrect parameters P1-P2") },
        { 0x6A88, SWExceptionKind::CheckingError, QStringLiteral("referenced data not found") },
        { 0x6D00, SWExceptionKind::CheckingError, QStringLiteral("instruction not supported") },
        { 0x6E00, SWExceptionKind::CheckingError, QStringLiteral("class not supported") },
        { 0x9484, SWExceptionKind::CheckingError, QStringLiteral("algorithm not supported") },
        { 0x9485, SWExceptionKind::CheckingError, QStringLiteral("invalid key check value") },
    };
    return rows;
}

} // namespace

class Testop21ErrorChecker : public QObject
{
    Q_OBJECT

private slots:
    void raisesTheTableRow_data() { checkertesting::addRows(expectedRows()); }
    void raisesTheTableRow();
    void everyOtherStatusWordPasses();
};

void Testop21ErrorChecker::raisesTheTableRow()
{
    QFETCH(int, sw);
    QFETCH(SWExceptionKind, kind);
    QFETCH(QString, text);
    checkertesting::verifyRaises(op21_ErrorChecker(), quint16(sw), kind, text);
}

void Testop21ErrorChecker::everyOtherStatusWordPasses()
{
    checkertesting::verifyOnlyListedRaise(op21_ErrorChecker(), expectedRows());
}

QTEST_GUILESS_MAIN(Testop21ErrorChecker)
#include "tst_op21_errorchecker.moc"
