#pragma once

#include "cardtype/cardtype.h"
#include "util/bytes.h"

#include <optional>

namespace smartcard {

// pyscard's ATRCardType: cards whose ATR equals `atr` in the bits `mask` keeps.
// An ATR of another length never matches, whatever the mask. Without a mask the ATRs must be
// equal. A mask must be as long as the ATR, or the constructor throws
// InvalidATRMaskLengthException, as pyscard raises it; an empty mask is a mask (of length
// 0), distinct from no mask.
class ATRCardType : public CardType
{
public:
    explicit ATRCardType(Bytes atr, std::optional<Bytes> mask = std::nullopt);

    bool matches(std::span<const std::uint8_t> atr, const QString &reader = {}) const override;

    const Bytes &atr() const { return m_atr; }
    const std::optional<Bytes> &mask() const { return m_mask; }
    const Bytes &maskedAtr() const { return m_maskedAtr; } // atr & mask, computed once

private:
    Bytes m_atr;
    std::optional<Bytes> m_mask;
    Bytes m_maskedAtr;
};

} // namespace smartcard
