#include "log/sessionrecorder.h"

#include "log/maskingpolicy.h"

#include <QDebug>

#include <algorithm>
#include <chrono>

namespace smartcard {
namespace {

qint64 steadyToSystemOffset()
{
    using namespace std::chrono;
    const qint64 system = duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
    const qint64 steady = duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
    return system - steady;
}

LogEntry::Kind kindOf(CardConnectionEvent::Type type)
{
    switch (type) {
    case CardConnectionEvent::Type::Connect:
        return LogEntry::Kind::Connect;
    case CardConnectionEvent::Type::Reconnect:
        return LogEntry::Kind::Reconnect;
    case CardConnectionEvent::Type::Disconnect:
        return LogEntry::Kind::Disconnect;
    case CardConnectionEvent::Type::Release:
        return LogEntry::Kind::Release;
    case CardConnectionEvent::Type::Control:
        return LogEntry::Kind::Control;
    case CardConnectionEvent::Type::Attrib:
        return LogEntry::Kind::Attrib;
    case CardConnectionEvent::Type::Command:
    case CardConnectionEvent::Type::Response:
        break;
    }
    return LogEntry::Kind::Exchange;
}

void setError(const CardConnectionEvent &event, LogEntry &entry)
{
    if (!event.failed())
        return;
    entry.set(LogEntry::Failed);
    entry.errorCode = event.error ? std::uint32_t(*event.error) : 0;
    entry.errorMessage = event.errorMessage;
}

} // namespace

SessionRecorder::SessionRecorder()
    : m_offsetNs(steadyToSystemOffset())
{ }

SessionRecorder::~SessionRecorder() = default;

SessionRecorder::SinkId SessionRecorder::addSink(Sink sink)
{
    std::lock_guard lock(m_mutex);
    m_sinks.emplace_back(++m_lastSinkId, std::move(sink));
    return m_lastSinkId;
}

void SessionRecorder::removeSink(SinkId id)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_sinks, [id](const auto &sink) { return sink.first == id; });
}

void SessionRecorder::setMaskSecrets(bool mask)
{
    std::lock_guard lock(m_mutex);
    m_maskSecrets = mask;
}

bool SessionRecorder::maskSecrets() const
{
    std::lock_guard lock(m_mutex);
    return m_maskSecrets;
}

void SessionRecorder::setAtr(const CardConnection *connection, const Bytes &atr)
{
    std::lock_guard lock(m_mutex);
    stateOf(connection).atr = atr;
}

SessionRecorder::PerConnection &SessionRecorder::stateOf(const CardConnection *connection)
{
    const auto found = std::find_if(m_connections.begin(), m_connections.end(),
        [connection](const PerConnection &state) { return state.connection == connection; });
    if (found != m_connections.end())
        return *found;
    PerConnection &state = m_connections.emplace_back();
    state.connection = connection;
    return state;
}

void SessionRecorder::update(CardConnection *connection, const CardConnectionEvent &event)
{
    std::lock_guard lock(m_mutex);
    PerConnection &state = stateOf(connection);
    switch (event.type) {
    case CardConnectionEvent::Type::Command:
        if (state.hasCommand) // its response never came: keep the command anyway
            deliver(pendingExchange(state, nullptr));
        state.hasCommand = true;
        state.reader = event.reader;
        state.command.assign(event.data.begin(), event.data.end());
        state.commandTimeNs = event.timestampNs;
        state.exchangeId = event.exchangeId;
        state.originId = event.originId;
        state.protocol = event.protocol;
        return;
    case CardConnectionEvent::Type::Response:
        if (!state.hasCommand || state.exchangeId != event.exchangeId) {
            // Recording started between a command and its response: the response alone.
            state.command.clear();
            state.reader = event.reader;
            state.commandTimeNs = event.timestampNs;
            state.exchangeId = event.exchangeId;
            state.originId = event.originId;
        }
        deliver(pendingExchange(state, &event));
        return;
    case CardConnectionEvent::Type::Connect:
    case CardConnectionEvent::Type::Reconnect:
        state.protocol = event.protocol;
        if (!event.failed())
            state.atr = event.atr;
        break;
    case CardConnectionEvent::Type::Disconnect:
    case CardConnectionEvent::Type::Release:
    case CardConnectionEvent::Type::Control:
    case CardConnectionEvent::Type::Attrib:
        break;
    }
    deliver(entryFor(state, event));
    if (event.type == CardConnectionEvent::Type::Release) // the connection may be gone next
        std::erase_if(
            m_connections, [connection](const PerConnection &s) { return s.connection == connection; });
}

LogEntry SessionRecorder::entryFor(const PerConnection &state, const CardConnectionEvent &event) const
{
    LogEntry entry;
    entry.kind = kindOf(event.type);
    entry.timeNs = event.timestampNs + m_offsetNs;
    entry.durationNs = event.durationNs;
    entry.reader = event.reader;
    entry.atr = state.atr;
    entry.protocol = state.protocol;
    entry.disposition = event.disposition;
    switch (event.type) {
    case CardConnectionEvent::Type::Connect:
    case CardConnectionEvent::Type::Reconnect:
        entry.code = std::uint32_t(event.mode);
        break;
    case CardConnectionEvent::Type::Control:
        entry.code = event.controlCode;
        entry.command = event.controlInput;
        entry.response = event.data;
        break;
    case CardConnectionEvent::Type::Attrib:
        entry.code = event.attributeId;
        entry.response = event.data;
        break;
    default:
        break;
    }
    setError(event, entry);
    return entry;
}

// The exchange waiting in `state`, completed by its response (nullptr: none came).
LogEntry SessionRecorder::pendingExchange(PerConnection &state, const CardConnectionEvent *response) const
{
    LogEntry entry;
    entry.kind = LogEntry::Kind::Exchange;
    entry.timeNs = state.commandTimeNs + m_offsetNs;
    entry.reader = state.reader;
    entry.atr = state.atr;
    entry.protocol = state.protocol;
    entry.command = state.command;
    entry.exchangeId = std::uint32_t(state.exchangeId);
    entry.originId = std::uint32_t(state.originId);
    state.hasCommand = false;
    if (!response)
        return entry;
    entry.durationNs = response->durationNs;
    setError(*response, entry);
    if (!response->failed()) {
        entry.set(LogEntry::HasResponse);
        entry.response = response->data;
        entry.sw = std::uint16_t(response->sw1 << 8 | response->sw2);
    }
    return entry;
}

// Caller holds m_mutex: sinks see entries one at a time, in order.
void SessionRecorder::deliver(LogEntry entry)
{
    entry = MaskingPolicy::markSecrets(std::move(entry));
    if (m_maskSecrets)
        entry = MaskingPolicy::hideSecrets(std::move(entry));
    for (const auto &[id, sink] : m_sinks) {
        try {
            sink(entry);
        } catch (const std::exception &e) {
            // Never into the connection: its caller would see a failed transmit that was not.
            qWarning() << "session log sink" << id << "failed:" << e.what();
        }
    }
}

} // namespace smartcard
