#pragma once

#include "connection/cardconnectionevent.h"

namespace smartcard {

class CardConnection;

// pyscard's CardConnectionObserver. update() is called on the thread that made the call on
// the connection, synchronously, before that call returns; it must not throw and must not
// call back into the connection. To reach a GUI thread, use the Qt adapter, which queues.
class CardConnectionObserver
{
public:
    virtual ~CardConnectionObserver() = default;
    virtual void update(CardConnection *connection, const CardConnectionEvent &event) = 0;
};

} // namespace smartcard
