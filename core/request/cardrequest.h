#pragma once

#include "card/card.h"
#include "cardtype/cardtype.h"
#include "request/requestedreaders.h"
#include "request/waitcanceller.h"
#include "service/cardserviceregistry.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace smartcard {

class ReaderWatch;

// pyscard's CardRequest: waits for a card of a given type in given readers
// (docs/card-requests.md). The arguments follow pyscard's, in its order:
//
// - newCardOnly: false (pyscard's default) accepts a card that is already in a reader when
//   the wait starts. true ignores such a card: only a card inserted after waitForCard() was
//   called counts, also when it is pulled and put back (the reader's event counter tells a
//   new card from the one that was there), and a card in a reader that appears during the
//   wait.
// - readers: names or Reader objects; empty means every reader (pyscard's None). Either
//   way a reader connected while the wait runs is watched from then on; a named reader
//   that is not connected is waited for, not an error.
// - cardType: which cards count, by CardType::matches(atr, reader); null means any card
//   (AnyCardType). ATRCardType(atr, mask) matches by ATR under a mask.
// - serviceFactory: makes waitForCard()'s service around the card's connection (pyscard
//   passes a CardService class). Empty: CardServiceRegistry::instance() chooses by the
//   card's ATR, PassThruCardService when no registered type matches.
// - timeout: seconds for each wait, as a whole (pyscard's default 1 s); Infinite
//   (std::nullopt, pyscard's None) waits until a card comes or cancel() is called. 0 looks
//   at the readers once. Negative counts as 0.
// - api: the PC/SC implementation (unit tests pass a fake).
//
// Waiting blocks in SCardGetStatusChange over the readers plus the \\?PnP?\Notification
// pseudo-reader, on a context the waiting thread establishes for the wait and releases
// after it: no polling. The readers are listed again at every wake-up, so readers that
// come and go are followed even where the PnP pseudo-reader never fires (vpcd).
//
// Errors: CardRequestTimeoutException when the timeout passes first; CardRequestException
// with the PC/SC code when the service cannot be reached or is lost during the wait
// (SCARD_E_NO_SERVICE, SCARD_F_COMM_ERROR), or any other PC/SC failure; and
// CardRequestException with SCARD_E_CANCELLED after cancel().
//
// Threads: one thread waits at a time (a second concurrent wait throws
// CardRequestException); cancel() may be called from any thread. The CardType and the
// service factory run on the waiting thread. Destroy the request only when no wait runs.
class CardRequest
{
public:
    using Timeout = std::optional<double>; // seconds
    static constexpr Timeout Infinite = std::nullopt;
    static constexpr double DefaultTimeout = 1.0;
    using ServiceFactory = CardServiceRegistry::Factory;

    // What waitForCardEvent() reports: the cards inserted (added) and the cards removed
    // since the previous call returned, and every card present now (what pyscard's
    // waitforcardevent returns). A card is a reader and an ATR; a card pulled and put back
    // between two calls is in both lists.
    struct CardEvents
    {
        std::vector<Card> added;
        std::vector<Card> removed;
        std::vector<Card> present;
    };

    explicit CardRequest(bool newCardOnly = false, RequestedReaders readers = {},
        std::shared_ptr<const CardType> cardType = nullptr, ServiceFactory serviceFactory = {},
        Timeout timeout = DefaultTimeout, pcsc::PcscApi &api = pcsc::systemPcsc());
    ~CardRequest();
    CardRequest(const CardRequest &) = delete;
    CardRequest &operator=(const CardRequest &) = delete;

    // The readers given, as Reader objects; when none was given, every reader connected
    // now (smartcard::readers(): EstablishContextException / ListReadersException).
    std::vector<Reader> getReaders() const;

    // Waits for a matching card and returns a service for it, its connection not
    // connected yet (as in pyscard: call connection().connect()). When several readers
    // hold a matching card, the first in the service's reader order is taken.
    std::unique_ptr<CardService> waitForCard();
    // waitForCard() without the service: the matching card, its reader and ATR, read from
    // the reader state without connecting to it.
    Card waitForMatchingCard();

    // Waits until the cards present differ from what the previous call returned. The first
    // call returns at once with every card present as added (none: empty lists). Changes
    // made between two calls are reported by the next call at once. The card type is not
    // applied: every card of the watched readers is reported (as pyscard does).
    CardEvents waitForCardEvent();

    // Wakes a wait in progress on another thread promptly, which then throws
    // CardRequestException (SCARD_E_CANCELLED); returns once that thread has left the
    // wait. The request stays cancelled: later waits throw at once.
    void cancel() { m_canceller.cancel(); }
    bool isCancelled() const { return m_canceller.isCancelled(); }

    bool isNewCardOnly() const { return m_newCardOnly; }
    const RequestedReaders &requestedReaders() const { return m_readers; }
    const CardType &cardType() const { return *m_cardType; }
    Timeout timeout() const { return m_timeout; }

private:
    // A card present in a reader as one wait saw it; the event counter tells a card
    // reinserted between two looks from the one that stayed.
    struct SeenCard
    {
        Card card;
        std::uint32_t eventCounter;
        bool operator==(const SeenCard &other) const = default;
    };
    // Called after every status change of a wait with the readers' states; `initial` marks
    // the first, the states when the wait started. Returning true ends the wait.
    using Settled = std::function<bool(const ReaderWatch &watch, bool initial)>;

    void runWait(const Settled &settled);
    void waitForChanges(ReaderWatch &watch, const Settled &settled);
    std::vector<SeenCard> cardsIn(const ReaderWatch &watch) const;
    std::unique_ptr<CardService> createService(const Card &card) const;

    bool m_newCardOnly;
    RequestedReaders m_readers;
    std::shared_ptr<const CardType> m_cardType;
    ServiceFactory m_serviceFactory;
    Timeout m_timeout;
    pcsc::PcscApi *m_api;
    WaitCanceller m_canceller;
    // waitForCardEvent(): the cards as the previous call returned them; none before the first.
    std::optional<std::vector<SeenCard>> m_eventCards;
};

} // namespace smartcard
