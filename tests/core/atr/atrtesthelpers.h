#pragma once

#include "atr/atr.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QStringList>

// Builds test ATRs from readable hex.
inline smartcard::Bytes bytesOf(const QString &hex)
{
    return smartcard::HexParser::parse(hex).bytes;
}

// The ATR with its correct TCK appended (XOR of T0 up to the last byte).
inline QString withTck(const QString &hex)
{
    const smartcard::Bytes bytes = bytesOf(hex);
    std::uint8_t sum = 0;
    for (std::size_t i = 1; i < bytes.size(); ++i)
        sum ^= bytes[i];
    return hex + QStringLiteral(" %1").arg(sum, 2, 16, QLatin1Char('0')).toUpper();
}

// "TA1=96 TD1=80 TD2=1F TA3=C3": the interface bytes present, in order.
inline QString interfaceText(const smartcard::ATR &atr)
{
    QStringList parts;
    auto add = [&parts](const char *kind, int i, const std::optional<std::uint8_t> &value) {
        if (value)
            parts << QStringLiteral("%1%2=%3")
                         .arg(QLatin1String(kind))
                         .arg(i)
                         .arg(*value, 2, 16, QLatin1Char('0'))
                         .toUpper();
    };
    for (const smartcard::ATR::InterfaceGroup &group : atr.interfaceGroups()) {
        add("TA", group.i, group.ta);
        add("TB", group.i, group.tb);
        add("TC", group.i, group.tc);
        add("TD", group.i, group.td);
    }
    return parts.join(QLatin1Char(' '));
}

// "4: TCK is missing": offset and message of each problem.
inline QStringList errorTexts(const smartcard::ATR &atr)
{
    QStringList texts;
    for (const smartcard::ParseError &error : atr.errors())
        texts << QStringLiteral("%1: %2").arg(error.offset).arg(error.message);
    return texts;
}
