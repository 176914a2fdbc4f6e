#include "checkertesting.h"
#include "sw/iso7816_8errorchecker.h"

#include <QTest>

using namespace smartcard;
using checkertesting::ExpectedRow;

namespace {

// pyscard's table for ISO7816_8ErrorChecker: its status words and classes, our texts.
QList<ExpectedRow> expectedRows()
{
    QList<ExpectedRow> rows {
        { 0x6300, SWExceptionKind::WarningProcessing, QStringLiteral("authentication failed") },
        { 0x6581, SWExceptionKind::ExecutionError, QStringLiteral("memory failure (unsuccessful changing)") },
        { 0x6600, SWExceptionKind::SecurityRelated,
            QStringLiteral("the security environment cannot be set or modified") },
        { 0x6687, SWExceptionKind::SecurityRelated,
            QStringLiteral("expected secure messaging data objects missing") },
        { 0x6688, SWExceptionKind::SecurityRelated,
            QStringLiteral("secure messaging data objects incorrect") },
        { 0x6700, SWExceptionKind::CheckingError, QStringLiteral("wrong length (empty Lc field)") },
        { 0x6883, SWExceptionKind::CheckingError, QStringLiteral("final command of the chain expected") },
        { 0x6884, SWExceptionKind::CheckingError, QStringLiteral("command chaining not supported") },
        { 0x6982, SWExceptionKind::CheckingError, QStringLiteral("security status not satisfied") },
        { 0x6983, SWExceptionKind::CheckingError, QStringLiteral("authentication method blocked") },
        { 0x6984, SWExceptionKind::CheckingError, QStringLiteral("referenced data invalidated") },
        { 0x6985, SWExceptionKind::CheckingError, QStringLiteral("conditions of use not satisfied") },
        { 0x6A81, SWExceptionKind::CheckingError, QStringLiteral("function not supported") },
        { 0x6A82, SWExceptionKind::CheckingError, QStringLiteral("file not found") },
        { 0x6A86, SWExceptionKind::CheckingError, QStringLiteral("incorrect parameters P1-P2") },
        { 0x6A88, SWExceptionKind::CheckingError, QStringLiteral("referenced data not found") },
    };
    rows += checkertesting::pinTriesRows();
    return rows;
}

} // namespace

class TestISO78168ErrorChecker : public QObject
{
    Q_OBJECT

private slots:
    void raisesTheTableRow_data() { checkertesting::addRows(expectedRows()); }
    void raisesTheTableRow();
    void everyOtherStatusWordPasses();
};

void TestISO78168ErrorChecker::raisesTheTableRow()
{
    QFETCH(int, sw);
    QFETCH(SWExceptionKind, kind);
    QFETCH(QString, text);
    checkertesting::verifyRaises(ISO7816_8ErrorChecker(), quint16(sw), kind, text);
}

void TestISO78168ErrorChecker::everyOtherStatusWordPasses()
{
    checkertesting::verifyOnlyListedRaise(ISO7816_8ErrorChecker(), expectedRows());
}

QTEST_GUILESS_MAIN(TestISO78168ErrorChecker)
#include "tst_iso7816_8errorchecker.moc"
