#include "connection/cardconnection.h"

#include "apdu/commandapdu.h"
#include "exceptions/exceptions.h"
#include "sw/errorcheckingchain.h"

#include <algorithm>
#include <chrono>
#include <type_traits>

namespace smartcard {
namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A card that answers 61xx or 6Cxx forever must not keep us looping.
constexpr int MaxExtraExchanges = 256;

// The command again with Le = `le`: ISO 7816-4's answer to 6Cxx. A command without Le
// gets one; a malformed command is not corrected (nullopt).
std::optional<Bytes> withLe(const Bytes &command, std::uint8_t le)
{
    const CommandApdu apdu = CommandApdu::check(command);
    if (!apdu.isValid())
        return std::nullopt;
    const bool hasLe
        = apdu.apduCase() == CommandApdu::Case::Case2 || apdu.apduCase() == CommandApdu::Case::Case4;
    Bytes corrected = command;
    if (apdu.isExtended()) {
        // An extended Le is two bytes (after the 00 marker of case 2, or after the data).
        if (hasLe)
            corrected.resize(corrected.size() - 2);
        corrected.push_back(0x00);
    } else if (hasLe) {
        corrected.pop_back();
    }
    corrected.push_back(le);
    return corrected;
}

// GET RESPONSE in the command's logical channel (interindustry classes), else class 00.
Bytes getResponseCommand(std::uint8_t commandClass, std::uint8_t le)
{
    const std::uint8_t cla = (commandClass & 0x80) ? 0x00 : std::uint8_t(commandClass & 0x03);
    return Bytes { cla, 0xC0, 0x00, 0x00, le };
}

} // namespace

// Runs an operation and then tells the observers about it: its duration and, when it threw,
// its error (rethrown). Every operation is an event, a failed one too: the session log keeps it.
template<class Operation> auto CardConnection::observed(CardConnectionEvent &event, Operation operation)
{
    try {
        if constexpr (std::is_void_v<std::invoke_result_t<Operation>>) {
            operation();
            event.durationNs = nowNs() - event.timestampNs;
            addAtrForObservers(event); // after the duration: SCardStatus is not part of the operation
            notify(event);
        } else {
            auto result = operation();
            event.durationNs = nowNs() - event.timestampNs;
            notify(event);
            return result;
        }
    } catch (const SmartcardException &e) {
        event.durationNs = nowNs() - event.timestampNs;
        event.error = e.hresult();
        event.errorMessage = QString::fromUtf8(e.what());
        notify(event);
        throw;
    }
}

void CardConnection::addAtrForObservers(CardConnectionEvent &event)
{
    if (event.type != CardConnectionEvent::Type::Connect
        && event.type != CardConnectionEvent::Type::Reconnect)
        return;
    if (!hasObservers())
        return;
    try {
        event.atr = doGetATR();
    } catch (const SmartcardException &) {
        // The card went away right after connecting: the next operation will say so.
    }
}

CardConnection::CardConnection(QString reader)
    : m_reader(std::move(reader))
{ }

CardConnection::~CardConnection() = default;

void CardConnection::addObserver(CardConnectionObserver *observer)
{
    std::lock_guard lock(m_observersMutex);
    if (m_observers && std::find(m_observers->begin(), m_observers->end(), observer) != m_observers->end())
        return;
    auto list = m_observers ? std::make_shared<ObserverList>(*m_observers) : std::make_shared<ObserverList>();
    list->push_back(observer);
    m_observers = std::move(list);
}

void CardConnection::deleteObserver(CardConnectionObserver *observer)
{
    std::lock_guard lock(m_observersMutex);
    if (!m_observers || std::find(m_observers->begin(), m_observers->end(), observer) == m_observers->end())
        return;
    auto list = std::make_shared<ObserverList>(*m_observers);
    std::erase(*list, observer);
    m_observers = list->empty() ? nullptr : std::move(list);
}

std::shared_ptr<const CardConnection::ObserverList> CardConnection::observerList() const
{
    std::lock_guard lock(m_observersMutex);
    return m_observers;
}

bool CardConnection::hasObservers() const
{
    return observerList() != nullptr;
}

void CardConnection::notify(const CardConnectionEvent &event)
{
    // The list as it is now; observers added or removed meanwhile (from any thread, also
    // from update()) replace m_observers and leave this one intact.
    const std::shared_ptr<const ObserverList> observers = observerList();
    if (!observers)
        return;
    for (CardConnectionObserver *observer : *observers)
        observer->update(this, event);
}

CardConnectionEvent CardConnection::makeEvent(CardConnectionEvent::Type type) const
{
    CardConnectionEvent event;
    event.type = type;
    event.reader = m_reader;
    event.timestampNs = nowNs();
    return event;
}

void CardConnection::setErrorCheckingChain(std::shared_ptr<ErrorCheckingChain> chain)
{
    m_errorCheckingChain = std::move(chain);
}

void CardConnection::addSWExceptionToFilter(SWExceptionKind kind)
{
    if (m_errorCheckingChain)
        m_errorCheckingChain->addFilterException(kind, 0);
}

void CardConnection::connect(std::optional<std::uint32_t> protocol, std::optional<pcsc::ShareMode> mode,
    std::optional<pcsc::Disposition> disposition)
{
    CardConnectionEvent event = makeEvent(CardConnectionEvent::Type::Connect);
    event.protocol = protocol.value_or(getProtocol());
    event.mode = mode.value_or(pcsc::ShareMode::Shared);
    m_disposition = disposition.value_or(pcsc::Disposition::LeaveCard);
    observed(event, [&] {
        const std::uint32_t active = doConnect(event.protocol, event.mode);
        setProtocol(active);
    });
}

void CardConnection::reconnect(std::optional<std::uint32_t> protocol, std::optional<pcsc::ShareMode> mode,
    std::optional<pcsc::Disposition> disposition)
{
    CardConnectionEvent event = makeEvent(CardConnectionEvent::Type::Reconnect);
    event.protocol = protocol.value_or(getProtocol());
    event.mode = mode.value_or(pcsc::ShareMode::Shared);
    event.disposition = disposition.value_or(pcsc::Disposition::ResetCard);
    observed(event, [&] { setProtocol(doReconnect(event.protocol, event.mode, event.disposition)); });
}

void CardConnection::disconnect(std::optional<pcsc::Disposition> disposition)
{
    CardConnectionEvent event = makeEvent(CardConnectionEvent::Type::Disconnect);
    event.disposition = disposition.value_or(m_disposition);
    observed(event, [&] { doDisconnect(event.disposition); });
}

void CardConnection::release()
{
    CardConnectionEvent event = makeEvent(CardConnectionEvent::Type::Release);
    doRelease();
    notify(event);
}

Bytes CardConnection::getATR()
{
    return doGetATR();
}

std::uint32_t CardConnection::getProtocol() const
{
    return m_protocol;
}

void CardConnection::setProtocol(std::uint32_t protocol)
{
    m_protocol = protocol;
}

QString CardConnection::getReader() const
{
    return m_reader;
}

CardConnection::Response CardConnection::exchange(
    const Bytes &command, std::uint32_t protocol, quint64 originId, quint64 *exchangeId)
{
    CardConnectionEvent event = makeEvent(CardConnectionEvent::Type::Command);
    event.protocol = protocol;
    event.exchangeId = ++m_lastExchangeId;
    event.originId = originId;
    if (exchangeId)
        *exchangeId = event.exchangeId;
    // The command is copied into the event only when someone will see it.
    if (hasObservers()) {
        event.data = command;
        notify(event);
        event.data.clear();
    }

    event.type = CardConnectionEvent::Type::Response;
    // The response data travels in the event while observers see it, then back into the
    // response: moved, never copied.
    Response response = observed(event, [&] {
        Response received = doTransmit(command, protocol);
        event.data = std::move(received.data);
        event.sw1 = received.sw1;
        event.sw2 = received.sw2;
        return received;
    });
    response.data = std::move(event.data);
    return response;
}

CardConnection::Response CardConnection::completeResponse(
    const Bytes &command, std::uint32_t protocol, Response response, quint64 originId)
{
    Bytes collected;
    Bytes lastCommand = command;
    for (int round = 0; round < MaxExtraExchanges; ++round) {
        std::optional<Bytes> next;
        if (m_autoLeCorrection && response.sw1 == 0x6C) {
            next = withLe(lastCommand, response.sw2);
        } else if (m_autoGetResponse && response.sw1 == 0x61) {
            collected.insert(collected.end(), response.data.begin(), response.data.end());
            next = getResponseCommand(command.empty() ? 0x00 : command.front(), response.sw2);
        }
        if (!next)
            break;
        lastCommand = std::move(*next);
        response = exchange(lastCommand, protocol, originId, nullptr);
    }
    if (!collected.empty()) {
        collected.insert(collected.end(), response.data.begin(), response.data.end());
        response.data = std::move(collected);
    }
    return response;
}

CardConnection::Response CardConnection::transmit(const Bytes &command, std::optional<std::uint32_t> protocol)
{
    const std::uint32_t effectiveProtocol = protocol.value_or(getProtocol());
    quint64 exchangeId = 0;
    Response response = exchange(command, effectiveProtocol, 0, &exchangeId);
    if (m_autoGetResponse || m_autoLeCorrection)
        response = completeResponse(command, effectiveProtocol, std::move(response), exchangeId);
    if (m_errorCheckingChain)
        m_errorCheckingChain->check(response.data, response.sw1, response.sw2);
    return response;
}

Bytes CardConnection::control(std::uint32_t controlCode, const Bytes &data)
{
    CardConnectionEvent event = makeEvent(CardConnectionEvent::Type::Control);
    event.controlCode = controlCode;
    event.controlInput = data;
    observed(event, [&] { event.data = doControl(controlCode, data); });
    return event.data;
}

Bytes CardConnection::getAttrib(std::uint32_t attributeId)
{
    CardConnectionEvent event = makeEvent(CardConnectionEvent::Type::Attrib);
    event.attributeId = attributeId;
    observed(event, [&] { event.data = doGetAttrib(attributeId); });
    return event.data;
}

void CardConnection::beginTransaction()
{
    doBeginTransaction();
}

void CardConnection::endTransaction(pcsc::Disposition disposition)
{
    doEndTransaction(disposition);
}

std::uint32_t CardConnection::toPcscProtocolMask(std::uint32_t protocol)
{
    std::uint32_t mask = 0;
    if (protocol & T0_protocol)
        mask |= pcsc::protocol::T0;
    if (protocol & T1_protocol)
        mask |= pcsc::protocol::T1;
    if (protocol & RAW_protocol)
        mask |= pcsc::protocol::Raw;
    if (protocol & T15_protocol)
        mask |= pcsc::protocol::T15;
    return mask;
}

std::uint32_t CardConnection::fromPcscProtocolMask(std::uint32_t pcscProtocol)
{
    std::uint32_t protocol = 0;
    if (pcscProtocol & pcsc::protocol::T0)
        protocol |= T0_protocol;
    if (pcscProtocol & pcsc::protocol::T1)
        protocol |= T1_protocol;
    if (pcscProtocol & pcsc::protocol::Raw)
        protocol |= RAW_protocol;
    if (pcscProtocol & pcsc::protocol::T15)
        protocol |= T15_protocol;
    return protocol;
}

QString CardConnection::protocolName(std::uint32_t protocol)
{
    switch (protocol) {
    case T0_protocol:
        return QStringLiteral("T0");
    case T1_protocol:
        return QStringLiteral("T1");
    case T0_protocol | T1_protocol:
        return QStringLiteral("T0 or T1");
    case RAW_protocol:
        return QStringLiteral("RAW");
    case T15_protocol:
        return QStringLiteral("T15");
    case 0:
        return QStringLiteral("none");
    default:
        return QStringLiteral("0x%1").arg(protocol, 0, 16);
    }
}

} // namespace smartcard
