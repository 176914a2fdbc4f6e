#include "fakepcsc.h"

#include <algorithm>
#include <chrono>

namespace cardscope::testing {

using namespace smartcard::pcsc;

void FakePcsc::addReader(const std::string &name)
{
    std::lock_guard lock(m_mutex);
    m_readers.try_emplace(name);
    ++m_readerListCounter;
    changed();
}

void FakePcsc::removeReader(const std::string &name)
{
    std::lock_guard lock(m_mutex);
    m_readers.erase(name);
    ++m_readerListCounter;
    changed();
}

void FakePcsc::insertCard(const std::string &reader, const Bytes &atr, CardBehaviour behaviour)
{
    std::lock_guard lock(m_mutex);
    Reader &entry = m_readers[reader];
    entry.cardPresent = true;
    entry.atr = atr;
    entry.behaviour = std::move(behaviour);
    ++entry.eventCounter;
    changed();
}

void FakePcsc::removeCard(const std::string &reader)
{
    std::lock_guard lock(m_mutex);
    Reader &entry = m_readers[reader];
    entry.cardPresent = false;
    entry.atr.clear();
    ++entry.eventCounter;
    changed();
}

void FakePcsc::setAttribute(const std::string &reader, std::uint32_t id, const Bytes &value)
{
    std::lock_guard lock(m_mutex);
    m_readers[reader].attributes[id] = value;
}

void FakePcsc::setControlResponse(
    const std::string &reader, std::uint32_t controlCode, const Bytes &output, ReturnCode result)
{
    std::lock_guard lock(m_mutex);
    m_readers[reader].controlResponses[controlCode] = { result, output };
}

std::vector<std::uint32_t> FakePcsc::controlCodes() const
{
    std::lock_guard lock(m_mutex);
    return m_controlCodes;
}

void FakePcsc::failNext(Call call, ReturnCode code, int count)
{
    std::lock_guard lock(m_mutex);
    m_failures[call] = { code, count };
}

void FakePcsc::setServiceRunning(bool running)
{
    std::lock_guard lock(m_mutex);
    m_serviceRunning = running;
    if (!running) {
        m_contexts.clear();
        m_cards.clear();
    }
    changed();
}

int FakePcsc::callCount(Call call) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_calls.find(call);
    return found == m_calls.end() ? 0 : found->second;
}

std::vector<smartcard::Bytes> FakePcsc::transmittedCommands() const
{
    std::lock_guard lock(m_mutex);
    return m_transmitted;
}

int FakePcsc::openContexts() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_contexts.size());
}

int FakePcsc::openCards() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_cards.size());
}

ReturnCode FakePcsc::enter(Call call)
{
    ++m_calls[call];
    auto failure = m_failures.find(call);
    if (failure != m_failures.end() && failure->second.second > 0) {
        --failure->second.second;
        return failure->second.first;
    }
    return m_serviceRunning ? ReturnCode::Success : ReturnCode::E_NoService;
}

ReturnCode FakePcsc::enterWithCard(Call call, CardId card)
{
    if (const ReturnCode rc = enter(call); !succeeded(rc))
        return rc;
    return m_cards.contains(card) ? ReturnCode::Success : ReturnCode::E_InvalidHandle;
}

std::uint32_t FakePcsc::stateOf(const std::string &reader) const
{
    if (reader == PnpNotificationReader)
        return m_readerListCounter << 16;
    const auto found = m_readers.find(reader);
    if (found == m_readers.end())
        return readerstate::Unknown;
    const Reader &entry = found->second;
    return (entry.eventCounter << 16) | (entry.cardPresent ? readerstate::Present : readerstate::Empty);
}

void FakePcsc::changed()
{
    m_stateChanged.notify_all();
}

ReturnCode FakePcsc::establishContext(Scope, ContextId *context)
{
    std::lock_guard lock(m_mutex);
    if (const ReturnCode rc = enter(Call::EstablishContext); !succeeded(rc))
        return rc;
    *context = ++m_nextId;
    m_contexts.insert(*context);
    return ReturnCode::Success;
}

ReturnCode FakePcsc::releaseContext(ContextId context)
{
    std::lock_guard lock(m_mutex);
    const ReturnCode rc = enter(Call::ReleaseContext);
    // Like pcsc-lite, the context is gone afterwards whatever the call returned.
    const bool known = m_contexts.erase(context) > 0;
    if (!succeeded(rc))
        return rc;
    return known ? ReturnCode::Success : ReturnCode::E_InvalidHandle;
}

ReturnCode FakePcsc::listReaders(
    ContextId context, const std::vector<std::string> &, std::vector<std::string> *readers)
{
    std::lock_guard lock(m_mutex);
    if (const ReturnCode rc = enter(Call::ListReaders); !succeeded(rc))
        return rc;
    if (!m_contexts.contains(context))
        return ReturnCode::E_InvalidHandle;
    readers->clear();
    for (const auto &[name, reader] : m_readers)
        readers->push_back(name);
    return readers->empty() ? ReturnCode::E_NoReadersAvailable : ReturnCode::Success;
}

ReturnCode FakePcsc::listReaderGroups(ContextId context, std::vector<std::string> *groups)
{
    std::lock_guard lock(m_mutex);
    if (const ReturnCode rc = enter(Call::ListReaderGroups); !succeeded(rc))
        return rc;
    if (!m_contexts.contains(context))
        return ReturnCode::E_InvalidHandle;
    *groups = { "SCard$DefaultReaders" };
    return ReturnCode::Success;
}

ReturnCode FakePcsc::getStatusChange(
    ContextId context, std::uint32_t timeoutMs, std::span<ReaderState> states)
{
    std::unique_lock lock(m_mutex);
    if (const ReturnCode rc = enter(Call::GetStatusChange); !succeeded(rc))
        return rc;
    if (!m_contexts.contains(context))
        return ReturnCode::E_InvalidHandle;
    m_cancelled.erase(context);

    // True when at least one reader differs from what the caller believes; marks those.
    auto anyChanged = [&] {
        bool any = false;
        for (ReaderState &state : states) {
            const std::uint32_t actual = stateOf(state.reader);
            // The PnP pseudo-reader has no flags: only its counter (reader list changes) counts.
            const bool pnp = state.reader == PnpNotificationReader;
            const bool differs = (!pnp && state.currentState == readerstate::Unaware)
                || (actual & readerstate::FlagMask) != (state.currentState & ~readerstate::Changed & 0xFFFF)
                || (actual >> 16) != (state.currentState >> 16);
            state.eventState = differs ? actual | readerstate::Changed : actual;
            const auto reader = m_readers.find(state.reader);
            state.atr = reader == m_readers.end() ? Bytes {} : reader->second.atr;
            any = any || differs;
        }
        return any;
    };

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!anyChanged()) {
        if (!m_serviceRunning)
            return ReturnCode::F_CommError;
        if (m_cancelled.erase(context) > 0)
            return ReturnCode::E_Cancelled;
        if (timeoutMs == InfiniteTimeout)
            m_stateChanged.wait(lock);
        else if (m_stateChanged.wait_until(lock, deadline) == std::cv_status::timeout && !anyChanged())
            return ReturnCode::E_Timeout;
    }
    for (const ReaderState &state : states) {
        if ((state.eventState & readerstate::Unknown) && state.reader != PnpNotificationReader)
            return ReturnCode::E_UnknownReader;
    }
    return ReturnCode::Success;
}

ReturnCode FakePcsc::cancel(ContextId context)
{
    std::lock_guard lock(m_mutex);
    if (const ReturnCode rc = enter(Call::Cancel); !succeeded(rc))
        return rc;
    if (!m_contexts.contains(context))
        return ReturnCode::E_InvalidHandle;
    m_cancelled.insert(context);
    changed();
    return ReturnCode::Success;
}

ReturnCode FakePcsc::connect(ContextId context, const std::string &reader, ShareMode,
    std::uint32_t preferredProtocols, CardId *card, std::uint32_t *activeProtocol)
{
    std::lock_guard lock(m_mutex);
    if (const ReturnCode rc = enter(Call::Connect); !succeeded(rc))
        return rc;
    if (!m_contexts.contains(context))
        return ReturnCode::E_InvalidHandle;
    const auto found = m_readers.find(reader);
    if (found == m_readers.end())
        return ReturnCode::E_UnknownReader;
    if (!found->second.cardPresent)
        return ReturnCode::E_NoSmartcard;
    *card = ++m_nextId;
    *activeProtocol = (preferredProtocols & protocol::T1) ? protocol::T1 : protocol::T0;
    m_cards[*card] = OpenCard { reader, *activeProtocol };
    return ReturnCode::Success;
}

ReturnCode FakePcsc::reconnect(
    CardId card, ShareMode, std::uint32_t, Disposition, std::uint32_t *activeProtocol)
{
    std::lock_guard lock(m_mutex);
    if (const ReturnCode rc = enterWithCard(Call::Reconnect, card); !succeeded(rc))
        return rc;
    const auto found = m_cards.find(card);
    *activeProtocol = found->second.protocol;
    return ReturnCode::Success;
}

ReturnCode FakePcsc::disconnect(CardId card, Disposition)
{
    std::lock_guard lock(m_mutex);
    const ReturnCode rc = enter(Call::Disconnect);
    const bool known = m_cards.erase(card) > 0;
    if (!succeeded(rc))
        return rc;
    return known ? ReturnCode::Success : ReturnCode::E_InvalidHandle;
}

ReturnCode FakePcsc::status(CardId card, CardStatus *status)
{
    std::lock_guard lock(m_mutex);
    if (const ReturnCode rc = enterWithCard(Call::Status, card); !succeeded(rc))
        return rc;
    const auto found = m_cards.find(card);
    const Reader &reader = m_readers[found->second.reader];
    if (!reader.cardPresent)
        return ReturnCode::W_RemovedCard;
    *status = CardStatus { found->second.reader, cardstate::Specific, found->second.protocol, reader.atr };
    return ReturnCode::Success;
}

ReturnCode FakePcsc::transmit(CardId card, std::uint32_t, std::span<const std::uint8_t> command,
    std::span<std::uint8_t> response, std::size_t *responseLength)
{
    std::lock_guard lock(m_mutex);
    *responseLength = 0;
    if (const ReturnCode rc = enterWithCard(Call::Transmit, card); !succeeded(rc))
        return rc;
    const auto found = m_cards.find(card);
    const Reader &reader = m_readers[found->second.reader];
    if (!reader.cardPresent)
        return ReturnCode::W_RemovedCard;
    const Bytes sent(command.begin(), command.end());
    m_transmitted.push_back(sent);
    const Bytes answer = reader.behaviour ? reader.behaviour(sent) : Bytes { 0x90, 0x00 };
    if (answer.size() > response.size())
        return ReturnCode::E_InsufficientBuffer;
    std::copy(answer.begin(), answer.end(), response.begin());
    *responseLength = answer.size();
    return ReturnCode::Success;
}

ReturnCode FakePcsc::control(CardId card, std::uint32_t controlCode, std::span<const std::uint8_t>,
    std::span<std::uint8_t> output, std::size_t *outputLength)
{
    std::lock_guard lock(m_mutex);
    *outputLength = 0;
    if (const ReturnCode rc = enterWithCard(Call::Control, card); !succeeded(rc))
        return rc;
    m_controlCodes.push_back(controlCode);
    const Reader &reader = m_readers[m_cards.find(card)->second.reader];
    const auto scripted = reader.controlResponses.find(controlCode);
    if (scripted == reader.controlResponses.end())
        return ReturnCode::Success;
    const auto &[result, answer] = scripted->second;
    if (!succeeded(result))
        return result;
    if (answer.size() > output.size())
        return ReturnCode::E_InsufficientBuffer;
    std::copy(answer.begin(), answer.end(), output.begin());
    *outputLength = answer.size();
    return ReturnCode::Success;
}

ReturnCode FakePcsc::getAttrib(CardId card, std::uint32_t attributeId, Bytes *value)
{
    std::lock_guard lock(m_mutex);
    if (const ReturnCode rc = enterWithCard(Call::GetAttrib, card); !succeeded(rc))
        return rc;
    const auto found = m_cards.find(card);
    const Reader &reader = m_readers[found->second.reader];
    const auto attribute = reader.attributes.find(attributeId);
    if (attribute == reader.attributes.end())
        return ReturnCode::E_UnsupportedFeature;
    *value = attribute->second;
    return ReturnCode::Success;
}

ReturnCode FakePcsc::beginTransaction(CardId card)
{
    std::lock_guard lock(m_mutex);
    return enterWithCard(Call::BeginTransaction, card);
}

ReturnCode FakePcsc::endTransaction(CardId card, Disposition)
{
    std::lock_guard lock(m_mutex);
    return enterWithCard(Call::EndTransaction, card);
}

} // namespace cardscope::testing
