#include "card/card.h"

#include "util/hexstring.h"

#include <QHashFunctions>

namespace smartcard {

Card::Card(Reader reader, Bytes atr)
    : m_reader(std::move(reader))
    , m_atr(std::move(atr))
{ }

QString Card::toString() const
{
    return toHexString(m_atr) + QStringLiteral(" / ") + m_reader.name();
}

size_t qHash(const Card &card, size_t seed) noexcept
{
    QtPrivate::QHashCombine combine;
    seed = combine(seed, card.reader().name());
    return qHashRange(card.atr().begin(), card.atr().end(), seed);
}

} // namespace smartcard
