#include "figures.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace cardscope::bench {

double nearestRank(const std::vector<double> &sorted, double fraction)
{
    if (sorted.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(fraction * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

RoundFigures figuresOf(std::vector<qint64> durationsNs, qint64 wallNs, qint64 cpuNs)
{
    RoundFigures figures;
    if (durationsNs.empty())
        return figures;
    std::vector<double> us(durationsNs.size());
    std::transform(
        durationsNs.begin(), durationsNs.end(), us.begin(), [](qint64 ns) { return double(ns) / 1e3; });
    std::sort(us.begin(), us.end());
    figures.medianUs = median(us);
    figures.p99Us = nearestRank(us, 0.99);
    figures.perSecond = wallNs > 0 ? double(durationsNs.size()) * 1e9 / double(wallNs) : 0;
    figures.cpuUs = double(cpuNs) / 1e3 / double(durationsNs.size());
    return figures;
}

RoundFigures medianOf(const std::vector<RoundFigures> &rounds)
{
    auto field = [&](double RoundFigures::*member) {
        std::vector<double> values;
        for (const RoundFigures &round : rounds)
            values.push_back(round.*member);
        return median(values);
    };
    return { field(&RoundFigures::perSecond), field(&RoundFigures::medianUs), field(&RoundFigures::p99Us),
        field(&RoundFigures::peakKb), field(&RoundFigures::cpuUs) };
}

QString formatRate(double perSecond)
{
    return QLocale(QLocale::English).toString(std::round(perSecond), 'f', 0);
}

QString formatUs(double us)
{
    return QString::number(us, 'f', 1);
}

QString formatMs(double us)
{
    return QString::number(us / 1e3, 'f', 1);
}

QString formatRatio(double ratio)
{
    return QString::number(ratio, 'f', 2);
}

QString formatKb(double kb)
{
    return QString::number(kb / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

} // namespace cardscope::bench
