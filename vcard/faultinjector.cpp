#include "faultinjector.h"

#include <charconv>
#include <utility>

namespace cardscope::vcard {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

} // namespace

FaultInjector::FaultInjector(uint32_t seed)
    : m_random(seed)
{ }

bool FaultInjector::configure(std::string_view spec, std::string &error)
{
    spec = trimmed(spec);
    const auto space = spec.find(' ');
    const std::string_view name = spec.substr(0, space);
    const std::string_view argument
        = space == std::string_view::npos ? std::string_view() : trimmed(spec.substr(space));

    if (name == "delay") {
        int value = -1;
        const auto [end, ec] = std::from_chars(argument.data(), argument.data() + argument.size(), value);
        if (argument.empty() || ec != std::errc() || end != argument.data() + argument.size() || value < 0
            || value > maxDelayMs) {
            error = "fault delay needs milliseconds 0.." + std::to_string(maxDelayMs);
            return false;
        }
        m_mode = Mode::Delay;
        m_delayMs = value;
        return true;
    }
    if (!argument.empty()) {
        error = "fault " + std::string(name) + " takes no argument";
        return false;
    }
    static constexpr std::pair<std::string_view, Mode> simpleModes[] = { { "none", Mode::None },
        { "close", Mode::Close }, { "short", Mode::Short }, { "garbage", Mode::Garbage } };
    for (const auto &[modeName, mode] : simpleModes) {
        if (name == modeName) {
            m_mode = mode;
            m_delayMs = 0;
            return true;
        }
    }
    error = "unknown fault mode: " + std::string(spec);
    return false;
}

std::string FaultInjector::describe() const
{
    switch (m_mode) {
    case Mode::None:
        return "none";
    case Mode::Delay:
        return "delay " + std::to_string(m_delayMs);
    case Mode::Close:
        return "close";
    case Mode::Short:
        return "short";
    case Mode::Garbage:
        return "garbage";
    }
    return "none";
}

FaultInjector::Action FaultInjector::apply(std::vector<uint8_t> response)
{
    Action action;
    switch (m_mode) {
    case Mode::None:
        action.reply = std::move(response);
        break;
    case Mode::Delay:
        action.delayMs = m_delayMs;
        action.reply = std::move(response);
        break;
    case Mode::Close:
        action.close = true;
        m_mode = Mode::None;
        break;
    case Mode::Short:
        action.reply.assign(1, response.size() >= 2 ? response[response.size() - 2] : 0x6F);
        break;
    case Mode::Garbage: {
        std::uniform_int_distribution<int> length(1, 32);
        std::uniform_int_distribution<int> byte(0, 255);
        action.reply.resize(static_cast<std::size_t>(length(m_random)));
        for (auto &value : action.reply)
            value = static_cast<uint8_t>(byte(m_random));
        break;
    }
    }
    return action;
}

} // namespace cardscope::vcard
