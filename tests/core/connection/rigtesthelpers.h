#pragma once

// Helpers shared by the connection rig tests: hex in (testhex.h) and out, and an observer that records
// every event.
#include "connection/cardconnection.h"
#include "connection/cardconnectionobserver.h"
#include "testhex.h"
#include "util/hexstring.h"

#include <QStringList>

#include <mutex>

namespace rigtest {

using cardscope::testing::hex;

inline QString packed(const smartcard::Bytes &bytes)
{
    return smartcard::toHexString(bytes, u"");
}

inline QString swText(const smartcard::CardConnection::Response &response)
{
    return QStringLiteral("%1").arg(response.sw(), 4, 16, QLatin1Char('0')).toUpper();
}

// Records each event, and a one-line summary: "command 0084000008", "response 9000",
// "command 00C0000010 (for 1)", "control error".
class Recorder : public smartcard::CardConnectionObserver
{
public:
    void update(smartcard::CardConnection *, const smartcard::CardConnectionEvent &event) override
    {
        using Type = smartcard::CardConnectionEvent::Type;
        QString line = QString::fromLatin1(smartcard::CardConnectionEvent::typeName(event.type));
        if (event.type == Type::Command)
            line += ' ' + packed(event.data);
        if (event.type == Type::Response && !event.failed())
            line += QStringLiteral(" %1%2")
                        .arg(event.sw1, 2, 16, QLatin1Char('0'))
                        .arg(event.sw2, 2, 16, QLatin1Char('0'))
                        .toUpper();
        if (event.originId)
            line += QStringLiteral(" (for %1)").arg(event.originId);
        if (event.failed())
            line += QStringLiteral(" error");
        std::lock_guard lock(m_mutex);
        lines << line;
        events.push_back(event);
    }

    QStringList lines;
    std::vector<smartcard::CardConnectionEvent> events;

private:
    std::mutex m_mutex;
};

} // namespace rigtest
