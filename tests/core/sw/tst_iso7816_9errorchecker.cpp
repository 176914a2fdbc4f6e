#include "checkertesting.h"
#include "sw/iso7816_9errorchecker.h"

#include <QTest>

using namespace smartcard;
using checkertesting::ExpectedRow;

namespace {

// pyscard's table for ISO7816_9ErrorChecker: its status words and classes, our texts.
QList<ExpectedRow> expectedRows()
{
    QList<ExpectedRow> rows {
        { 0x6282, SWExceptionKind::WarningProcessing, QStringLiteral("end of file or record reached") },
        { 0x6400, SWExceptionKind::ExecutionError, QStringLiteral("execution error") },
        { 0x6982, SWExceptionKind::CheckingError, QStringLiteral("security status not satisfied") },
        { 0x6A80, SWExceptionKind::CheckingError, QStringLiteral("incorrect parameters in the data field") },
        { 0x6A84, SWExceptionKind::CheckingError, QStringLiteral("not enough memory space") },
        { 0x6A89, SWExceptionKind::CheckingError, QStringLiteral("file already exists") },
        { 0x6A8A, SWExceptionKind::CheckingError, QStringLiteral("DF name already exists") },
    };
    return rows;
}

} // namespace

class TestISO78169ErrorChecker : public QObject
{
    Q_OBJECT

private slots:
    void raisesTheTableRow_data() { checkertesting::addRows(expectedRows()); }
    void raisesTheTableRow();
    void everyOtherStatusWordPasses();
};

void TestISO78169ErrorChecker::raisesTheTableRow()
{
    QFETCH(int, sw);
    QFETCH(SWExceptionKind, kind);
    QFETCH(QString, text);
    checkertesting::verifyRaises(ISO7816_9ErrorChecker(), quint16(sw), kind, text);
}

void TestISO78169ErrorChecker::everyOtherStatusWordPasses()
{
    checkertesting::verifyOnlyListedRaise(ISO7816_9ErrorChecker(), expectedRows());
}

QTEST_GUILESS_MAIN(TestISO78169ErrorChecker)
#include "tst_iso7816_9errorchecker.moc"
