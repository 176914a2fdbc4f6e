// bench_startup: `cardscope` from process start to its first painted window (offscreen) and
// `cardscope-cli list`, each beside a baseline, with peak memory. bench/README.md has the
// contract; docs/benchmarks.md the figures.
#include "benchoptions.h"
#include "benchrig.h"
#include "interleaved.h"
#include "markdowntable.h"
#include "pyscardpeer.h"
#include "subprocess.h"

#include <QCoreApplication>
#include <QTemporaryFile>

#include <algorithm>
#include <stdexcept>

namespace {

using namespace cardscope::bench;

const QStringList windowEnvironment { QStringLiteral("QT_QPA_PLATFORM=offscreen"),
    QStringLiteral("CARDSCOPE_EXIT_AFTER_FIRST_PAINT=1") };

// Peak memory from a second launch through GNU time (it forks: the child's ru_maxrss starts
// from time's own small footprint). Our own posix_spawn() shares the benchmark's address space
// until exec, and Linux carries that high-water mark into the child's ru_maxrss.
double peakKb(const QStringList &command, const QStringList &environment = {})
{
    QTemporaryFile report;
    if (!report.open())
        throw std::runtime_error("cannot create a temporary file");
    const RunResult run = runToEnd(QStringList { QStringLiteral("/usr/bin/time"), QStringLiteral("-f"),
                                       QStringLiteral("%M"), QStringLiteral("-o"), report.fileName() }
            + command,
        environment);
    if (!run.exit.succeeded())
        throw std::runtime_error("/usr/bin/time " + command.join(u' ').toStdString() + " failed");
    return report.readAll().trimmed().toDouble();
}

// One launch to the first paint: the time the program printed minus the time just before
// the spawn (both CLOCK_MONOTONIC), and the child's peak memory.
RoundFigures firstPaint(const QString &program)
{
    const RunResult run = runToEnd({ program }, windowEnvironment);
    const QByteArray line = run.output.trimmed();
    if (!run.exit.succeeded() || !line.startsWith("first-paint "))
        throw std::runtime_error(program.toStdString() + " did not report its first paint");
    const qint64 paintedNs = line.mid(12).toLongLong();
    const double us = double(paintedNs - run.exit.startNs) / 1e3;
    return { 0, us, us, peakKb({ program }, windowEnvironment), 0 };
}

// One whole run: spawn to reaped.
RoundFigures wholeRun(const QStringList &command, const QByteArray &mustContain)
{
    const RunResult run = runToEnd(command);
    if (!run.exit.succeeded() || !run.output.contains(mustContain))
        throw std::runtime_error(command.join(u' ').toStdString() + " failed or listed no card");
    const double us = double(run.exit.wallNs) / 1e3;
    return { 0, us, us, peakKb(command), 0 };
}

double maxUs(const ContenderResult &result)
{
    double most = 0;
    for (const RoundFigures &round : result.rounds)
        most = std::max(most, round.medianUs);
    return most;
}

QString tableOf(const std::vector<ContenderResult> &results, const QString &timeTitle)
{
    const RoundFigures &base = results.back().medians;
    MarkdownTable table({ QStringLiteral("program"), timeTitle, QStringLiteral("÷ baseline"),
        QStringLiteral("slowest (ms)"), QStringLiteral("peak RSS"), QStringLiteral("÷ baseline") });
    for (const ContenderResult &result : results) {
        const RoundFigures &m = result.medians;
        table.addRow({ result.name, formatMs(m.medianUs), formatRatio(m.medianUs / base.medianUs),
            formatMs(maxUs(result)), formatKb(m.peakKb), formatRatio(m.peakKb / base.peakKb) });
    }
    return table.text();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = parseBenchOptions(argc, argv,
        "cardscope to its first painted window and cardscope-cli list, with peak memory, against baselines.");
    BenchRig rig;
    if (!rig.start())
        return 1;
    const int rounds = options.pick(15, 2);
    try {
        QString text = QStringLiteral(
            "## Start-up\n\n"
            "The rig of the transmit section (one reader slot with the emulated card, one empty). Each "
            "program is started %1 times, in turns shuffled each round, after one unmeasured start each%2; "
            "figures are medians over the starts, and each is given beside its ratio to a baseline started "
            "in the same turns. Peak RSS: the child's `ru_maxrss` measured by GNU `/usr/bin/time -f %M` in a "
            "second start of each program in the same turn (times come from the direct start: `time` adds "
            "its "
            "own fork and exec; memory does not come from it, since a child spawned straight from the "
            "benchmark inherits the benchmark's high-water mark into its `ru_maxrss`).\n\n"
            "### `cardscope` to its first painted window\n\n"
            "`QT_QPA_PLATFORM=offscreen`, from just before `posix_spawn()` to the first paint event of the "
            "main window: with `CARDSCOPE_EXIT_AFTER_FIRST_PAINT` set, `app/main.cpp` installs an event "
            "filter "
            "that prints the `CLOCK_MONOTONIC` time of that event and quits (the only hook; without the "
            "variable nothing is installed). The baseline, `startup-floor-window` "
            "(`bench/startup/floorwindow.cpp`), is an empty `QMainWindow` of the same size with the same "
            "hook: "
            "what Qt itself costs to paint a first window here.\n\n")
                           .arg(rounds)
                           .arg(options.quick ? QStringLiteral(" (**quick run**: too short to quote)")
                                              : QString());
        const RoundPlan plan { rounds, 1, 1 };
        const std::vector<Contender> windows {
            { QStringLiteral("`cardscope`"),
                [](int) { return firstPaint(QStringLiteral(CARDSCOPE_APP_PATH)); } },
            { QStringLiteral("empty QMainWindow (baseline)"),
                [](int) { return firstPaint(QStringLiteral(CARDSCOPE_FLOOR_WINDOW_PATH)); } },
        };
        text += tableOf(runInterleaved(windows, plan, QStringLiteral("first paint")),
            QStringLiteral("median to first paint (ms)"));

        text += QStringLiteral(
            "\n### `cardscope-cli list`\n\n"
            "Wall time from spawn to exit (reaped), output read through a pipe. The baseline is pyscard "
            "doing "
            "the same work: `bench/support/pyscard_peer.py --list` under `/usr/bin/python3` lists the "
            "readers "
            "with `smartcard.System.readers()` and reads each reader's state and ATR with "
            "`SCardGetStatusChange`, without connecting, as `cardscope-cli list` does.\n\n");
        const QByteArray atr = "3B 9E 95 81";
        const std::vector<Contender> lists {
            { QStringLiteral("`cardscope-cli list`"),
                [&](int) {
                    return wholeRun({ QStringLiteral(CARDSCOPE_CLI_PATH), QStringLiteral("list") }, atr);
                } },
            { QStringLiteral("pyscard (baseline)"),
                [&](int) { return wholeRun(PyscardPeer::listCommand(), atr); } },
        };
        text += tableOf(
            runInterleaved(lists, plan, QStringLiteral("list")), QStringLiteral("median wall (ms)"));
        printMarkdown(text + u'\n');
    } catch (const std::exception &e) {
        progress(QStringLiteral("failed: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    return 0;
}
