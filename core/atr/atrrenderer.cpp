#include "atr/atrrenderer.h"

#include "atr/atr.h"
#include "atr/atrtables.h"
#include "util/hexstring.h"

namespace smartcard {

namespace {

QString hex(std::uint8_t value)
{
    return toHexString(std::span<const std::uint8_t>(&value, 1));
}

QString orRfu(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("RFU");
}

void appendBreakdown(const ATR &atr, QStringList *lines)
{
    lines->append(QStringLiteral("  byte  name   value  meaning"));
    for (const AtrByte &byte : atr.breakdown())
        lines->append(QStringLiteral("  %1  %2  %3     %4")
                          .arg(byte.offset, 4)
                          .arg(byte.name, -5)
                          .arg(hex(byte.value), byte.meaning));
}

QString protocolList(const ATR &atr)
{
    QStringList names;
    for (int t : atr.protocols())
        names << QStringLiteral("T=%1").arg(t);
    return names.isEmpty() ? QStringLiteral("none indicated") : names.join(QStringLiteral(", "));
}

void appendParameters(const ATR &atr, QStringList *lines)
{
    const QString source = atr.ta(1) ? QStringLiteral("TA1") : QStringLiteral("default");
    const std::optional<int> fmax = atr.maxFrequencyKHz();
    lines->append(QStringLiteral("Transmission: Fi=%1, Di=%2, f max=%3 (%4); %5")
                      .arg(orRfu(atr.fi()), orRfu(atr.di()),
                          fmax ? atrtables::frequencyText(*fmax) : QStringLiteral("RFU"), source,
                          atr.isSpecificMode() ? QStringLiteral("specific mode (TA2)")
                                               : QStringLiteral("negotiable mode (no TA2)")));
    lines->append(QStringLiteral("Guard time: ")
        + (atr.tc(1) ? atrtables::describeTC1(*atr.tc(1)) : QStringLiteral("N=0 (default)")));
    if (atr.isT0Supported())
        lines->append(
            QStringLiteral("T=0: WI=%1%2").arg(atr.waitingIntegerT0()).arg(atr.tc(2) ? "" : " (default)"));
    if (atr.isT1Supported())
        lines->append(QStringLiteral("T=1: IFSC=%1, BWI=%2, CWI=%3, %4")
                          .arg(atr.ifsc())
                          .arg(atr.blockWaitingInteger())
                          .arg(atr.characterWaitingInteger())
                          .arg(atr.usesCrc() ? QStringLiteral("CRC") : QStringLiteral("LRC")));
    if (const std::optional<std::uint8_t> t15 = atr.clockStopAndClass())
        lines->append(QStringLiteral("T=15: ") + atrtables::describeT15ClockAndClass(*t15));
    else if (atr.isT15Supported())
        lines->append(QStringLiteral("T=15: clock stop not supported; class A (defaults)"));
}

void appendHistorical(const ATR &atr, QStringList *lines)
{
    const HistoricalBytes &historical = atr.historical();
    lines->append(QStringLiteral("Historical bytes (%1): %2")
                      .arg(historical.bytes().size())
                      .arg(HistoricalBytes::categoryName(historical.category())));
    for (const HistoricalBytes::CompactTlvObject &object : historical.objects())
        lines->append(
            QStringLiteral("  %1: %2").arg(object.name, object.meanings.join(QStringLiteral("; "))));
    if (const auto &status = historical.statusIndicator();
        status && historical.category() == HistoricalBytes::Category::CompactTlvWithStatus)
        lines->append(QStringLiteral("  status indicator: LCS %1, SW %2 %3")
                          .arg(hex(status->lcs.value_or(0)), hex(status->sw1.value_or(0)),
                              hex(status->sw2.value_or(0))));
}

} // namespace

QString renderAtr(const ATR &atr, const QStringList &identified)
{
    QStringList lines;
    lines.append(QStringLiteral("ATR: %1 (%2 bytes)").arg(atr.toString()).arg(atr.bytes().size()));
    appendBreakdown(atr, &lines);
    lines.append(
        QStringLiteral("Protocols: %1%2")
            .arg(protocolList(atr),
                atr.isTckRequired() ? QStringLiteral(" (TCK required)") : QStringLiteral(" (no TCK)")));
    appendParameters(atr, &lines);
    appendHistorical(atr, &lines);
    if (atr.tck())
        lines.append(
            QStringLiteral("TCK: %1, %2").arg(hex(*atr.tck()), *atr.isTckValid() ? "correct" : "wrong"));
    if (atr.errors().empty()) {
        lines.append(QStringLiteral("Problems: none"));
    } else {
        lines.append(QStringLiteral("Problems:"));
        for (const ParseError &error : atr.errors())
            lines.append(QStringLiteral("  byte %1: %2").arg(error.offset).arg(error.message));
    }
    if (!identified.isEmpty()) {
        lines.append(QStringLiteral("Identified:"));
        for (const QString &line : identified)
            lines.append(QStringLiteral("  ") + line);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace smartcard
