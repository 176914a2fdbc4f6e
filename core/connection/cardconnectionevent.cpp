#include "connection/cardconnectionevent.h"

namespace smartcard {

const char *CardConnectionEvent::typeName(Type type)
{
    switch (type) {
    case Type::Connect:
        return "connect";
    case Type::Reconnect:
        return "reconnect";
    case Type::Disconnect:
        return "disconnect";
    case Type::Release:
        return "release";
    case Type::Command:
        return "command";
    case Type::Response:
        return "response";
    case Type::Control:
        return "control";
    case Type::Attrib:
        return "attrib";
    }
    return "unknown";
}

} // namespace smartcard
