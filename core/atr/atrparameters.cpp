// The decoded parameters of an ATR and pyscard's numeric accessors, with ISO/IEC 7816-3's
// default values when the byte that would carry them is absent.
#include "atr/atr.h"
#include "atr/atrtables.h"

#include <array>

namespace smartcard {

std::optional<int> ATR::fi() const
{
    return ta(1) ? atrtables::clockRateConversion(*ta(1) >> 4) : std::optional<int>(372);
}

std::optional<int> ATR::di() const
{
    return ta(1) ? atrtables::bitRateAdjustment(*ta(1) & 0x0F) : std::optional<int>(1);
}

std::optional<int> ATR::maxFrequencyKHz() const
{
    return ta(1) ? atrtables::maxFrequencyKHz(*ta(1) >> 4) : std::optional<int>(5000);
}

int ATR::waitingIntegerT0() const
{
    return tc(2).value_or(10);
}

int ATR::ifsc() const
{
    const InterfaceGroup *group = firstGroupFor(1, 'A');
    return group ? *group->ta : 32;
}

int ATR::blockWaitingInteger() const
{
    const InterfaceGroup *group = firstGroupFor(1, 'B');
    return group ? *group->tb >> 4 : 4;
}

int ATR::characterWaitingInteger() const
{
    const InterfaceGroup *group = firstGroupFor(1, 'B');
    return group ? *group->tb & 0x0F : 13;
}

bool ATR::usesCrc() const
{
    const InterfaceGroup *group = firstGroupFor(1, 'C');
    return group && (*group->tc & 0x01);
}

std::optional<std::uint8_t> ATR::clockStopAndClass() const
{
    const InterfaceGroup *group = firstGroupFor(15, 'A');
    return group ? group->ta : std::nullopt;
}

int ATR::getInterfaceBytesCount() const
{
    int count = 0;
    for (const InterfaceGroup &group : m_groups)
        count += int(group.ta.has_value()) + int(group.tb.has_value()) + int(group.tc.has_value())
            + int(group.td.has_value());
    return count;
}

std::optional<int> ATR::getProgrammingCurrent() const
{
    // ISO/IEC 7816-3:1997 TB1 bits 7-6; 50 mA without TB1, as pyscard.
    static constexpr std::array<int, 4> Currents { 25, 50, 100, 0 };
    const int current = tb(1) ? Currents.at((*tb(1) >> 5) & 0x03) : 50;
    return current ? std::optional<int>(current) : std::nullopt;
}

std::optional<double> ATR::getProgrammingVoltage() const
{
    // TB2 (PI2, 0.1 V steps from 5 to 25 V) refines TB1's PI1 (whole volts from 5 to 25); 0 means
    // VPP is not connected. pyscard computes 5 x (1 + PI1), which the standard never says.
    if (tb(2) && *tb(2) >= 50 && *tb(2) <= 250)
        return *tb(2) / 10.0;
    if (!tb(1))
        return 5.0;
    const int pi1 = *tb(1) & 0x1F;
    if (pi1 == 0)
        return 0.0;
    return pi1 >= 5 && pi1 <= 25 ? std::optional<double>(pi1) : std::nullopt;
}

std::optional<int> ATR::getGuardTime() const
{
    return tc(1) ? std::optional<int>(*tc(1)) : std::nullopt;
}

} // namespace smartcard
