#pragma once

#include "pcsc/types.h"
#include "util/bytes.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace smartcard {

// One reader's state as a monitor reports it: a value type, safe to copy, queue and keep.
// `state` holds every SCARD_STATE_* flag the service reported (present, empty, exclusive,
// in use, mute, unpowered, unavailable, ...) without SCARD_STATE_CHANGED and without the
// counter; `eventCounter` is the reader's event counter (the upper 16 bits of the event
// state), which pcscd moves on each insertion and removal; `atr` is the card's ATR, empty
// when no card is present.
struct ReaderStatus
{
    QString reader;
    std::uint32_t state = 0;
    std::uint16_t eventCounter = 0;
    Bytes atr;

    bool isPresent() const { return state & pcsc::readerstate::Present; }
    bool isEmpty() const { return state & pcsc::readerstate::Empty; }
    // The flag names, lower case as the CLI prints them ("present", "inuse", ...).
    QStringList stateNames() const;

    // From a state returned by SCardGetStatusChange and fed back (currentState).
    static ReaderStatus fromReaderState(const pcsc::ReaderState &state);

    bool operator==(const ReaderStatus &other) const = default;
};

} // namespace smartcard

Q_DECLARE_METATYPE(smartcard::ReaderStatus)
