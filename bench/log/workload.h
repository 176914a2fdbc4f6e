#pragma once

// What bench_log measures on: typical exchanges, the naive containers a log could be
// instead of SessionLog, and the row text a table model's data() would make.
#include "log/sessionlog.h"

#include <QList>
#include <QStringList>

#include <array>
#include <vector>

namespace cardscope::bench::log {

using smartcard::LogEntry;
using smartcard::SessionLog;

// A pool of typical exchanges (seeded, so every run has the same): READ BINARY, SELECT by
// AID, GET RESPONSE, GET CHALLENGE, VERIFY (masked), GET DATA; responses of 0 to 240 bytes;
// four readers in runs of 512; a few failures.
class Workload
{
public:
    explicit Workload(std::size_t poolSize = 4096);
    // Entry i of the session: a pool entry with its own time and exchange id.
    const LogEntry &entry(std::size_t i);
    double averageApduBytes() const { return m_averageApduBytes; }

private:
    std::vector<LogEntry> m_pool;
    double m_averageApduBytes = 0;
};

// The naive alternative to formatting rows on demand: every cell made once, at append.
using TextRows = QList<QStringList>;

enum Column { Time, Reader, Command, Response, Sw, Duration, ColumnCount };
using RowText = std::array<QString, ColumnCount>;

// The cells of one row as a table model's data() would show them: UTC time of day with
// microseconds, reader, command and response in spaced hex (masked bytes as ••), SW, µs.
RowText rowText(const SessionLog &log, SessionLog::Index index);
RowText rowText(const LogEntry &entry);
QStringList rowCells(const LogEntry &entry);

// The four filters of the benchmark, done the naive way over each container.
struct Criterion
{
    QString name;
    QString reader;
    QString sw; // pattern: 4 hex digits or x
    QString ins;
    QString text; // hex
};
std::vector<Criterion> criteria();
std::size_t naiveFilter(
    const std::vector<LogEntry> &entries, const Criterion &criterion, std::vector<SessionLog::Index> &rows);
std::size_t naiveFilter(
    const TextRows &rows, const Criterion &criterion, std::vector<SessionLog::Index> &out);

} // namespace cardscope::bench::log
