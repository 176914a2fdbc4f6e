#include "features/pinproperties.h"

namespace smartcard::part10 {

PinProperties PinProperties::parse(std::span<const std::uint8_t> answer)
{
    constexpr std::size_t size = 4;
    PinProperties result;
    if (answer.size() >= 2)
        result.m_lcdLayout = std::uint16_t(answer[0] | answer[1] << 8);
    if (answer.size() >= 3)
        result.m_entryValidationCondition = answer[2];
    if (answer.size() >= 4)
        result.m_timeOut2 = answer[3];
    if (answer.size() < size) {
        result.m_problem = ParseError { qsizetype(answer.size()),
            QStringLiteral("PIN_PROPERTIES_STRUCTURE has 4 bytes (wLcdLayout, bEntryValidationCondition, "
                           "bTimeOut2); the answer ends after %1")
                .arg(answer.size()) };
    } else if (answer.size() > size) {
        result.m_problem = ParseError { qsizetype(size),
            QStringLiteral("%1 byte(s) after the 4 of PIN_PROPERTIES_STRUCTURE").arg(answer.size() - size) };
    }
    return result;
}

} // namespace smartcard::part10
