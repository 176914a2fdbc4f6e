#pragma once

#include <QString>

namespace smartcard {

// What a parser found wrong and where: `offset` counts characters for text input and bytes
// for binary input, from 0. Parsers report instead of throwing (docs/errors.md).
struct ParseError
{
    qsizetype offset = 0;
    QString message;
};

} // namespace smartcard
