#pragma once

#include "connection/cardconnection.h"

#include <memory>

namespace smartcard {

// pyscard's CardService: card-specific operations over a connection it owns. Subclasses
// implement a card's commands; supports() says whether a card (by name) is theirs.
class CardService
{
public:
    explicit CardService(std::unique_ptr<CardConnection> connection, QString cardName = {});
    // Disconnects, as pyscard's __del__ does; never throws.
    virtual ~CardService();
    CardService(const CardService &) = delete;
    CardService &operator=(const CardService &) = delete;

    CardConnection &connection() const { return *m_connection; }
    const QString &cardName() const { return m_cardName; }
    virtual bool supports(const QString &cardName) const = 0;

private:
    std::unique_ptr<CardConnection> m_connection;
    QString m_cardName;
};

// pyscard's PassThruCardService: no card-specific logic, supports every card.
class PassThruCardService : public CardService
{
public:
    using CardService::CardService;
    bool supports(const QString &) const override { return true; }
};

} // namespace smartcard
