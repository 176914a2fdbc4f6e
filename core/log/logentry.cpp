#include "log/logentry.h"

#include <array>

namespace smartcard {
namespace {

// In the order of LogEntry::Kind: the names files use (JSON Lines "kind", ...).
constexpr std::array<const char *, 8> KindNames { "exchange", "control", "connect", "reconnect", "disconnect",
    "release", "attrib", "atr" };

} // namespace

const char *LogEntry::kindName(Kind kind)
{
    const auto index = std::size_t(kind);
    return index < KindNames.size() ? KindNames[index] : "unknown";
}

bool LogEntry::kindFromName(QStringView name, Kind *kind)
{
    for (std::size_t i = 0; i < KindNames.size(); ++i) {
        if (name == QLatin1String(KindNames[i])) {
            if (kind)
                *kind = Kind(i);
            return true;
        }
    }
    return false;
}

} // namespace smartcard
