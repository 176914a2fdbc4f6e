#pragma once

// Shared by the table checkers' tests: each test lists pyscard's table as it expects it
// (not read back from the checker under test) and these helpers do the asking.

#include "sw/errorchecker.h"

#include <QList>
#include <QSet>
#include <QTest>

namespace checkertesting {

struct ExpectedRow
{
    quint16 sw;
    smartcard::SWExceptionKind kind;
    QString text; // the message after the class's prefix
};

// The 16 rows of a "PIN verification failed" range, 63 C0 to 63 CF.
QList<ExpectedRow> pinTriesRows();

// One _data() row per expected row, named "6A 82".
void addRows(const QList<ExpectedRow> &rows);
void addColumns();

// check() throws exactly `kind` with pyscard's prefix and `text`, keeping data, SW1 and SW2.
void verifyRaises(
    const smartcard::ErrorChecker &checker, quint16 sw, smartcard::SWExceptionKind kind, const QString &text);
// Of all 65536 status words, exactly the listed ones make the checker throw.
void verifyOnlyListedRaise(const smartcard::ErrorChecker &checker, const QList<ExpectedRow> &rows);

} // namespace checkertesting

Q_DECLARE_METATYPE(smartcard::SWExceptionKind)
Q_DECLARE_METATYPE(std::optional<smartcard::SWExceptionKind>)
