#pragma once

#include "log/logentry.h"

#include <QStringList>

#include <cstdint>
#include <memory>
#include <span>
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
class SessionLog
{
public:
    using Index = std::uint32_t;

    SessionLog();
    ~SessionLog();

    Index size() const;
    bool isEmpty() const { return size() == 0; }
    void clear();
    void reserve(Index entries, std::size_t arenaBytes);

    // Appends and returns the index of the new entry.
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
    std::uint32_t exchangeId(Index index) const;
    std::uint32_t originId(Index index) const;
    // Index into readers(); readers are numbered in the order they first appear.
    std::uint32_t readerId(Index index) const;
    const QStringList &readers() const;

    void setAnnotation(Index index, const QString &text);
    QString annotation(Index index) const;

    // Memory held beyond the APDU bytes themselves (records, tables, arena slack), for the
    // benchmark's bytes-per-record figure.
    std::size_t overheadBytes() const;
    std::size_t arenaBytes() const;

private:
    struct Record;
    struct Tables;
    std::vector<Record> m_records;
    std::vector<std::uint8_t> m_arena;
    std::unique_ptr<Tables> m_tables;
};

} // namespace smartcard
