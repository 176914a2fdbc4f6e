#pragma once

#include "pcsc/returncode.h"
#include "util/bytes.h"

#include <QMetaType>
#include <QString>

#include <optional>

// What the connection worker answers to one request: a value, queued to the GUI thread.
struct ConsoleReply
{
    enum class Operation {
        Connect,
        Reconnect,
        Disconnect,
        BeginTransaction,
        EndTransaction,
        Transmit,
        Control
    };

    Operation operation = Operation::Transmit;
    quint64 requestId = 0; // 0: the worker's own operation (the disconnect after an abandoned one)
    bool ok = false;
    // The caller stopped waiting (timeout or cancel) while the card had it: this is the late
    // reply, exactly as the card gave it; the worker has disconnected (reset) since.
    bool abandoned = false;
    // Cancelled while still queued: nothing reached the card.
    bool notSent = false;

    smartcard::Bytes command; // Transmit: the APDU; Control: the data sent
    smartcard::Bytes data; // Transmit: response data without SW; Control: the reader's answer
    std::uint8_t sw1 = 0;
    std::uint8_t sw2 = 0;
    std::uint32_t controlCode = 0;
    qint64 durationUs = 0; // the whole call, extra GET RESPONSE / Le exchanges included

    QString errorText;
    std::optional<smartcard::pcsc::ReturnCode> errorCode;

    // State after the operation.
    bool connected = false;
    bool inTransaction = false;
    std::uint32_t protocol = 0; // pyscard protocol mask, after Connect / Reconnect
    smartcard::Bytes atr; // after Connect / Reconnect

    std::uint16_t sw() const { return std::uint16_t(sw1 << 8 | sw2); }
};

Q_DECLARE_METATYPE(ConsoleReply)
