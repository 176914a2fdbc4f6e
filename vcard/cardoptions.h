#pragma once

#include "atrprofile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cardscope::vcard {

// The command line of cardscope-vcard:
//   --port PORT [--host 127.0.0.1] [--profile t0|t1] [--atr HEX] [--pin ASCII] [--no-insert] [--seed N]
class CardOptions
{
public:
    // Parses argv[1..]. On failure `error` says what is wrong; `--help` sets helpRequested().
    static std::optional<CardOptions> parse(const std::vector<std::string> &arguments, std::string &error);
    static std::string helpText();

    bool helpRequested() const { return m_help; }
    const std::string &host() const { return m_host; }
    uint16_t port() const { return m_port; }
    const AtrProfile &profile() const { return m_profile; }
    const std::string &pin() const { return m_pin; }
    bool insertAtStart() const { return m_insert; }
    uint32_t seed() const { return m_seed; }

private:
    CardOptions();
    bool apply(const std::string &option, const std::string &value, std::string &error);

    bool m_help = false;
    std::string m_host = "127.0.0.1";
    uint16_t m_port = 0;
    AtrProfile m_profile;
    std::optional<std::vector<uint8_t>> m_atr;
    std::string m_pin;
    bool m_insert = true;
    uint32_t m_seed = 0;
};

} // namespace cardscope::vcard
