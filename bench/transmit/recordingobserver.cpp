#include "recordingobserver.h"

#include <algorithm>

namespace cardscope::bench {

using smartcard::CardConnectionEvent;

void RecordingObserver::update(smartcard::CardConnection *, const CardConnectionEvent &event)
{
    if (event.type != CardConnectionEvent::Type::Command && event.type != CardConnectionEvent::Type::Response)
        return;
    Record record;
    record.timestampNs = event.timestampNs;
    record.durationNs = event.durationNs;
    record.exchangeId = event.exchangeId;
    record.originId = event.originId;
    record.length = std::uint32_t(event.data.size());
    record.sw = std::uint16_t(event.sw1 << 8 | event.sw2);
    record.direction
        = event.type == CardConnectionEvent::Type::Command ? Direction::Command : Direction::Response;
    record.failed = event.failed();
    std::lock_guard lock(m_mutex);
    if (m_ringBlocks > 0 && m_arenaSize + event.data.size() > m_ringBlocks * BlockSize) {
        m_records.clear();
        m_arenaSize = 0;
    }
    record.offset = m_arenaSize;
    append(event.data.data(), event.data.size());
    m_records.push_back(record);
}

void RecordingObserver::append(const std::uint8_t *data, std::size_t size)
{
    while (size > 0) {
        const std::size_t used = std::size_t(m_arenaSize % BlockSize);
        const auto block = std::size_t(m_arenaSize / BlockSize);
        if (block == m_blocks.size())
            m_blocks.push_back(std::make_unique_for_overwrite<std::uint8_t[]>(BlockSize));
        const std::size_t chunk = std::min(size, BlockSize - used);
        std::copy_n(data, chunk, m_blocks[block].get() + used);
        data += chunk;
        size -= chunk;
        m_arenaSize += chunk;
    }
}

std::uint8_t RecordingObserver::arenaByte(std::uint64_t offset) const
{
    std::lock_guard lock(m_mutex);
    return m_blocks[std::size_t(offset / BlockSize)][std::size_t(offset % BlockSize)];
}

std::size_t RecordingObserver::recordCount() const
{
    std::lock_guard lock(m_mutex);
    return m_records.size();
}

std::size_t RecordingObserver::arenaSize() const
{
    std::lock_guard lock(m_mutex);
    return std::size_t(m_arenaSize);
}

} // namespace cardscope::bench
