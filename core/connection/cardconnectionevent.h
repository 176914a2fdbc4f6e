#pragma once

#include "pcsc/returncode.h"
#include "pcsc/types.h"
#include "util/bytes.h"

#include <QString>

#include <optional>

namespace smartcard {

// What a CardConnection tells its observers (pyscard's CardConnectionEvent, with named
// fields instead of an args list). A value type: observers may keep or queue it.
struct CardConnectionEvent
{
    enum class Type { Connect, Reconnect, Disconnect, Release, Command, Response, Control, Attrib };

    Type type = Type::Command;
    QString reader;
    // steady_clock nanoseconds: monotonic, for ordering and durations, not wall time.
    qint64 timestampNs = 0;
    // Time the operation took, for Response, Control, Attrib, Connect, Reconnect, Disconnect.
    qint64 durationNs = 0;

    // Command: the APDU sent. Response: the response data without SW1 SW2. Control: the
    // reader's answer (controlInput holds what was sent). Attrib: the attribute value.
    Bytes data;
    Bytes controlInput;
    std::uint8_t sw1 = 0;
    std::uint8_t sw2 = 0;
    std::uint32_t protocol = 0; // Command, Connect, Reconnect: pyscard protocol mask
    std::uint32_t controlCode = 0;
    std::uint32_t attributeId = 0;
    pcsc::ShareMode mode = pcsc::ShareMode::Shared; // Connect, Reconnect
    pcsc::Disposition disposition = pcsc::Disposition::LeaveCard; // Reconnect, Disconnect
    // Connect, Reconnect that succeeded: the card's ATR then (empty if it could not be read),
    // so that an observer (the session log) never has to call back into the connection.
    Bytes atr;

    // Command and Response share an exchange id. An exchange made by the connection itself
    // (automatic GET RESPONSE, Le correction) names the exchange it serves in originId.
    quint64 exchangeId = 0;
    quint64 originId = 0;

    // A failed operation: the PC/SC code if there was one, and the error's text.
    std::optional<pcsc::ReturnCode> error;
    QString errorMessage;
    bool failed() const { return !errorMessage.isEmpty(); }

    static const char *typeName(Type type); // "connect", "command", ...
};

} // namespace smartcard
