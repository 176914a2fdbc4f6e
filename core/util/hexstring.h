#pragma once

#include "util/bytes.h"

#include <QString>

#include <span>

namespace smartcard {

// "3B 02 14 50": upper-case pairs separated by a space (pyscard's toHexString default).
// An empty separator packs the pairs ("3B021450").
QString toHexString(std::span<const std::uint8_t> bytes, QStringView separator = u" ");

} // namespace smartcard
