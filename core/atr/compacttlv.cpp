#include "atr/compacttlv.h"

#include "util/hexstring.h"

#include <array>

namespace smartcard::compacttlv {

namespace {

// Collects the names of the set bits of a byte, most significant first.
QStringList setBits(std::uint8_t value, const std::array<const char *, 8> &namesFromBit8)
{
    QStringList names;
    for (int bit = 7; bit >= 0; --bit) {
        const char *name = namesFromBit8.at(std::size_t(7 - bit));
        if ((value & (1 << bit)) && name)
            names << QLatin1String(name);
    }
    return names;
}

// BCD digits as written ("0250"), a trailing F nibble being padding.
QString bcdDigits(std::span<const std::uint8_t> value)
{
    QString digits = toHexString(value, u"");
    while (digits.endsWith(QLatin1Char('F')))
        digits.chop(1);
    return digits;
}

QString describeInitialAccessData(std::span<const std::uint8_t> value)
{
    if (value.size() == 1)
        return QStringLiteral("READ BINARY (00 B0 00 00) with Le=%1").arg(toHexString(value));
    if (value.size() == 2)
        return QStringLiteral("file structure %1, Le=%2")
            .arg(toHexString(value.first(1)), toHexString(value.subspan(1)));
    return QStringLiteral("command APDU %1").arg(toHexString(value));
}

QString describeStatusIndicator(std::span<const std::uint8_t> value)
{
    switch (value.size()) {
    case 1:
        return QStringLiteral("LCS ") + describeLifeCycleStatus(value[0]);
    case 2:
        return QStringLiteral("SW ") + describeStatusWord(value[0], value[1]);
    case 3:
        return QStringLiteral("LCS %1, SW %2")
            .arg(describeLifeCycleStatus(value[0]), describeStatusWord(value[1], value[2]));
    default:
        return QStringLiteral("status indicator of reserved length %1").arg(value.size());
    }
}

QString describeAid(std::span<const std::uint8_t> value)
{
    if (value.size() < 5)
        return QStringLiteral("%1").arg(toHexString(value));
    return QStringLiteral("RID %1, PIX %2")
        .arg(toHexString(value.first(5)),
            value.size() > 5 ? toHexString(value.subspan(5)) : QStringLiteral("none"));
}

} // namespace

QString tagName(std::uint8_t tag)
{
    switch (tag & 0x0F) {
    case 0x1:
        return QStringLiteral("country code");
    case 0x2:
        return QStringLiteral("issuer identification number");
    case 0x3:
        return QStringLiteral("card service data");
    case 0x4:
        return QStringLiteral("initial access data");
    case 0x5:
        return QStringLiteral("card issuer's data");
    case 0x6:
        return QStringLiteral("pre-issuing data");
    case 0x7:
        return QStringLiteral("card capabilities");
    case 0x8:
        return QStringLiteral("status indicator");
    case 0xF:
        return QStringLiteral("application identifier");
    default:
        return QStringLiteral("reserved tag ") + QString::number(tag & 0x0F, 16).toUpper();
    }
}

QStringList describeValue(std::uint8_t tag, std::span<const std::uint8_t> value)
{
    if (value.empty())
        return { QStringLiteral("(empty)") };
    switch (tag & 0x0F) {
    case 0x1:
        return { QStringLiteral("ISO 3166-1 %1").arg(bcdDigits(value).left(3)) };
    case 0x2:
        return { QStringLiteral("ISO/IEC 7812-1 %1").arg(bcdDigits(value)) };
    case 0x3:
        return { describeCardServiceData(value[0]) };
    case 0x4:
        return { describeInitialAccessData(value) };
    case 0x7: {
        QStringList tables { describeSelectionMethods(value[0]) };
        if (value.size() > 1)
            tables << describeDataCoding(value[1]);
        if (value.size() > 2)
            tables << describeChainingAndChannels(value[2]);
        return tables;
    }
    case 0x8:
        return { describeStatusIndicator(value) };
    case 0xF:
        return { describeAid(value) };
    default:
        return { toHexString(value) };
    }
}

QString describeLifeCycleStatus(std::uint8_t lcs)
{
    const QString hex = toHexString(std::span<const std::uint8_t>(&lcs, 1));
    QString state;
    if (lcs == 0x00)
        state = QStringLiteral("no information given");
    else if (lcs == 0x01)
        state = QStringLiteral("creation state");
    else if (lcs == 0x03)
        state = QStringLiteral("initialisation state");
    else if (lcs == 0x05 || lcs == 0x07)
        state = QStringLiteral("operational state (activated)");
    else if (lcs == 0x04 || lcs == 0x06)
        state = QStringLiteral("operational state (deactivated)");
    else if (lcs >= 0x0C && lcs <= 0x0F)
        state = QStringLiteral("termination state");
    else if (lcs >= 0x10)
        state = QStringLiteral("proprietary");
    else
        state = QStringLiteral("reserved");
    return QStringLiteral("%1 (%2)").arg(hex, state);
}

QString describeStatusWord(std::uint8_t sw1, std::uint8_t sw2)
{
    const std::array<std::uint8_t, 2> sw { sw1, sw2 };
    QString text = toHexString(sw);
    if (sw1 == 0x90 && sw2 == 0x00)
        text += QStringLiteral(" (normal processing)");
    else if (sw1 == 0x00 && sw2 == 0x00)
        text += QStringLiteral(" (status not reported)");
    return text;
}

QString describeCardServiceData(std::uint8_t value)
{
    QStringList parts = setBits(value,
        { "selection by full DF name", "selection by partial DF name", "BER-TLV data objects in EF.DIR",
            "BER-TLV data objects in EF.ATR", nullptr, nullptr, nullptr, nullptr });
    switch ((value >> 1) & 0x07) {
    case 0x4:
        parts << QStringLiteral("EF.DIR and EF.ATR read by READ BINARY");
        break;
    case 0x0:
        parts << QStringLiteral("EF.DIR and EF.ATR read by READ RECORD(S)");
        break;
    case 0x2:
        parts << QStringLiteral("EF.DIR and EF.ATR read by GET DATA");
        break;
    default:
        parts << QStringLiteral("reserved EF.DIR/EF.ATR access method");
        break;
    }
    parts << (value & 0x01 ? QStringLiteral("card without MF") : QStringLiteral("card with MF"));
    return parts.join(QStringLiteral(", "));
}

QString describeSelectionMethods(std::uint8_t value)
{
    const QStringList methods = setBits(value,
        { "DF selection by full DF name", "by partial DF name", "by path", "by file identifier",
            "implicit DF selection", "short EF identifier", "record number", "record identifier" });
    return QStringLiteral("selection: ")
        + (methods.isEmpty() ? QStringLiteral("no selection method") : methods.join(QStringLiteral(", ")));
}

QString describeDataCoding(std::uint8_t value)
{
    static constexpr std::array<const char *, 4> WriteBehaviour { "one-time write", "proprietary write",
        "write OR", "write AND" };
    QStringList parts;
    if (value & 0x80)
        parts << QStringLiteral("EFs of TLV structure");
    parts << QLatin1String(WriteBehaviour.at((value >> 5) & 0x03));
    parts << (value & 0x10 ? QStringLiteral("FF valid as first tag byte")
                           : QStringLiteral("FF invalid as first tag byte (padding)"));
    const int quartets = 1 << (value & 0x0F);
    parts << QStringLiteral("data unit of %1 quartet%2").arg(quartets).arg(quartets == 1 ? "" : "s");
    return QStringLiteral("data coding: ") + parts.join(QStringLiteral(", "));
}

QString describeChainingAndChannels(std::uint8_t value)
{
    QStringList parts;
    parts << (value & 0x80 ? QStringLiteral("command chaining") : QStringLiteral("no command chaining"));
    parts << (value & 0x40 ? QStringLiteral("extended Lc and Le") : QStringLiteral("no extended Lc and Le"));
    if (value & 0x20)
        parts << QStringLiteral("extended length information in EF.ATR/INFO");
    const int assignment = (value >> 3) & 0x03;
    if (assignment == 0) {
        parts << QStringLiteral("no logical channels");
    } else {
        QStringList by;
        if (assignment & 0x02)
            by << QStringLiteral("the card");
        if (assignment & 0x01)
            by << QStringLiteral("the interface device");
        const int count = (value & 0x07) + 1;
        parts << QStringLiteral("logical channels assigned by %1, %2")
                     .arg(by.join(QStringLiteral(" and ")),
                         count == 8 ? QStringLiteral("8 or more") : QStringLiteral("at most %1").arg(count));
    }
    return QStringLiteral("chaining and channels: ") + parts.join(QStringLiteral(", "));
}

} // namespace smartcard::compacttlv
