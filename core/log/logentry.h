#pragma once

#include "pcsc/types.h"
#include "util/bytes.h"

#include <QMetaType>
#include <QString>

#include <cstdint>

namespace smartcard {

// One entry of a session log as a value: what the recorder makes from connection events,
// what an import reads and what the exports write. The log itself keeps entries as compact
// records (SessionLog); LogEntry is the readable, copyable form of one of them.
//
// An exchange is one entry: the command and its response (or its failure) together. The
// other kinds carry what their connection event carried.
struct LogEntry
{
    enum class Kind : std::uint8_t {
        Exchange,
        Control,
        Connect,
        Reconnect,
        Disconnect,
        Release,
        Attrib,
        Atr
    };

    // Bits of `flags`.
    enum Flag : std::uint8_t {
        Failed = 0x01, // the operation failed: see errorCode/errorMessage; an exchange may have no response
        HasResponse = 0x02, // Exchange: a response (data + SW1 SW2) was received
        Masked = 0x04, // bytes [maskOffset, maskOffset + maskLength) of the command are secret
        Imported = 0x08, // read back from a file rather than recorded
    };

    Kind kind = Kind::Exchange;
    std::uint8_t flags = 0;

    // Wall-clock time the operation started, nanoseconds since the Unix epoch (UTC), and
    // how long it took (0 when not measured).
    qint64 timeNs = 0;
    qint64 durationNs = 0;

    QString reader;
    Bytes atr; // the card's ATR when the entry was made (empty if unknown)
    std::uint32_t protocol = 0; // pyscard protocol mask in use (CardConnection::T0_protocol, ...)

    // Exchange: the command APDU sent and the response data (without SW1 SW2).
    // Control: the bytes sent and the reader's answer. Attrib: the attribute value in
    // `response`. Atr: the ATR in `response`.
    Bytes command;
    Bytes response;
    std::uint16_t sw = 0; // Exchange with HasResponse

    // Command and response share exchangeId; an exchange made by the connection itself
    // (GET RESPONSE after 61xx, Le correction after 6Cxx) names its origin in originId.
    std::uint32_t exchangeId = 0;
    std::uint32_t originId = 0;

    // Control: the control code. Attrib: the attribute id. Connect/Reconnect: share mode.
    // Reconnect/Disconnect: disposition in `disposition`.
    std::uint32_t code = 0;
    pcsc::Disposition disposition = pcsc::Disposition::LeaveCard;

    // Failed: the PC/SC return code (0 if there was none) and the error's text.
    std::uint32_t errorCode = 0;
    QString errorMessage;

    // Masked: the secret bytes of `command` (the data field of VERIFY, PUT KEY, ...).
    // Masked bytes are zero in every file written and shown as "••" in views.
    std::uint16_t maskOffset = 0;
    std::uint16_t maskLength = 0;

    // A user's note on this entry (empty: none).
    QString annotation;

    bool has(Flag flag) const { return flags & flag; }
    void set(Flag flag, bool on = true) { flags = on ? (flags | flag) : (flags & ~flag); }
    bool operator==(const LogEntry &) const = default;

    static const char *kindName(Kind kind); // "exchange", "control", "connect", ...
    static bool kindFromName(QStringView name, Kind *kind);
};

} // namespace smartcard

// Entries travel by value in queued signals (one or a batch: QList<LogEntry>).
Q_DECLARE_METATYPE(smartcard::LogEntry)
