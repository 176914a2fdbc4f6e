#pragma once

#include "monitor/readerstatus.h"
#include "pcsc/returncode.h"

#include <vector>

namespace smartcard {

// One thing a monitor engine saw, in the order it is reported within one wake-up.
//
// - ReaderAdded / ReaderRemoved: `status` is the reader's first / last known state.
// - StateChanged: `status` is the reader's new state (every change: flags, counter, ATR;
//   also the first state of a reader just added).
// - CardInserted: `status` is the reader's state with the new card.
// - CardRemoved: `status` is the card that went, as it was last seen (its reader, ATR,
//   event counter and flags).
// - ServiceLost: `code` is why (SCARD_F_COMM_ERROR, SCARD_E_NO_SERVICE, ...); `status`
//   is empty. ServiceRestored: nothing else.
struct MonitorEvent
{
    enum class Type {
        ReaderAdded,
        ReaderRemoved,
        StateChanged,
        CardInserted,
        CardRemoved,
        ServiceLost,
        ServiceRestored
    };

    Type type = Type::StateChanged;
    ReaderStatus status;
    pcsc::ReturnCode code = pcsc::ReturnCode::Success;

    // "reader_added", "reader_removed", "state_changed", "card_inserted", "card_removed",
    // "service_lost", "service_restored": the names cardscope-cli scan --json prints.
    static const char *typeName(Type type);

    bool operator==(const MonitorEvent &other) const = default;
};

// The events that take a monitor from the reader states `before` to `after` (Kleopatra's
// snapshot diff). Order: the readers that went (each card in one, then the reader), then,
// in the order of `after`, for each reader: ReaderAdded if it is new, StateChanged if its
// state differs, then CardRemoved and CardInserted when its card changed.
//
// A card changed when its presence changed, or, with `sameService`, when the event counter
// moved while a card was present before and after (a card pulled and put back between two
// looks: removed, then inserted). Across a service restart (`sameService` false) counters
// start again, so a card in the same reader with the same ATR counts as the same card.
std::vector<MonitorEvent> diffReaderStatuses(
    const std::vector<ReaderStatus> &before, const std::vector<ReaderStatus> &after, bool sameService = true);

} // namespace smartcard
