#include "service/cardservice.h"

#include "exceptions/exceptions.h"

namespace smartcard {

CardService::CardService(std::unique_ptr<CardConnection> connection, QString cardName)
    : m_connection(std::move(connection))
    , m_cardName(std::move(cardName))
{ }

CardService::~CardService()
{
    try {
        m_connection->disconnect();
    } catch (const SmartcardException &) {
        // The card or the service is gone: nothing left to release.
    }
}

} // namespace smartcard
