#pragma once

#include "connection/cardconnectionobserver.h"
#include "log/logentry.h"

#include <functional>
#include <mutex>
#include <vector>

namespace smartcard {

// Turns connection events into session log entries: a command and its response (same
// exchange id) become one Exchange entry, a failed transmit an Exchange with Failed and
// no response; connect, reconnect, disconnect, release, control and attribute reads one
// entry each. Times are wall-clock (UTC): the events' steady timestamps plus one
// steady-to-system offset taken when the recorder is made, so that entries keep their order
// and their spacing even if the system clock is set meanwhile.
//
// Secrets: MaskingPolicy marks the commands that carry them (Masked + range). By default
// (maskSecrets) sinks receive copies with those bytes zeroed; a session the user chose to
// unmask gives sinks the real bytes, still marked.
//
// Threads: update() may be called from any number of connections on any threads. Entries
// are delivered to the sinks on the thread that made the event, one at a time (under the
// recorder's mutex), in the order they were recorded. A sink must not add or remove sinks
// nor call into the connection. SessionRecorderAdapter brings them to a Qt thread in batches.
class SessionRecorder : public CardConnectionObserver
{
public:
    using Sink = std::function<void(const LogEntry &)>;
    using SinkId = int;

    SessionRecorder();
    ~SessionRecorder() override;
    SessionRecorder(const SessionRecorder &) = delete;
    SessionRecorder &operator=(const SessionRecorder &) = delete;

    // When removeSink() returns, that sink is not being called and will not be again.
    SinkId addSink(Sink sink);
    void removeSink(SinkId id);

    void setMaskSecrets(bool mask);
    bool maskSecrets() const;

    // The ATR of a connection whose connect event the recorder did not see (it was added
    // later): used for that connection's entries until its next connect or reconnect.
    void setAtr(const CardConnection *connection, const Bytes &atr);

    // Nanoseconds to add to a steady_clock time to get the wall-clock time (UTC).
    qint64 steadyToSystemOffsetNs() const { return m_offsetNs; }

    void update(CardConnection *connection, const CardConnectionEvent &event) override;

private:
    // What the recorder remembers of each connection it has seen.
    struct PerConnection
    {
        const CardConnection *connection = nullptr;
        Bytes atr;
        std::uint32_t protocol = 0; // the last one a connect or a command named
        // A Command event waits here for its Response (the buffer is reused).
        bool hasCommand = false;
        QString reader;
        Bytes command;
        qint64 commandTimeNs = 0;
        quint64 exchangeId = 0;
        quint64 originId = 0;
    };

    PerConnection &stateOf(const CardConnection *connection);
    LogEntry entryFor(const PerConnection &state, const CardConnectionEvent &event) const;
    LogEntry pendingExchange(PerConnection &state, const CardConnectionEvent *response) const;
    void deliver(LogEntry entry);

    const qint64 m_offsetNs;
    mutable std::mutex m_mutex;
    bool m_maskSecrets = true;
    std::vector<PerConnection> m_connections; // a handful: a linear search beats a map
    std::vector<std::pair<SinkId, Sink>> m_sinks;
    SinkId m_lastSinkId = 0;
};

} // namespace smartcard
