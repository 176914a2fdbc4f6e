#include "script/responsepattern.h"

namespace smartcard {
namespace {

bool matchesAlternative(
    const ResponsePattern::Alternative &alternative, const Bytes &data, std::uint8_t sw1, std::uint8_t sw2)
{
    if (!alternative.sw1.matches(sw1) || !alternative.sw2.matches(sw2))
        return false;
    if (!alternative.dataChecked)
        return true;
    const std::size_t wanted = alternative.data.size();
    if (data.size() < wanted || (!alternative.moreData && data.size() != wanted))
        return false;
    for (std::size_t i = 0; i < wanted; ++i) {
        if (!alternative.data[i].matches(data[i]))
            return false;
    }
    return true;
}

} // namespace

ResponsePattern::ResponsePattern(QList<Alternative> alternatives, QString text)
    : m_alternatives(std::move(alternatives))
    , m_text(std::move(text))
{ }

bool ResponsePattern::matches(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const
{
    for (const Alternative &alternative : m_alternatives) {
        if (matchesAlternative(alternative, data, sw1, sw2))
            return true;
    }
    return false;
}

ResponsePattern ResponsePattern::success()
{
    Alternative alternative;
    alternative.sw1 = { 0x90, 0xFF };
    alternative.sw2 = { 0x00, 0xFF };
    return ResponsePattern({ alternative }, QStringLiteral("90 00"));
}

} // namespace smartcard
