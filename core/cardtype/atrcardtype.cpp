#include "cardtype/atrcardtype.h"

#include "exceptions/exceptions.h"

namespace smartcard {

ATRCardType::ATRCardType(Bytes atr, std::optional<Bytes> mask)
    : m_atr(std::move(atr))
    , m_mask(std::move(mask))
    , m_maskedAtr(m_atr)
{
    if (!m_mask)
        return;
    if (m_mask->size() != m_atr.size())
        throw InvalidATRMaskLengthException(*m_mask);
    for (std::size_t i = 0; i < m_atr.size(); ++i)
        m_maskedAtr[i] = m_atr[i] & (*m_mask)[i];
}

bool ATRCardType::matches(std::span<const std::uint8_t> atr, const QString &) const
{
    if (atr.size() != m_atr.size())
        return false;
    for (std::size_t i = 0; i < atr.size(); ++i) {
        const std::uint8_t byte = m_mask ? std::uint8_t(atr[i] & (*m_mask)[i]) : atr[i];
        if (byte != m_maskedAtr[i])
            return false;
    }
    return true;
}

} // namespace smartcard
