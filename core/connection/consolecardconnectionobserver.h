#pragma once

#include "connection/cardconnectionobserver.h"

#include <cstdio>

namespace smartcard {

// pyscard's ConsoleCardConnectionObserver: "connecting to READER", "reconnecting to READER",
// "> 00 A4 ...", "<  [] 90 00" / "< 6F 10 ... 90 00", "disconnecting from READER"; a failed
// exchange: "< error: MESSAGE".
class ConsoleCardConnectionObserver : public CardConnectionObserver
{
public:
    explicit ConsoleCardConnectionObserver(std::FILE *stream = stdout);
    void update(CardConnection *connection, const CardConnectionEvent &event) override;

private:
    std::FILE *m_stream;
};

} // namespace smartcard
