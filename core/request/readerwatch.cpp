#include "request/readerwatch.h"

#include <algorithm>

namespace smartcard {

namespace {

// SCARD_E_UNKNOWN_READER this many times in a row with the same reader list: give up.
constexpr int MaxUnknownReaderStreak = 10;

pcsc::ReaderState unaware(std::string reader)
{
    pcsc::ReaderState state;
    state.reader = std::move(reader);
    state.currentState = pcsc::readerstate::Unaware;
    return state;
}

} // namespace

ReaderWatch::ReaderWatch(const pcsc::Context &context, RequestedReaders requested)
    : m_context(&context)
    , m_requested(std::move(requested))
{
    m_states.push_back(unaware(pcsc::PnpNotificationReader));
}

pcsc::ReturnCode ReaderWatch::refresh()
{
    std::vector<std::string> listed;
    if (const pcsc::ReturnCode rc = m_context->listReaders(&listed); !pcsc::succeeded(rc))
        return rc;
    std::vector<pcsc::ReaderState> next;
    next.reserve(listed.size() + 1);
    bool changed = false;
    for (std::string &name : listed) {
        if (!m_requested.includes(QString::fromStdString(name)))
            continue;
        const auto known = std::find_if(m_states.begin(), m_states.end() - 1,
            [&](const pcsc::ReaderState &state) { return state.reader == name; });
        const std::size_t index = next.size();
        if (known == m_states.end() - 1) {
            next.push_back(unaware(std::move(name)));
            changed = true;
        } else {
            changed = changed || std::size_t(known - m_states.begin()) != index;
            next.push_back(*known);
        }
    }
    changed = changed || next.size() + 1 != m_states.size();
    next.push_back(m_states.back());
    m_states = std::move(next);
    m_listChanged = changed;
    return pcsc::ReturnCode::Success;
}

pcsc::ReturnCode ReaderWatch::waitForChange(std::uint32_t timeoutMs)
{
    std::vector<pcsc::ReaderState> states = m_states;
    const pcsc::ReturnCode rc = m_context->getStatusChange(timeoutMs, states);
    if (!pcsc::succeeded(rc))
        return rc;
    for (pcsc::ReaderState &state : states)
        state.currentState = state.eventState & ~pcsc::readerstate::Changed;
    m_states = std::move(states);
    m_unknownReaderStreak = 0;
    return rc;
}

pcsc::ReturnCode ReaderWatch::recoverFromUnknownReader()
{
    ++m_unknownReaderStreak;
    if (const pcsc::ReturnCode rc = refresh(); !pcsc::succeeded(rc))
        return rc;
    if (m_listChanged)
        m_unknownReaderStreak = 0; // a reader did go (or come): the next call is a new one
    return m_unknownReaderStreak >= MaxUnknownReaderStreak ? pcsc::ReturnCode::E_UnknownReader
                                                           : pcsc::ReturnCode::Success;
}

std::span<const pcsc::ReaderState> ReaderWatch::readers() const
{
    return std::span<const pcsc::ReaderState>(m_states).first(m_states.size() - 1);
}

} // namespace smartcard
