#include "pcsc/readerstatenames.h"

#include "pcsc/types.h"

#include <array>
#include <utility>

namespace smartcard::pcsc {

QStringList readerStateNames(std::uint32_t state)
{
    static constexpr std::array<std::pair<std::uint32_t, const char *>, 11> names { {
        { readerstate::Ignore, "ignore" },
        { readerstate::Changed, "changed" },
        { readerstate::Unknown, "unknown" },
        { readerstate::Unavailable, "unavailable" },
        { readerstate::Empty, "empty" },
        { readerstate::Present, "present" },
        { readerstate::AtrMatch, "atrmatch" },
        { readerstate::Exclusive, "exclusive" },
        { readerstate::InUse, "inuse" },
        { readerstate::Mute, "mute" },
        { readerstate::Unpowered, "unpowered" },
    } };
    QStringList result;
    for (const auto &[flag, name] : names) {
        if (state & flag)
            result << QString::fromLatin1(name);
    }
    return result;
}

} // namespace smartcard::pcsc
