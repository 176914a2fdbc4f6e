#include "service/cardserviceregistry.h"

namespace smartcard {

CardServiceRegistry &CardServiceRegistry::instance()
{
    static CardServiceRegistry registry;
    return registry;
}

void CardServiceRegistry::registerService(std::shared_ptr<const CardType> cardType, Factory factory)
{
    std::lock_guard lock(m_mutex);
    m_entries.emplace_back(std::move(cardType), std::move(factory));
}

void CardServiceRegistry::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

std::unique_ptr<CardService> CardServiceRegistry::create(
    std::unique_ptr<CardConnection> connection, const Bytes &atr, const QString &reader) const
{
    Factory factory;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[cardType, candidate] : m_entries) {
            if (cardType->matches(atr, reader)) {
                factory = candidate;
                break;
            }
        }
    }
    if (factory)
        return factory(std::move(connection));
    return std::make_unique<PassThruCardService>(std::move(connection));
}

} // namespace smartcard
