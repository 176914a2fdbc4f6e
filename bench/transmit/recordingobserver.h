#pragma once

#include "connection/cardconnectionobserver.h"

#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace cardscope::bench {

// What a session log has to do for each exchange, and no more: a compact record per command
// and per response (timestamps, direction, offset and length of the bytes in one append-only
// arena, SW, duration, exchange ids), under a mutex because a real log is read by the GUI
// thread. No text is made: that happens only for visible rows. Records and bytes are
// append-only in fixed blocks, so a growing log is never copied to grow. This stands in for the APDU
// log (docs/benchmarks.md says so) so that the cost of logging is measured before the log
// itself is written.
class RecordingObserver : public smartcard::CardConnectionObserver
{
public:
    enum class Direction : std::uint8_t { Command, Response };

    struct Record
    {
        qint64 timestampNs = 0;
        qint64 durationNs = 0;
        quint64 exchangeId = 0;
        quint64 originId = 0;
        std::uint64_t offset = 0; // into the arena
        std::uint32_t length = 0;
        std::uint16_t sw = 0;
        Direction direction = Direction::Command;
        bool failed = false;
    };

    // ringBlocks > 0: a bounded log that drops every record and starts its arena over once
    // it has filled that many blocks (reusing them); 0: keeps everything.
    explicit RecordingObserver(std::size_t ringBlocks = 0)
        : m_ringBlocks(ringBlocks)
    { }

    void update(smartcard::CardConnection *connection, const smartcard::CardConnectionEvent &event) override;

    std::size_t recordCount() const; // kept now
    std::size_t arenaSize() const;
    // The byte at an arena offset (records hold offsets, never pointers).
    std::uint8_t arenaByte(std::uint64_t offset) const;

private:
    static constexpr std::size_t BlockSize = 1 << 20;
    void append(const std::uint8_t *data, std::size_t size);

    std::size_t m_ringBlocks;
    mutable std::mutex m_mutex;
    std::deque<Record> m_records;
    std::vector<std::unique_ptr<std::uint8_t[]>> m_blocks; // BlockSize bytes each
    std::uint64_t m_arenaSize = 0;
};

} // namespace cardscope::bench
