#pragma once

#include <QString>

#include <vector>

namespace cardscope::bench {

// What one round of one contender measured. A contender that is a process per operation
// (start-up) fills peakKb too.
struct RoundFigures
{
    double perSecond = 0; // operations over the round's wall time
    double medianUs = 0; // median duration of one operation
    double p99Us = 0; // nearest-rank 99th percentile
    double peakKb = 0; // peak resident set of a child process (ru_maxrss), 0 when not measured
    double cpuUs = 0; // CPU time of the measuring thread per operation, 0 when not measured
};

// From each operation's duration and the wall time of the whole round.
// cpuNs: CPU time the measuring thread spent on the whole round (0: not measured).
RoundFigures figuresOf(std::vector<qint64> durationsNs, qint64 wallNs, qint64 cpuNs = 0);
qint64 threadCpuNs(); // CLOCK_THREAD_CPUTIME_ID
// The median of per-round figures, field by field.
RoundFigures medianOf(const std::vector<RoundFigures> &rounds);
double median(std::vector<double> values);
// Nearest rank of sorted values, fraction in (0, 1].
double nearestRank(const std::vector<double> &sorted, double fraction);

QString formatRate(double perSecond); // "12,345"
QString formatUs(double us); // "81.2"
QString formatMs(double us); // "123.4" (from µs)
QString formatRatio(double ratio); // "0.99"
QString formatKb(double kb); // "12.3 MB"

} // namespace cardscope::bench
