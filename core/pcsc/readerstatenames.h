#pragma once

#include <QStringList>

namespace smartcard::pcsc {

// Names of the SCARD_STATE_* flags set in a reader state, in bit order, lower-case as the
// CLI's JSON prints them: "changed", "unknown", "unavailable", "empty", "present",
// "atrmatch", "exclusive", "inuse", "mute", "unpowered" ("ignore" too).
QStringList readerStateNames(std::uint32_t state);

} // namespace smartcard::pcsc
