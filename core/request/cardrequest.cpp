#include "request/cardrequest.h"

#include "cardtype/anycardtype.h"
#include "exceptions/exceptions.h"
#include "request/readerwatch.h"

#include <algorithm>
#include <chrono>
#include <map>

namespace smartcard {

namespace {

using Clock = std::chrono::steady_clock;

// Longer timeouts are taken as this (about 31 years), so that the deadline cannot overflow.
constexpr double MaxTimeoutSeconds = 1e9;

std::optional<Clock::time_point> deadlineOf(CardRequest::Timeout timeout)
{
    if (!timeout)
        return std::nullopt;
    double seconds = *timeout;
    if (!(seconds > 0)) // negative or NaN
        seconds = 0;
    seconds = std::min(seconds, MaxTimeoutSeconds);
    return Clock::now() + std::chrono::ceil<Clock::duration>(std::chrono::duration<double>(seconds));
}

// Milliseconds left for SCardGetStatusChange, rounded up so that it does not wake early.
std::uint32_t remainingMs(const std::optional<Clock::time_point> &deadline)
{
    if (!deadline)
        return pcsc::InfiniteTimeout;
    const std::int64_t left = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now()).count();
    return static_cast<std::uint32_t>(
        std::clamp<std::int64_t>(left, 0, std::int64_t { pcsc::InfiniteTimeout } - 1));
}

bool expired(const std::optional<Clock::time_point> &deadline)
{
    return deadline && Clock::now() >= *deadline;
}

[[noreturn]] void fail(const char *what, pcsc::ReturnCode rc)
{
    throw CardRequestException(QString::fromLatin1(what), rc);
}

[[noreturn]] void failCancelled()
{
    throw CardRequestException(QStringLiteral("Card request cancelled"), pcsc::ReturnCode::E_Cancelled);
}

bool isPresent(const pcsc::ReaderState &state)
{
    return state.currentState & pcsc::readerstate::Present;
}

} // namespace

CardRequest::CardRequest(bool newCardOnly, RequestedReaders readers, std::shared_ptr<const CardType> cardType,
    ServiceFactory serviceFactory, Timeout timeout, pcsc::PcscApi &api)
    : m_newCardOnly(newCardOnly)
    , m_readers(std::move(readers))
    , m_cardType(cardType ? std::move(cardType) : std::make_shared<AnyCardType>())
    , m_serviceFactory(std::move(serviceFactory))
    , m_timeout(timeout)
    , m_api(&api)
{ }

CardRequest::~CardRequest() = default;

std::vector<Reader> CardRequest::getReaders() const
{
    if (m_readers.isAll())
        return readers({}, *m_api);
    std::vector<Reader> result;
    for (const QString &name : m_readers.names())
        result.emplace_back(name, *m_api);
    return result;
}

std::unique_ptr<CardService> CardRequest::waitForCard()
{
    return createService(waitForMatchingCard());
}

Card CardRequest::waitForMatchingCard()
{
    // newCardOnly: each reader's event counter when the wait started, for the readers that
    // held a card then. The same counter later means the same card.
    std::map<std::string, std::uint32_t> presentAtStart;
    std::optional<Card> found;
    runWait([&](const ReaderWatch &watch, bool initial) {
        for (const pcsc::ReaderState &state : watch.readers()) {
            if (!isPresent(state))
                continue;
            const std::uint32_t counter = pcsc::readerstate::eventCounter(state.currentState);
            if (m_newCardOnly) {
                if (initial) {
                    presentAtStart.emplace(state.reader, counter);
                    continue;
                }
                const auto atStart = presentAtStart.find(state.reader);
                if (atStart != presentAtStart.end() && atStart->second == counter)
                    continue;
            }
            const QString reader = QString::fromStdString(state.reader);
            if (m_cardType->matches(state.atr, reader)) {
                found.emplace(Reader(reader, *m_api), state.atr);
                return true;
            }
        }
        return false;
    });
    return *found;
}

CardRequest::CardEvents CardRequest::waitForCardEvent()
{
    CardEvents events;
    runWait([&](const ReaderWatch &watch, bool) {
        std::vector<SeenCard> now = cardsIn(watch);
        const std::vector<SeenCard> before = m_eventCards.value_or(std::vector<SeenCard> {});
        if (m_eventCards && now == before)
            return false;
        for (const SeenCard &seen : now) {
            events.present.push_back(seen.card);
            if (std::find(before.begin(), before.end(), seen) == before.end())
                events.added.push_back(seen.card);
        }
        for (const SeenCard &seen : before) {
            if (std::find(now.begin(), now.end(), seen) == now.end())
                events.removed.push_back(seen.card);
        }
        m_eventCards = std::move(now);
        return true;
    });
    return events;
}

void CardRequest::runWait(const Settled &settled)
{
    if (m_canceller.isCancelled())
        failCancelled();
    pcsc::Context context(*m_api);
    if (const pcsc::ReturnCode rc = context.establish(); !pcsc::succeeded(rc))
        fail("Failed to establish context", rc);
    if (!m_canceller.beginWait(context))
        throw CardRequestException(QStringLiteral("Another wait of this card request is in progress"));
    // Declared after the context, so destroyed before it: cancel() stops using the context first.
    struct EndWait
    {
        WaitCanceller &canceller;
        ~EndWait() { canceller.endWait(); }
    } endWait { m_canceller };

    ReaderWatch watch(context, m_readers);
    if (const pcsc::ReturnCode rc = watch.refresh(); !pcsc::succeeded(rc))
        fail("Failed to list readers", rc);
    waitForChanges(watch, settled);
}

void CardRequest::waitForChanges(ReaderWatch &watch, const Settled &settled)
{
    const std::optional<Clock::time_point> deadline = deadlineOf(m_timeout);
    bool initial = true;
    for (;;) {
        if (m_canceller.isCancelled())
            failCancelled();
        // The first call only reads the states at the start (every reader is unaware, so
        // it returns at once); the later ones block.
        const pcsc::ReturnCode rc = watch.waitForChange(initial ? 0 : remainingMs(deadline));
        switch (rc) {
        case pcsc::ReturnCode::Success:
            if (settled(watch, initial))
                return;
            initial = false;
            break;
        case pcsc::ReturnCode::E_Timeout:
            if (initial) { // nothing reported at all: no reader holds a card we know of
                if (settled(watch, true))
                    return;
                initial = false;
            } else if (expired(deadline)) {
                throw CardRequestTimeoutException();
            }
            break;
        case pcsc::ReturnCode::E_Cancelled:
            if (m_canceller.isCancelled())
                failCancelled();
            break; // not ours: block again
        case pcsc::ReturnCode::E_UnknownReader:
            // A reader went before or during the call; its states say nothing.
            if (const pcsc::ReturnCode recovered = watch.recoverFromUnknownReader();
                !pcsc::succeeded(recovered))
                fail("Failed to get status change", recovered);
            continue;
        default:
            fail("Failed to get status change", rc);
        }
        if (const pcsc::ReturnCode listed = watch.refresh(); !pcsc::succeeded(listed))
            fail("Failed to list readers", listed);
    }
}

std::vector<CardRequest::SeenCard> CardRequest::cardsIn(const ReaderWatch &watch) const
{
    std::vector<SeenCard> cards;
    for (const pcsc::ReaderState &state : watch.readers()) {
        if (isPresent(state)) {
            cards.push_back({ Card(Reader(QString::fromStdString(state.reader), *m_api), state.atr),
                pcsc::readerstate::eventCounter(state.currentState) });
        }
    }
    return cards;
}

std::unique_ptr<CardService> CardRequest::createService(const Card &card) const
{
    std::unique_ptr<CardConnection> connection = card.createConnection();
    std::unique_ptr<CardService> service = m_serviceFactory
        ? m_serviceFactory(std::move(connection))
        : CardServiceRegistry::instance().create(std::move(connection), card.atr(), card.reader().name());
    if (!service)
        throw CardRequestException(QStringLiteral("The card service factory made no service"));
    return service;
}

} // namespace smartcard
