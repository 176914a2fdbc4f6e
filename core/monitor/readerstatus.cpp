#include "monitor/readerstatus.h"

#include "pcsc/readerstatenames.h"

namespace smartcard {

QStringList ReaderStatus::stateNames() const
{
    return pcsc::readerStateNames(state);
}

ReaderStatus ReaderStatus::fromReaderState(const pcsc::ReaderState &state)
{
    ReaderStatus status;
    status.reader = QString::fromStdString(state.reader);
    status.state = state.currentState & pcsc::readerstate::FlagMask & ~pcsc::readerstate::Changed;
    status.eventCounter = std::uint16_t(pcsc::readerstate::eventCounter(state.currentState));
    if (status.isPresent())
        status.atr = state.atr;
    return status;
}

} // namespace smartcard
