#pragma once

#include "cardengine.h"
#include "cardoptions.h"
#include "faultinjector.h"
#include "vpcdlink.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace cardscope::vcard {

// The card process: one thread, one poll() over stdin (line commands) and the
// vpcd socket. A delayed answer is a deadline in the poll timeout, so ATR
// requests (pcscd's presence poll) are still answered while it waits.
class Controller
{
public:
    explicit Controller(const CardOptions &options);

    // Connects if the options say so and prints "ready"; false if that connect failed.
    bool start();
    // Serves until quit or EOF on stdin; returns the exit code.
    int run();

private:
    using Clock = std::chrono::steady_clock;

    bool insert(std::string &error);
    void remove();
    bool handleCommand(const std::string &line);
    void readCommands(bool &quit);
    void readSocket();
    void handleFrame(const std::vector<uint8_t> &frame);
    void answerApdu(const std::vector<uint8_t> &apdu);
    void sendDelayed();
    int pollTimeoutMs() const;
    void send(const std::vector<uint8_t> &payload);
    void disconnected();
    static void say(const std::string &line);

    CardOptions m_options;
    CardEngine m_engine;
    FaultInjector m_faults;
    VpcdLink m_link;
    std::string m_input;
    std::deque<std::vector<uint8_t>> m_waitingApdus;
    std::vector<uint8_t> m_delayedReply;
    bool m_hasDelayedReply = false;
    Clock::time_point m_replyDue;
    uint64_t m_apduCount = 0;
};

} // namespace cardscope::vcard
