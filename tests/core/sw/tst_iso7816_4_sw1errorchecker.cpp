#include "checkertesting.h"
#include "sw/iso7816_4_sw1errorchecker.h"

#include <QTest>

using namespace smartcard;
using checkertesting::ExpectedRow;

namespace {

// pyscard's iso7816_4SW1: the class for each SW1, whatever SW2 is.
struct Sw1Row
{
    quint8 sw1;
    SWExceptionKind kind;
    const char *text;
};

const Sw1Row sw1Rows[] = {
    { 0x62, SWExceptionKind::WarningProcessing, "SW1 62, non-volatile memory unchanged" },
    { 0x63, SWExceptionKind::WarningProcessing, "SW1 63, non-volatile memory changed" },
    { 0x64, SWExceptionKind::ExecutionError, "SW1 64, non-volatile memory unchanged" },
    { 0x65, SWExceptionKind::ExecutionError, "SW1 65, non-volatile memory changed" },
    { 0x66, SWExceptionKind::SecurityRelated, "SW1 66, security-related issue" },
    { 0x67, SWExceptionKind::CheckingError, "SW1 67, wrong length" },
    { 0x68, SWExceptionKind::CheckingError, "SW1 68, function in CLA not supported" },
    { 0x69, SWExceptionKind::CheckingError, "SW1 69, command not allowed" },
    { 0x6A, SWExceptionKind::CheckingError, "SW1 6A, wrong parameters P1-P2" },
    { 0x6B, SWExceptionKind::CheckingError, "SW1 6B, wrong parameters P1-P2" },
    { 0x6C, SWExceptionKind::CheckingError, "SW1 6C, wrong Le field" },
    { 0x6D, SWExceptionKind::CheckingError, "SW1 6D, instruction code not supported or invalid" },
    { 0x6E, SWExceptionKind::CheckingError, "SW1 6E, class not supported" },
    { 0x6F, SWExceptionKind::CheckingError, "SW1 6F, no precise diagnosis" },
};

QList<ExpectedRow> everyStatusWordOfTheTable()
{
    QList<ExpectedRow> rows;
    for (const Sw1Row &row : sw1Rows) {
        for (int sw2 = 0; sw2 <= 0xFF; ++sw2)
            rows.append({ quint16(row.sw1 << 8 | sw2), row.kind, QString::fromUtf8(row.text) });
    }
    return rows;
}

} // namespace

class TestISO78164SW1ErrorChecker : public QObject
{
    Q_OBJECT

private slots:
    void judgesBySw1Alone_data();
    void judgesBySw1Alone();
    void everyOtherStatusWordPasses();
};

void TestISO78164SW1ErrorChecker::judgesBySw1Alone_data()
{
    checkertesting::addColumns();
    // Both ends of SW2, and one SW2 that the full ISO7816_4ErrorChecker passes.
    for (const Sw1Row &row : sw1Rows) {
        for (const int sw2 : { 0x00, 0x80, 0xFF }) {
            const int sw = row.sw1 << 8 | sw2;
            QTest::addRow("%02X %02X", row.sw1, sw2) << sw << row.kind << QString::fromUtf8(row.text);
        }
    }
}

void TestISO78164SW1ErrorChecker::judgesBySw1Alone()
{
    QFETCH(int, sw);
    QFETCH(SWExceptionKind, kind);
    QFETCH(QString, text);
    checkertesting::verifyRaises(ISO7816_4_SW1ErrorChecker(), quint16(sw), kind, text);
}

void TestISO78164SW1ErrorChecker::everyOtherStatusWordPasses()
{
    // 90 00, 61 xx, 9x xx and anything outside 62..6F pass.
    checkertesting::verifyOnlyListedRaise(ISO7816_4_SW1ErrorChecker(), everyStatusWordOfTheTable());
}

QTEST_GUILESS_MAIN(TestISO78164SW1ErrorChecker)
#include "tst_iso7816_4_sw1errorchecker.moc"
