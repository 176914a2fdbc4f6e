#pragma once

#include "util/hexparser.h"

#include <QAnyStringView>
#include <QtGlobal>

namespace cardscope::testing {

// Bytes from hex written in a test ("00 A4 04 00", "3B:02"): HexParser's syntax. A typo in a
// test's own data is a broken test, not an empty byte string: it stops the test program.
inline smartcard::Bytes hex(QAnyStringView text)
{
    const QString string = text.toString();
    smartcard::HexParser::Result result = smartcard::HexParser::parse(string);
    if (!result.isValid())
        qFatal("bad hex in a test: \"%s\"", qPrintable(string));
    return std::move(result.bytes);
}

} // namespace cardscope::testing
