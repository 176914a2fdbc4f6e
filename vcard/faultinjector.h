#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace cardscope::vcard {

// Misbehaviour on demand, applied to APDU answers only: ATR requests and power
// events are always served, so pcscd keeps seeing the card.
//   none       answer normally
//   delay MS   answer every APDU MS milliseconds late (0..60000)
//   close      on the next APDU, drop the connection without answering (one shot: the mode
//              returns to none, so a later insert behaves normally)
//   short      answer with 1 byte (SW1 of the real answer): shorter than any valid response
//   garbage    answer with 1..32 pseudo-random bytes, always inside a well-formed frame
class FaultInjector
{
public:
    enum class Mode { None, Delay, Close, Short, Garbage };
    static constexpr int maxDelayMs = 60000;

    struct Action
    {
        bool close = false;
        int delayMs = 0;
        std::vector<uint8_t> reply;
    };

    explicit FaultInjector(uint32_t seed);

    // `spec` is what follows "fault " on a command line. On error the mode is unchanged.
    bool configure(std::string_view spec, std::string &error);
    Mode mode() const { return m_mode; }
    int delayMs() const { return m_delayMs; }
    // "none", "delay 50", "close", "short", "garbage".
    std::string describe() const;

    Action apply(std::vector<uint8_t> response);

private:
    Mode m_mode = Mode::None;
    int m_delayMs = 0;
    std::mt19937 m_random;
};

} // namespace cardscope::vcard
