#pragma once

#include "cardtype/cardtype.h"

namespace smartcard {

// pyscard's AnyCardType: every card matches, whatever its ATR.
class AnyCardType : public CardType
{
public:
    bool matches(std::span<const std::uint8_t> atr, const QString &reader = {}) const override;
};

} // namespace smartcard
