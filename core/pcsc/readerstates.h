#pragma once

#include "pcsc/context.h"

namespace smartcard::pcsc {

// Lists the readers and reads each one's state flags, event counter and ATR with a
// zero-timeout SCardGetStatusChange: a snapshot that connects to no card and so disturbs
// nobody. No reader is an empty list and success.
ReturnCode readReaderStates(const Context &context, std::vector<ReaderState> *states);

} // namespace smartcard::pcsc

namespace smartcard::pcsc {

// Whether the service answers, and the reader states if it does.
struct ServiceSnapshot
{
    ReturnCode status = ReturnCode::Success;
    std::vector<ReaderState> readers;
};

// Takes a snapshot on a context of its own, released before returning: callable from any
// thread, e.g. a worker of the GUI.
ServiceSnapshot takeServiceSnapshot(PcscApi &api = systemPcsc());

} // namespace smartcard::pcsc
