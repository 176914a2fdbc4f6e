#include "connection/consolecardconnectionobserver.h"

#include "util/hexstring.h"

namespace smartcard {

ConsoleCardConnectionObserver::ConsoleCardConnectionObserver(std::FILE *stream)
    : m_stream(stream)
{ }

void ConsoleCardConnectionObserver::update(CardConnection *, const CardConnectionEvent &event)
{
    QString line;
    using Type = CardConnectionEvent::Type;
    switch (event.type) {
    case Type::Connect:
        line = QStringLiteral("connecting to %1").arg(event.reader);
        break;
    case Type::Reconnect:
        line = QStringLiteral("reconnecting to %1").arg(event.reader);
        break;
    case Type::Disconnect:
        line = QStringLiteral("disconnecting from %1").arg(event.reader);
        break;
    case Type::Command:
        line = QStringLiteral("> %1").arg(toHexString(event.data));
        break;
    case Type::Response: {
        if (event.failed()) {
            line = QStringLiteral("< error: %1").arg(event.errorMessage);
            break;
        }
        const QString sw = QStringLiteral("%1 %2")
                               .arg(event.sw1, 2, 16, QLatin1Char('0'))
                               .arg(event.sw2, 2, 16, QLatin1Char('0'))
                               .toUpper();
        line = event.data.empty() ? QStringLiteral("<  [] %1").arg(sw)
                                  : QStringLiteral("< %1 %2").arg(toHexString(event.data), sw);
        break;
    }
    default:
        return;
    }
    std::fprintf(m_stream, "%s\n", line.toUtf8().constData());
    std::fflush(m_stream);
}

} // namespace smartcard
