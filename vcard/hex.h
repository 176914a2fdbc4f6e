#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cardscope::vcard {

// Hex text for the command line (--atr) and the --help/diagnostic output.
class Hex
{
public:
    // Pairs of hex digits; spaces and colons between bytes are allowed. std::nullopt on anything else.
    static std::optional<std::vector<uint8_t>> parse(std::string_view text);
    // Upper-case pairs separated by single spaces: "3B 1E 95".
    static std::string format(const std::vector<uint8_t> &bytes);
};

} // namespace cardscope::vcard
