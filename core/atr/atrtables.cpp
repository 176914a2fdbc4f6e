#include "atr/atrtables.h"

#include <array>

namespace smartcard::atrtables {

namespace {

// ISO/IEC 7816-3 Table 7: Fi and f max (kHz) per code; 0 marks a reserved code.
constexpr std::array<int, 16> FiTable { 372, 372, 558, 744, 1116, 1488, 1860, 0, 0, 512, 768, 1024, 1536,
    2048, 0, 0 };
constexpr std::array<int, 16> FmaxTable { 4000, 5000, 6000, 8000, 12000, 16000, 20000, 0, 0, 5000, 7500,
    10000, 15000, 20000, 0, 0 };
// ISO/IEC 7816-3 Table 8: Di per code; 0 marks a reserved code.
constexpr std::array<int, 16> DiTable { 0, 1, 2, 4, 8, 16, 32, 64, 12, 20, 0, 0, 0, 0, 0, 0 };

QString hexByte(std::uint8_t value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
}

QString orRfu(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("RFU");
}

} // namespace

std::optional<int> clockRateConversion(std::uint8_t fiCode)
{
    const int value = FiTable.at(fiCode & 0x0F);
    return value ? std::optional<int>(value) : std::nullopt;
}

std::optional<int> maxFrequencyKHz(std::uint8_t fiCode)
{
    const int value = FmaxTable.at(fiCode & 0x0F);
    return value ? std::optional<int>(value) : std::nullopt;
}

std::optional<int> bitRateAdjustment(std::uint8_t diCode)
{
    const int value = DiTable.at(diCode & 0x0F);
    return value ? std::optional<int>(value) : std::nullopt;
}

QString frequencyText(int kHz)
{
    return QString::number(kHz / 1000.0) + QStringLiteral(" MHz");
}

QString describeTA1(std::uint8_t value)
{
    const std::optional<int> fmax = maxFrequencyKHz(value >> 4);
    const std::optional<int> fi = clockRateConversion(value >> 4);
    const std::optional<int> di = bitRateAdjustment(value & 0x0F);
    QString text = QStringLiteral("Fi=%1, Di=%2, f max=%3")
                       .arg(orRfu(fi), orRfu(di), fmax ? frequencyText(*fmax) : QStringLiteral("RFU"));
    if (fi && di)
        text += QStringLiteral(" (%1 cycles/etu, %2 bit/s at f max)")
                    .arg(*fi / *di)
                    .arg(qint64(*fmax) * 1000 * *di / *fi);
    return text;
}

std::optional<QString> checkTA1(std::uint8_t value)
{
    if (!clockRateConversion(value >> 4))
        return QStringLiteral("TA1: Fi code %1 is reserved for future use").arg(value >> 4);
    if (!bitRateAdjustment(value & 0x0F))
        return QStringLiteral("TA1: Di code %1 is reserved for future use").arg(value & 0x0F);
    return std::nullopt;
}

QString describeTB1(std::uint8_t value)
{
    // Programming voltage and current: deprecated in the 2006 edition, but still sent by old cards.
    if (value == 0)
        return QStringLiteral("VPP not connected (no programming voltage)");
    static constexpr std::array<int, 4> Currents { 25, 50, 100, 0 };
    const int ii = (value >> 5) & 0x03;
    const int pi1 = value & 0x1F;
    const QString current
        = Currents.at(ii) ? QStringLiteral("%1 mA").arg(Currents.at(ii)) : QStringLiteral("RFU");
    const QString voltage = pi1 >= 5 && pi1 <= 25 ? QStringLiteral("%1 V").arg(pi1) : QStringLiteral("RFU");
    return QStringLiteral("II=%1 (I max %2), PI1=%3 (VPP %4); deprecated since ISO/IEC 7816-3:2006")
        .arg(ii)
        .arg(current)
        .arg(pi1)
        .arg(voltage);
}

QString describeTC1(std::uint8_t value)
{
    if (value == 0xFF)
        return QStringLiteral("N=255: minimum guard time (12 etu for T=0, 11 etu for T=1)");
    if (value == 0)
        return QStringLiteral("N=0: no extra guard time");
    return QStringLiteral("N=%1: extra guard time of %1 etu").arg(value);
}

QString describeTA2(std::uint8_t value)
{
    return QStringLiteral("specific mode, T=%1; %2; %3")
        .arg(value & 0x0F)
        .arg(value & 0x80 ? QStringLiteral("unable to change mode") : QStringLiteral("able to change mode"),
            value & 0x10 ? QStringLiteral("implicit transmission parameters")
                         : QStringLiteral("Fi and Di from TA1"));
}

QString describeTB2(std::uint8_t value)
{
    return QStringLiteral("PI2=%1 (VPP %2 V); deprecated since ISO/IEC 7816-3:2006")
        .arg(value)
        .arg(value / 10.0);
}

QString describeTC2(std::uint8_t value)
{
    return QStringLiteral("WI=%1: T=0 waiting time WT = %1 x 960 x Fi/f").arg(value);
}

std::optional<QString> checkTC2(std::uint8_t value)
{
    if (value == 0)
        return QStringLiteral("TC2: WI=0 is reserved for future use");
    return std::nullopt;
}

QString describeTD(int i, std::uint8_t value)
{
    QStringList following;
    static constexpr std::array<const char *, 4> Names { "TA", "TB", "TC", "TD" };
    for (int bit = 0; bit < 4; ++bit) {
        if (value & (0x10 << bit))
            following << QLatin1String(Names.at(std::size_t(bit))) + QString::number(i + 1);
    }
    const int t = value & 0x0F;
    const QString protocol = t == 15 ? QStringLiteral("T=15: global interface bytes follow")
                                     : QStringLiteral("protocol T=%1").arg(t);
    const QString next = following.isEmpty() ? QStringLiteral("no further interface bytes")
                                             : following.join(QLatin1Char(' ')) + QStringLiteral(" present");
    return protocol + QStringLiteral("; ") + next;
}

QString describeT1IFSC(std::uint8_t value)
{
    return QStringLiteral("T=1 IFSC=%1 bytes (information field size of the card)").arg(value);
}

std::optional<QString> checkT1IFSC(std::uint8_t value)
{
    if (value == 0x00 || value == 0xFF)
        return QStringLiteral("T=1 IFSC value %1 is reserved for future use").arg(hexByte(value));
    return std::nullopt;
}

QString describeT1Waiting(std::uint8_t value)
{
    const int bwi = value >> 4;
    const int cwi = value & 0x0F;
    return QStringLiteral("T=1 BWI=%1, CWI=%2: CWT = 11 + 2^%2 = %3 etu, BWT = 11 etu + 2^%1 x 960 x 372/f")
        .arg(bwi)
        .arg(cwi)
        .arg(11 + (1 << cwi));
}

std::optional<QString> checkT1Waiting(std::uint8_t value)
{
    if ((value >> 4) > 9)
        return QStringLiteral("T=1 BWI=%1 is reserved for future use").arg(value >> 4);
    return std::nullopt;
}

QString describeT1ErrorDetection(std::uint8_t value)
{
    QString text = value & 0x01 ? QStringLiteral("T=1 error detection code: CRC")
                                : QStringLiteral("T=1 error detection code: LRC");
    if (value & 0xFE)
        text += QStringLiteral(" (bits 8-2 should be 0)");
    return text;
}

QString describeT15ClockAndClass(std::uint8_t value)
{
    static constexpr std::array<const char *, 4> ClockStop { "clock stop not supported",
        "clock stop in state L", "clock stop in state H", "clock stop, no preference" };
    QStringList classes;
    if (value & 0x01)
        classes << QStringLiteral("A (5 V)");
    if (value & 0x02)
        classes << QStringLiteral("B (3 V)");
    if (value & 0x04)
        classes << QStringLiteral("C (1.8 V)");
    return QStringLiteral("%1; class %2")
        .arg(QLatin1String(ClockStop.at(value >> 6)),
            classes.isEmpty() ? QStringLiteral("none") : classes.join(QStringLiteral(", ")));
}

std::optional<QString> checkT15ClockAndClass(std::uint8_t value)
{
    // Table 10 of 7816-3 defines A, B, C, A+B, B+C and A+B+C; any other class indicator is RFU.
    const int y = value & 0x3F;
    if (y != 1 && y != 2 && y != 4 && y != 3 && y != 6 && y != 7)
        return QStringLiteral("T=15 class indicator %1 is reserved for future use")
            .arg(hexByte(std::uint8_t(y)));
    return std::nullopt;
}

QString describeT15Spu(std::uint8_t value)
{
    if (value == 0)
        return QStringLiteral("SPU contact (C6) not used");
    return value & 0x80
        ? QStringLiteral("SPU contact (C6) for proprietary use (%1)").arg(hexByte(value & 0x7F))
        : QStringLiteral("SPU contact (C6) standard use %1 (reserved)").arg(hexByte(value));
}

} // namespace smartcard::atrtables
