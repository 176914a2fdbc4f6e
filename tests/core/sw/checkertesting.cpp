#include "checkertesting.h"

using smartcard::SWExceptionKind;

namespace checkertesting {
namespace {

// pyscard's prefixes (SWExceptions.py), written out here to check ours independently.
QString prefix(SWExceptionKind kind)
{
    switch (kind) {
    case SWExceptionKind::WarningProcessing:
        return QStringLiteral("warning processing - ");
    case SWExceptionKind::ExecutionError:
        return QStringLiteral("execution error - ");
    case SWExceptionKind::SecurityRelated:
        return QStringLiteral("security issue - ");
    case SWExceptionKind::CheckingError:
        return QStringLiteral("checking error - ");
    case SWExceptionKind::SWException:
        break;
    }
    return {};
}

QString swName(quint16 sw)
{
    return QStringLiteral("%1 %2")
        .arg(sw >> 8, 2, 16, QLatin1Char('0'))
        .arg(sw & 0xFF, 2, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace

QList<ExpectedRow> pinTriesRows()
{
    QList<ExpectedRow> rows;
    for (int tries = 0; tries < 16; ++tries)
        rows.append({ quint16(0x63C0 + tries), SWExceptionKind::WarningProcessing,
            QStringLiteral("PIN verification failed, %1 tries left before the PIN is blocked").arg(tries) });
    return rows;
}

void addColumns()
{
    QTest::addColumn<int>("sw");
    QTest::addColumn<SWExceptionKind>("kind");
    QTest::addColumn<QString>("text");
}

void addRows(const QList<ExpectedRow> &rows)
{
    addColumns();
    for (const ExpectedRow &row : rows)
        QTest::newRow(qPrintable(swName(row.sw))) << int(row.sw) << row.kind << row.text;
}

void verifyRaises(
    const smartcard::ErrorChecker &checker, quint16 sw, SWExceptionKind kind, const QString &text)
{
    const smartcard::Bytes data { 0xCA, 0xFE };
    const auto sw1 = std::uint8_t(sw >> 8);
    const auto sw2 = std::uint8_t(sw & 0xFF);
    try {
        checker(data, sw1, sw2);
    } catch (const smartcard::SWException &e) {
        QCOMPARE(smartcard::exactKind(e), std::optional(kind));
        QCOMPARE(e.message(), prefix(kind) + text);
        QCOMPARE(QString::fromUtf8(e.what()), "Status word exception: " + prefix(kind) + text + '!');
        QCOMPARE(e.data(), data);
        QCOMPARE(e.sw1(), sw1);
        QCOMPARE(e.sw2(), sw2);
        return;
    }
    QFAIL("no exception");
}

void verifyOnlyListedRaise(const smartcard::ErrorChecker &checker, const QList<ExpectedRow> &rows)
{
    QHash<int, SWExceptionKind> listed;
    for (const ExpectedRow &row : rows)
        listed.insert(row.sw, row.kind);
    for (int sw = 0; sw <= 0xFFFF; ++sw) {
        const std::optional<SWExceptionKind> raised
            = checker.raisedKind(std::uint8_t(sw >> 8), std::uint8_t(sw));
        const std::optional<SWExceptionKind> expected
            = listed.contains(sw) ? std::optional(listed.value(sw)) : std::nullopt;
        if (raised != expected)
            QFAIL(qPrintable(QStringLiteral("SW %1: not as the table says").arg(swName(quint16(sw)))));
    }
}

} // namespace checkertesting
