#pragma once

// The measures of bench_log that run over full containers: filtering, scrolling, export;
// and the timing helpers every measure shares.
#include "figures.h"
#include "workload.h"

#include <QString>

namespace cardscope::bench::log {

extern const QString SessionLogName;
extern const QString VectorName;
extern const QString TextRowsName;

struct Containers
{
    SessionLog log;
    std::vector<LogEntry> entries;
    TextRows rows;
};

// A round's figures from its wall and thread CPU times: medianUs is wall time per operation,
// cpuUs CPU time per operation (the steadier figure on a loaded machine), perSecond
// operations per wall second.
RoundFigures once(qint64 wallNs, qint64 cpuNs, double operations = 1);
template<class Work> RoundFigures timed(Work work, double operations = 1);

// Each returns its Markdown subsection; the out-parameter is the figure the targets use.
QString filterSection(const Containers &c, int rounds, double *worstMs);
QString scrollSection(const Containers &c, int rounds, int pages);
QString exportSection(const Containers &c, int rounds, double *exportSeconds);

} // namespace cardscope::bench::log

#include "subprocess.h"

template<class Work> cardscope::bench::RoundFigures cardscope::bench::log::timed(Work work, double operations)
{
    const qint64 cpuStart = threadCpuNs();
    const qint64 start = monotonicNs();
    work();
    return once(monotonicNs() - start, threadCpuNs() - cpuStart, operations);
}
