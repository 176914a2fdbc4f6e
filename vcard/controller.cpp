#include "controller.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <thread>

namespace cardscope::vcard {

namespace {

constexpr auto connectPatience = std::chrono::seconds(5);
constexpr auto connectRetryPause = std::chrono::milliseconds(100);

// vpcd control bytes (a 1-byte payload from the driver).
constexpr uint8_t powerOff = 0;
constexpr uint8_t powerOn = 1;
constexpr uint8_t resetCard = 2;
constexpr uint8_t atrRequest = 4;

} // namespace

Controller::Controller(const CardOptions &options)
    : m_options(options)
    , m_engine(options.profile(), options.pin(), options.seed())
    , m_faults(options.seed() ^ 0x5A5A5A5Au)
{ }

void Controller::say(const std::string &line)
{
    std::fputs(line.c_str(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool Controller::start()
{
    if (m_options.insertAtStart()) {
        std::string error;
        if (!insert(error)) {
            say("error connect: " + error);
            return false;
        }
    }
    say("ready");
    return true;
}

bool Controller::insert(std::string &error)
{
    // pcscd may still be loading the driver: keep trying for a while before giving up.
    const auto giveUp = Clock::now() + connectPatience;
    while (!m_link.connectTo(m_options.host(), m_options.port(), error)) {
        if (Clock::now() >= giveUp)
            return false;
        std::this_thread::sleep_for(connectRetryPause);
    }
    m_engine.powerOff();
    return true;
}

void Controller::remove()
{
    m_link.close();
    m_engine.powerOff();
    m_waitingApdus.clear();
    m_hasDelayedReply = false;
}

void Controller::disconnected()
{
    remove();
    say("event disconnected");
}

int Controller::run()
{
    bool quit = false;
    while (!quit) {
        pollfd fds[2] = { { STDIN_FILENO, POLLIN, 0 }, { m_link.fd(), POLLIN, 0 } };
        const nfds_t count = m_link.isOpen() ? 2 : 1;
        const int ready = ::poll(fds, count, pollTimeoutMs());
        if (ready < 0 && errno != EINTR) {
            say("error poll failed");
            return 1;
        }
        if (m_hasDelayedReply && Clock::now() >= m_replyDue)
            sendDelayed();
        if (ready <= 0)
            continue;
        if (count == 2 && fds[1].revents)
            readSocket();
        if (fds[0].revents)
            readCommands(quit);
    }
    return 0;
}

int Controller::pollTimeoutMs() const
{
    if (!m_hasDelayedReply)
        return -1;
    const auto left
        = std::chrono::duration_cast<std::chrono::milliseconds>(m_replyDue - Clock::now()).count();
    return left <= 0 ? 0 : static_cast<int>(left) + 1;
}

void Controller::readCommands(bool &quit)
{
    char buffer[4096];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count < 0 && errno == EINTR)
        return;
    if (count <= 0) {
        quit = true; // EOF: the parent is gone or done, never leave a card behind
        return;
    }
    m_input.append(buffer, static_cast<std::size_t>(count));
    std::size_t newline;
    while (!quit && (newline = m_input.find('\n')) != std::string::npos) {
        std::string line = m_input.substr(0, newline);
        m_input.erase(0, newline + 1);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        quit = handleCommand(line);
    }
}

bool Controller::handleCommand(const std::string &line)
{
    if (line == "quit") {
        say("ok quit");
        return true;
    }
    if (line == "insert") {
        std::string error;
        if (m_link.isOpen() || insert(error))
            say("ok inserted");
        else
            say("error connect: " + error);
    } else if (line == "remove") {
        remove();
        say("ok removed");
    } else if (line == "status") {
        say(std::string("ok inserted=") + (m_link.isOpen() ? "1" : "0")
            + " powered=" + (m_engine.isPowered() ? "1" : "0") + " apdus=" + std::to_string(m_apduCount));
    } else if (line.rfind("fault ", 0) == 0) {
        std::string error;
        if (m_faults.configure(std::string_view(line).substr(6), error))
            say("ok fault " + m_faults.describe());
        else
            say("error " + error);
    } else {
        say("error unknown command: " + line);
    }
    return false;
}

void Controller::readSocket()
{
    std::vector<std::vector<uint8_t>> frames;
    if (!m_link.readFrames(frames)) {
        disconnected(); // the driver closed the connection: pcscd stopped
        return;
    }
    for (const auto &frame : frames) {
        if (!m_link.isOpen())
            break; // a close fault removed the card in the middle of this batch
        handleFrame(frame);
    }
}

void Controller::handleFrame(const std::vector<uint8_t> &frame)
{
    if (frame.size() != 1) {
        ++m_apduCount;
        if (m_hasDelayedReply)
            m_waitingApdus.push_back(frame); // answers leave in order, each after its own delay
        else
            answerApdu(frame);
        return;
    }
    switch (frame[0]) {
    case atrRequest:
        send(m_engine.atr());
        break;
    case powerOff:
    case powerOn:
    case resetCard:
        // The driver only powers or resets a card it is not waiting on: drop any late answer.
        m_waitingApdus.clear();
        m_hasDelayedReply = false;
        if (frame[0] == powerOff)
            m_engine.powerOff();
        else if (frame[0] == powerOn)
            m_engine.powerOn();
        else
            m_engine.reset();
        break;
    default:
        break; // unknown control bytes get no reply, like the three above
    }
}

void Controller::answerApdu(const std::vector<uint8_t> &apdu)
{
    FaultInjector::Action action = m_faults.apply(m_engine.process(apdu));
    if (action.close) {
        remove();
        say("event fault close: card removed mid-APDU");
        return;
    }
    if (action.delayMs > 0) {
        m_delayedReply = std::move(action.reply);
        m_hasDelayedReply = true;
        m_replyDue = Clock::now() + std::chrono::milliseconds(action.delayMs);
        return;
    }
    send(action.reply);
}

void Controller::sendDelayed()
{
    m_hasDelayedReply = false;
    send(m_delayedReply);
    while (!m_hasDelayedReply && !m_waitingApdus.empty() && m_link.isOpen()) {
        const std::vector<uint8_t> next = std::move(m_waitingApdus.front());
        m_waitingApdus.pop_front();
        answerApdu(next);
    }
}

void Controller::send(const std::vector<uint8_t> &payload)
{
    if (m_link.isOpen() && !m_link.sendFrame(payload))
        disconnected();
}

} // namespace cardscope::vcard
