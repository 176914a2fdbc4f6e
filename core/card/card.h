#pragma once

#include "reader/reader.h"
#include "util/bytes.h"

namespace smartcard {

// pyscard's Card: a card known by its reader and ATR. Equal when both are equal.
class Card
{
public:
    Card(Reader reader, Bytes atr);

    const Reader &reader() const { return m_reader; }
    const Bytes &atr() const { return m_atr; }
    // pyscard's str(card): "3B 02 14 50 / Reader Name".
    QString toString() const;
    std::unique_ptr<CardConnection> createConnection() const { return m_reader.createConnection(); }

    bool operator==(const Card &other) const { return m_reader == other.m_reader && m_atr == other.m_atr; }

private:
    Reader m_reader;
    Bytes m_atr;
};

size_t qHash(const Card &card, size_t seed = 0) noexcept;

} // namespace smartcard
