#pragma once

#include "pcsc/context.h"
#include "request/requestedreaders.h"

#include <span>
#include <vector>

namespace smartcard {

// The reader states of one CardRequest wait, on the waiting thread's context: the requested
// readers that exist (every reader when none was requested), followed by the
// \\?PnP?\Notification pseudo-reader, whose state changes when a reader is added or
// removed. Each successful status change is fed back as the state the next call starts
// from, event counter included, so a change that happens between two calls is reported by
// the second one instead of being missed.
class ReaderWatch
{
public:
    ReaderWatch(const pcsc::Context &context, RequestedReaders requested);

    // Lists the readers again: readers that appeared are added with an unaware state
    // (the next status change reports them at once), vanished ones are dropped.
    pcsc::ReturnCode refresh();
    // One blocking SCardGetStatusChange over the watched readers. Only a success changes
    // the known states; any other code leaves them as they were.
    pcsc::ReturnCode waitForChange(std::uint32_t timeoutMs);
    // After SCARD_E_UNKNOWN_READER (a reader vanished before or during the call): lists
    // the readers again. Success means "try again"; when the code keeps coming back while
    // the reader list stays the same, SCARD_E_UNKNOWN_READER is returned to give up rather
    // than spin.
    pcsc::ReturnCode recoverFromUnknownReader();

    // The watched readers with their last known states (flags and event counter in
    // currentState, ATR), in the order the service lists them; the pseudo-reader excluded.
    // A reader added since the last status change is still Unaware (no card known).
    std::span<const pcsc::ReaderState> readers() const;

private:
    const pcsc::Context *m_context;
    RequestedReaders m_requested;
    std::vector<pcsc::ReaderState> m_states; // readers, then the PnP pseudo-reader
    bool m_listChanged = false; // by the last refresh()
    int m_unknownReaderStreak = 0;
};

} // namespace smartcard
