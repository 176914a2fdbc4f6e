#pragma once

#include <QString>

#include <cstdint>

namespace smartcard {

// A short English name for common ISO/IEC 7816-4 and EMV tags, or an empty string. A few
// context-specific tags are named by their parent: 0x82 is the file descriptor inside an
// FCP template (0x62) and the application interchange profile elsewhere. A small table
// for reading responses, not a dictionary: unknown tags simply have no name.
QString tlvTagName(std::uint32_t tag, std::uint32_t parentTag = 0);

} // namespace smartcard
