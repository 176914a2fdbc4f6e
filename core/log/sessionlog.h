#pragma once

#include "log/logentry.h"

#include <QStringList>

#include <cstdint>
#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

namespace smartcard {

// A session log: append-only, in memory, built to hold millions of entries. Each entry is a
// fixed-size record (time, duration, offsets into one byte arena, SW, ids, small indexes
// into tables of reader names, ATRs, error texts and annotations); bytes live once in the
// arena. Reading an entry back as a LogEntry allocates; the accessors below do not, for
// views and filters that touch many rows.
//
// Not thread-safe: one owner thread (the GUI's), appends arrive there by queued signals;
// the journal is written where the entries are made (SessionJournal).
//
// docs/session-log.md describes the record layout and what it costs.
class SessionLog
{
public:
    using Index = std::uint32_t;

    SessionLog();
    ~SessionLog();
    SessionLog(const SessionLog &) = delete;
    SessionLog &operator=(const SessionLog &) = delete;
    SessionLog(SessionLog &&) noexcept;
    SessionLog &operator=(SessionLog &&) noexcept;

    Index size() const;
    bool isEmpty() const { return size() == 0; }
    void clear();
    // arenaBytes: a hint only (the arena grows in blocks, never by copying).
    void reserve(Index entries, std::size_t arenaBytes);

    // Appends and returns the index of the new entry. No allocation per entry beyond the
    // amortized growth of the record vector and a new arena block every 1 MiB.
    Index append(const LogEntry &entry);
    LogEntry entry(Index index) const;

    // Cheap accessors (no allocation).
    LogEntry::Kind kind(Index index) const;
    std::uint8_t flags(Index index) const;
    qint64 timeNs(Index index) const;
    qint64 durationNs(Index index) const;
    std::uint16_t sw(Index index) const;
    std::span<const std::uint8_t> command(Index index) const;
    std::span<const std::uint8_t> response(Index index) const;
    // The command's bytes then the response's, contiguous: one span for a search over both.
    std::span<const std::uint8_t> bytes(Index index) const;
    std::uint32_t exchangeId(Index index) const;
    std::uint32_t originId(Index index) const;
    // Index into readers(); readers are numbered in the order they first appear.
    std::uint32_t readerId(Index index) const;
    const QStringList &readers() const;
    std::span<const std::uint8_t> atr(Index index) const;
    std::uint32_t protocol(Index index) const;
    std::uint32_t code(Index index) const;
    std::uint16_t maskOffset(Index index) const;
    std::uint16_t maskLength(Index index) const;
    // 0: no error; otherwise 1 + an index into errorMessages() (texts interned with their
    // PC/SC code, so one text may appear twice with two codes).
    std::uint32_t errorId(Index index) const;
    std::uint32_t errorCode(Index index) const;
    const QStringList &errorMessages() const;

    // An empty text removes the annotation. Annotations are few: a sparse side map.
    void setAnnotation(Index index, const QString &text);
    QString annotation(Index index) const;
    const std::unordered_map<Index, QString> &annotations() const { return m_annotations; }

    // Memory held beyond the APDU bytes themselves (records, tables, arena slack), for the
    // benchmark's bytes-per-record figure.
    std::size_t overheadBytes() const;
    // The bytes of commands and responses (and control, attribute and ATR data) stored.
    std::size_t arenaBytes() const;

    static constexpr std::size_t ArenaBlockSize = std::size_t(1) << 20;

private:
    // One entry, 64 bytes (docs/session-log.md). Its bytes are at `offset` in the arena:
    // the command, then the response, contiguous. Reader, ATR and protocol change rarely,
    // so together they are one interned "context"; an error's code and text one interned pair.
    struct Record
    {
        qint64 timeNs;
        qint64 durationNs;
        std::uint64_t offset;
        std::uint32_t commandLength;
        std::uint32_t responseLength;
        std::uint32_t exchangeId;
        std::uint32_t originId;
        std::uint32_t code;
        std::uint32_t errorId; // 0: none, else 1 + index into errorMessages()
        std::uint32_t contextId;
        std::uint16_t sw;
        std::uint16_t maskOffset;
        std::uint16_t maskLength;
        std::uint8_t kind;
        std::uint8_t flags;
        std::uint8_t disposition;
    };
    struct Tables;
    const Record &record(Index index) const { return m_records[index]; }
    std::uint64_t store(std::span<const std::uint8_t> first, std::span<const std::uint8_t> second);
    const std::uint8_t *at(std::uint64_t offset) const;

    std::vector<Record> m_records;
    // Fixed-size blocks: a record's bytes never straddle two, so they are one span; growing
    // never copies or moves what is stored. A block slot holding a run longer than a block
    // owns the following slots too (they stay empty).
    std::vector<std::unique_ptr<std::uint8_t[]>> m_blocks;
    std::uint64_t m_arenaEnd = 0; // offset of the next free byte
    std::size_t m_arenaUsed = 0;
    std::unique_ptr<Tables> m_tables;
    std::vector<std::uint32_t> m_contextReaders; // context id -> reader id, for readerId()
    std::unordered_map<Index, QString> m_annotations;
};

// The accessors views and filters call per row, inline.
inline SessionLog::Index SessionLog::size() const
{
    return Index(m_records.size());
}

inline LogEntry::Kind SessionLog::kind(Index index) const
{
    return LogEntry::Kind(record(index).kind);
}

inline std::uint8_t SessionLog::flags(Index index) const
{
    return record(index).flags;
}

inline qint64 SessionLog::timeNs(Index index) const
{
    return record(index).timeNs;
}

inline qint64 SessionLog::durationNs(Index index) const
{
    return record(index).durationNs;
}

inline std::uint16_t SessionLog::sw(Index index) const
{
    return record(index).sw;
}

inline const std::uint8_t *SessionLog::at(std::uint64_t offset) const
{
    std::size_t slot = offset / ArenaBlockSize;
    while (!m_blocks[slot]) // inside a run longer than one block: its first slot owns it
        --slot;
    return m_blocks[slot].get() + (offset - slot * ArenaBlockSize);
}

inline std::span<const std::uint8_t> SessionLog::command(Index index) const
{
    const Record &r = record(index);
    if (r.commandLength == 0)
        return {};
    return { at(r.offset), r.commandLength };
}

inline std::span<const std::uint8_t> SessionLog::response(Index index) const
{
    const Record &r = record(index);
    if (r.responseLength == 0)
        return {};
    return { at(r.offset) + r.commandLength, r.responseLength };
}

inline std::span<const std::uint8_t> SessionLog::bytes(Index index) const
{
    const Record &r = record(index);
    if (r.commandLength == 0 && r.responseLength == 0)
        return {};
    return { at(r.offset), std::size_t(r.commandLength) + r.responseLength };
}

inline std::uint32_t SessionLog::exchangeId(Index index) const
{
    return record(index).exchangeId;
}

inline std::uint32_t SessionLog::originId(Index index) const
{
    return record(index).originId;
}

inline std::uint32_t SessionLog::readerId(Index index) const
{
    return m_contextReaders[record(index).contextId];
}

inline std::uint16_t SessionLog::maskOffset(Index index) const
{
    return record(index).maskOffset;
}

inline std::uint16_t SessionLog::maskLength(Index index) const
{
    return record(index).maskLength;
}

inline std::uint32_t SessionLog::errorId(Index index) const
{
    return record(index).errorId;
}

} // namespace smartcard
