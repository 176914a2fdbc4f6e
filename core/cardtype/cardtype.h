#pragma once

#include <QString>

#include <cstdint>
#include <span>

namespace smartcard {

// pyscard's CardType: which cards a CardRequest waits for. Subclasses decide from the ATR
// and, for matching that needs to talk to the card, the reader it sits in (its name).
// Overrides repeat the default argument, as default arguments bind to the static type.
class CardType
{
public:
    virtual ~CardType() = default;

    virtual bool matches(std::span<const std::uint8_t> atr, const QString &reader = {}) const = 0;

protected:
    CardType() = default;
    CardType(const CardType &) = default;
    CardType &operator=(const CardType &) = default;
};

} // namespace smartcard
