#include "consolecardconnection.h"

#include "exceptions/exceptions.h"

#include <chrono>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

// Mirrors CardConnection::disconnect() (an event for success and for failure, the same
// clock as makeEvent()), with the disposition given here instead of connect()'s.
void ConsoleCardConnection::disconnectWith(smartcard::pcsc::Disposition disposition)
{
    smartcard::CardConnectionEvent event = makeEvent(smartcard::CardConnectionEvent::Type::Disconnect);
    event.disposition = disposition;
    try {
        doDisconnect(disposition);
    } catch (const smartcard::SmartcardException &e) {
        event.durationNs = nowNs() - event.timestampNs;
        event.error = e.hresult();
        event.errorMessage = QString::fromUtf8(e.what());
        notify(event);
        throw;
    }
    event.durationNs = nowNs() - event.timestampNs;
    notify(event);
}
