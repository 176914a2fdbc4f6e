#include "features/featurelist.h"

#include "features/part10.h"

namespace smartcard::part10 {

FeatureList FeatureList::parse(std::span<const std::uint8_t> answer)
{
    FeatureList list;
    std::size_t offset = 0;
    while (offset < answer.size()) {
        const auto at = qsizetype(offset);
        if (answer.size() - offset < 2) {
            list.m_problems.push_back({ at,
                QStringLiteral("a TLV needs a tag and a length; 1 byte left (%1)")
                    .arg(hexValue(answer[offset], 2)) });
            break;
        }
        const std::uint8_t tag = answer[offset];
        const std::size_t length = answer[offset + 1];
        const std::size_t available = answer.size() - offset - 2;
        if (length > available) {
            list.m_problems.push_back({ at,
                QStringLiteral("%1: length %2 but only %3 byte(s) left")
                    .arg(featureName(tag))
                    .arg(length)
                    .arg(available) });
            break;
        }
        if (length != 4) {
            list.m_problems.push_back({ at,
                QStringLiteral("%1: length %2, a control code needs 4; skipped")
                    .arg(featureName(tag))
                    .arg(length) });
        } else {
            const std::uint8_t *value = answer.data() + offset + 2;
            const std::uint32_t code = std::uint32_t(value[0]) << 24 | std::uint32_t(value[1]) << 16
                | std::uint32_t(value[2]) << 8 | value[3];
            if (list.hasFeature(tag))
                list.m_problems.push_back({ at,
                    QStringLiteral("%1 announced again; the first one is kept").arg(featureName(tag)) });
            else
                list.m_features.push_back({ tag, featureName(tag), code, at });
        }
        offset += 2 + length;
    }
    return list;
}

std::optional<std::uint32_t> FeatureList::controlCode(std::uint8_t tag) const
{
    for (const Feature &feature : m_features) {
        if (feature.tag == tag)
            return feature.controlCode;
    }
    return std::nullopt;
}

} // namespace smartcard::part10
