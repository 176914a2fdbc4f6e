#pragma once

#include <cstdint>
#include <vector>

namespace smartcard {

// The byte sequence type of the whole library: APDUs, ATRs, attribute values.
// pyscard uses lists of ints; a vector of unsigned bytes keeps that value semantics
// without the sign surprises of char-based buffers.
using Bytes = std::vector<std::uint8_t>;

} // namespace smartcard
