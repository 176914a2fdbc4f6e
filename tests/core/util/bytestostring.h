#pragma once

#include "util/bytes.h"
#include "util/hexstring.h"

#include <QTest>

// QCOMPARE of two Bytes prints both as hex when they differ, not "<no string>".
template<> inline char *QTest::toString(const smartcard::Bytes &bytes)
{
    return qstrdup(qPrintable(QLatin1Char('[') + smartcard::toHexString(bytes) + QLatin1Char(']')));
}
