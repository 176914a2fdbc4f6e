#pragma once

#include "connection/pcsccardconnection.h"

// The console's PC/SC connection: a PCSCCardConnection that can also disconnect with a
// disposition chosen at disconnect time. CardConnection::disconnect() uses the disposition
// given to connect() (pyscard's model); the console lets the user pick it when disconnecting,
// and the Disconnect event observers get says which one was used.
class ConsoleCardConnection final : public smartcard::PCSCCardConnection
{
public:
    using PCSCCardConnection::PCSCCardConnection;

    // Throws as disconnect() does; observers get the Disconnect event, failed or not.
    void disconnectWith(smartcard::pcsc::Disposition disposition);
};
