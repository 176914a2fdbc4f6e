#pragma once

#include "cardtype/cardtype.h"
#include "service/cardservice.h"

#include <functional>
#include <mutex>
#include <vector>

namespace smartcard {

// Which card service class serves which card type. pyscard passes a class to CardRequest;
// C++ has no classes as values, so a service class is a factory, and the registry picks
// the first one registered whose card type matches the card's ATR (PassThruCardService
// when none does). Thread-safe.
class CardServiceRegistry
{
public:
    using Factory = std::function<std::unique_ptr<CardService>(std::unique_ptr<CardConnection>)>;

    static CardServiceRegistry &instance();

    void registerService(std::shared_ptr<const CardType> cardType, Factory factory);
    void clear();
    std::unique_ptr<CardService> create(
        std::unique_ptr<CardConnection> connection, const Bytes &atr, const QString &reader) const;

    template<class Service> static Factory factoryFor()
    {
        return [](std::unique_ptr<CardConnection> connection) {
            return std::make_unique<Service>(std::move(connection));
        };
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::pair<std::shared_ptr<const CardType>, Factory>> m_entries;
};

} // namespace smartcard
