#pragma once

#include "util/parseerror.h"

#include <QString>

#include <optional>
#include <span>

namespace smartcard::part10 {

// The answer to FEATURE_IFD_PIN_PROPERTIES (PIN_PROPERTIES_STRUCTURE): wLcdLayout (16 bits,
// little-endian; 0xXXYY = XX lines of YY characters, 0 no display), bEntryValidationCondition
// (bits: 1 maximum size reached, 2 validation key pressed, 4 timeout) and bTimeOut2 (seconds).
// A parser: a short answer is reported and the fields it holds are still decoded; bytes
// beyond the 4 are reported as unexpected.
class PinProperties
{
public:
    static PinProperties parse(std::span<const std::uint8_t> answer);

    std::optional<std::uint16_t> lcdLayout() const { return m_lcdLayout; }
    std::optional<std::uint8_t> entryValidationCondition() const { return m_entryValidationCondition; }
    std::optional<std::uint8_t> timeOut2() const { return m_timeOut2; }
    // Display lines and characters per line from wLcdLayout (0 without a display).
    int lcdLines() const { return m_lcdLayout.value_or(0) >> 8; }
    int lcdCharacters() const { return m_lcdLayout.value_or(0) & 0xFF; }
    const std::optional<ParseError> &problem() const { return m_problem; }

private:
    std::optional<std::uint16_t> m_lcdLayout;
    std::optional<std::uint8_t> m_entryValidationCondition;
    std::optional<std::uint8_t> m_timeOut2;
    std::optional<ParseError> m_problem;
};

} // namespace smartcard::part10
