// bench_log: the session log at a million exchanges. SessionLog against the naive
// alternatives (a std::vector<LogEntry>, and rows of preformatted QStrings), interleaved:
// appending, memory per record, filtering, scrolling, JSON Lines export.
// bench/README.md has the contract; docs/benchmarks.md the figures.
#include "benchoptions.h"
#include "benchrig.h"
#include "interleaved.h"
#include "markdowntable.h"
#include "measures.h"
#include "memory.h"
#include "subprocess.h"
#include "workload.h"

#include <QCoreApplication>
#include <QFile>

#include <stdexcept>

namespace {

using namespace cardscope::bench;
using namespace cardscope::bench::log;

void fill(SessionLog &log, Workload &workload, std::size_t count)
{
    log.reserve(SessionLog::Index(count), std::size_t(double(count) * workload.averageApduBytes()));
    for (std::size_t i = 0; i < count; ++i)
        log.append(workload.entry(i));
}

void fill(std::vector<LogEntry> &entries, Workload &workload, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i)
        entries.push_back(workload.entry(i));
}

void fill(TextRows &rows, Workload &workload, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i)
        rows.append(rowCells(workload.entry(i)));
}

// Memory per record beyond the APDU bytes, from the RSS and heap differences of filling
// each container once, before anything else ran.
QString memorySection(Workload &workload, std::size_t count, double *sessionLogOverhead)
{
    MarkdownTable table(
        { QStringLiteral("container"), QStringLiteral("B/record, RSS"), QStringLiteral("B/record, heap"),
            QStringLiteral("÷ SessionLog (heap)"), QStringLiteral("B/record, overheadBytes()") });
    std::size_t apduBytes = 0;
    double base = 0;
    auto row = [&](const QString &name, const MemorySnapshot &before, const MemorySnapshot &after,
                   const QString &overhead) {
        const double rss = (double(after.residentBytes) - double(before.residentBytes) - double(apduBytes))
            / double(count);
        const double heap
            = (double(after.heapBytes) - double(before.heapBytes) - double(apduBytes)) / double(count);
        if (base == 0)
            base = heap;
        table.addRow({ name, QString::number(rss, 'f', 1), QString::number(heap, 'f', 1),
            formatRatio(heap / base), overhead });
    };
    {
        const MemorySnapshot before = memoryNow();
        SessionLog log;
        fill(log, workload, count);
        apduBytes = log.arenaBytes();
        *sessionLogOverhead = double(log.overheadBytes()) / double(count);
        row(SessionLogName, before, memoryNow(), QString::number(*sessionLogOverhead, 'f', 1));
    }
    {
        const MemorySnapshot before = memoryNow();
        std::vector<LogEntry> entries;
        fill(entries, workload, count);
        row(VectorName, before, memoryNow(), QStringLiteral("n/a"));
    }
    {
        const MemorySnapshot before = memoryNow();
        TextRows rows;
        fill(rows, workload, count);
        row(TextRowsName, before, memoryNow(), QStringLiteral("n/a"));
    }
    return QStringLiteral("\n### Memory per record\n\n%1 typical exchanges, %2 APDU bytes each on average "
                          "(command + response data), subtracted from every figure. RSS: resident pages "
                          "after minus before filling the container (malloc_trim first); heap: bytes malloc "
                          "handed out (mallinfo2), the steadier of the two.\n\n%3")
        .arg(count)
        .arg(double(apduBytes) / double(count), 0, 'f', 1)
        .arg(table.text());
}

QString appendSection(Workload &workload, const RoundPlan &plan, double *appendsPerSecond)
{
    const std::vector<Contender> contenders {
        { SessionLogName,
            [&](int count) {
                SessionLog log;
                return timed([&] { fill(log, workload, std::size_t(count)); }, count);
            } },
        { VectorName,
            [&](int count) {
                std::vector<LogEntry> entries;
                return timed([&] { fill(entries, workload, std::size_t(count)); }, count);
            } },
        { TextRowsName,
            [&](int count) {
                TextRows rows;
                return timed([&] { fill(rows, workload, std::size_t(count)); }, count);
            } },
    };
    const auto results = runInterleaved(contenders, plan, QStringLiteral("append"));
    MarkdownTable table({ QStringLiteral("container"), QStringLiteral("records per CPU second"),
        QStringLiteral("CPU ns per record"), QStringLiteral("÷ SessionLog"),
        QStringLiteral("records per wall second") });
    const double base = results.front().medians.cpuUs;
    for (const ContenderResult &result : results) {
        table.addRow({ result.name, formatRate(1e6 / result.medians.cpuUs),
            QString::number(result.medians.cpuUs * 1e3, 'f', 1), formatRatio(result.medians.cpuUs / base),
            formatRate(result.medians.perSecond) });
    }
    *appendsPerSecond = 1e6 / base;
    return QStringLiteral("\n### Appending\n\n%1 exchanges into an empty container per round (the naive "
                          "containers copy the LogEntry, or format its cells once).\n\n%2")
        .arg(plan.count)
        .arg(table.text());
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() >= 3 ? QString::fromLatin1(fields[0] + ", " + fields[1] + ", " + fields[2])
                              : QStringLiteral("unknown");
}

QString buildType()
{
    const QString type = QStringLiteral(CARDSCOPE_BENCH_BUILD_TYPE);
    return type.isEmpty() ? QStringLiteral("no CMAKE_BUILD_TYPE, -O0") : type;
}

QString verdict(bool met, const QString &figure)
{
    return figure + (met ? QStringLiteral(" (met)") : QStringLiteral(" (**missed**)"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = parseBenchOptions(argc, argv,
        "The session log at a million exchanges: append, memory, filter, scroll and JSON Lines export, "
        "SessionLog against a std::vector<LogEntry> and preformatted rows, interleaved.");
    const int count = options.pick(1'000'000, 20'000);
    const int rounds = options.pick(7, 2);
    try {
        Workload workload;
        double overhead = 0;
        double appends = 0;
        double worstFilterMs = 0;
        double exportSeconds = 0;
        QString text
            = QStringLiteral(
                "## Session log: a million exchanges\n\n"
                "In memory, no PC/SC (raw PC/SC and pyscard keep no log to compare with): `SessionLog` "
                "(64-byte records, one byte arena, interned tables) against the naive containers a log could "
                "be instead, a `std::vector<LogEntry>` and a `QList<QStringList>` of rows formatted once. "
                "Typical exchanges (READ BINARY, SELECT, GET RESPONSE, GET CHALLENGE, VERIFY, GET DATA; "
                "responses of 0 to 240 bytes; four readers). Contenders take turns, %1 rounds in an order "
                "shuffled each round; figures are medians over rounds%2. Built as `%3`.\n\n"
                "Each figure is the calling thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), with the wall "
                "time beside it: on a shared machine the wall time also counts the time other processes "
                "had the cores (load average when this section started: %4), the CPU time is what the "
                "work costs. The targets are judged on CPU time.\n")
                  .arg(rounds)
                  .arg(options.quick ? QStringLiteral(" (**quick run**: too short to quote)") : QString())
                  .arg(buildType())
                  .arg(loadAverage());
        progress(QStringLiteral("memory"));
        text += memorySection(workload, std::size_t(count), &overhead);
        text += appendSection(workload, { rounds, count, count / 10 }, &appends);
        {
            progress(QStringLiteral("building the containers"));
            Containers containers;
            fill(containers.log, workload, std::size_t(count));
            fill(containers.entries, workload, std::size_t(count));
            fill(containers.rows, workload, std::size_t(count));
            text += filterSection(containers, rounds, &worstFilterMs);
            text += scrollSection(containers, rounds, options.pick(2000, 100));
            text += exportSection(containers, options.pick(3, 2), &exportSeconds);
        }
        // Quick runs hold fewer entries: times scale to a million (linear in the count).
        const double perMillion = 1e6 / double(count);
        MarkdownTable targets({ QStringLiteral("target (issue 7)"), QStringLiteral("measured") });
        targets.addRow({ QStringLiteral("appending > 1,000,000 records/s"),
            verdict(appends > 1e6, formatRate(appends) + QStringLiteral(" per CPU second")) });
        targets.addRow({ QStringLiteral("< 100 B per record beyond the APDU bytes"),
            verdict(overhead < 100,
                QString::number(overhead, 'f', 1) + QStringLiteral(" B (overheadBytes())")) });
        targets.addRow({ QStringLiteral("filtering a million < 100 ms (slowest of the four)"),
            verdict(worstFilterMs * perMillion < 100,
                QString::number(worstFilterMs * perMillion, 'f', 1) + QStringLiteral(" ms CPU")) });
        targets.addRow({ QStringLiteral("JSON Lines export of a million < 3 s"),
            verdict(exportSeconds * perMillion < 3,
                QString::number(exportSeconds * perMillion, 'f', 2) + QStringLiteral(" s CPU")) });
        text += QStringLiteral("\n### Targets\n\n") + targets.text();
        printMarkdown(text + u'\n');
    } catch (const std::exception &e) {
        progress(QStringLiteral("failed: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    return 0;
}
