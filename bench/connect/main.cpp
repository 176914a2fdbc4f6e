// bench_connect: connect + disconnect cycles, CardScope against raw PC/SC and pyscard, side by
// side. bench/README.md has the contract; docs/benchmarks.md the figures.
#include "benchoptions.h"
#include "benchrig.h"
#include "connection/pcsccardconnection.h"
#include "interleaved.h"
#include "markdowntable.h"
#include "pyscardpeer.h"
#include "rawcard.h"
#include "subprocess.h"

#include <QCoreApplication>

#include <stdexcept>

namespace {

using namespace cardscope::bench;
using smartcard::PCSCCardConnection;

// count x (connect, disconnect) of one connection object: its context stays.
RoundFigures libraryCycles(PCSCCardConnection &connection, int count)
{
    std::vector<qint64> durations(std::size_t(count), 0);
    const qint64 cpuStart = threadCpuNs();
    const qint64 start = monotonicNs();
    for (int i = 0; i < count; ++i) {
        const qint64 before = monotonicNs();
        connection.connect();
        connection.disconnect();
        durations[std::size_t(i)] = monotonicNs() - before;
    }
    const qint64 wall = monotonicNs() - start;
    return figuresOf(std::move(durations), wall, threadCpuNs() - cpuStart);
}

// count x a new PCSCCardConnection (its own context), connect, disconnect, destroyed.
RoundFigures libraryFreshCycles(const QString &reader, int count)
{
    std::vector<qint64> durations(std::size_t(count), 0);
    const qint64 cpuStart = threadCpuNs();
    const qint64 start = monotonicNs();
    for (int i = 0; i < count; ++i) {
        const qint64 before = monotonicNs();
        {
            PCSCCardConnection connection(reader);
            connection.connect();
            connection.disconnect();
        }
        durations[std::size_t(i)] = monotonicNs() - before;
    }
    const qint64 wall = monotonicNs() - start;
    return figuresOf(std::move(durations), wall, threadCpuNs() - cpuStart);
}

QString tableOf(const std::vector<ContenderResult> &results)
{
    const RoundFigures &base = results.front().medians;
    MarkdownTable table(
        { QStringLiteral("contender"), QStringLiteral("cycles/s"), QStringLiteral("throughput ÷ raw"),
            QStringLiteral("median cycle (µs)"), QStringLiteral("median ÷ raw"), QStringLiteral("p99 (µs)"),
            QStringLiteral("client CPU per cycle (µs)") });
    for (const ContenderResult &result : results) {
        const RoundFigures &m = result.medians;
        table.addRow({ result.name, formatRate(m.perSecond), formatRatio(m.perSecond / base.perSecond),
            formatUs(m.medianUs), formatRatio(m.medianUs / base.medianUs), formatUs(m.p99Us),
            formatUs(m.cpuUs) });
    }
    return table.text();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = parseBenchOptions(
        argc, argv, "Connect + disconnect cycles: raw PC/SC, PCSCCardConnection and pyscard, interleaved.");
    BenchRig rig;
    if (!rig.start())
        return 1;
    const QString reader = rig.readerName();
    const int rounds = options.pick(9, 2);
    const int count = options.pick(400, 40);
    try {
        RawCard raw;
        raw.open(reader);
        PCSCCardConnection cycling(reader);
        PyscardPeer pyscard;
        if (!pyscard.start(reader))
            return 1;

        QString text = QStringLiteral(
            "## Connect and disconnect\n\n"
            "The rig of the transmit section (one emulated T=1 card); shared mode, T=0 or T=1, the card "
            "left as it is on disconnect by every contender (pyscard is asked for `SCARD_LEAVE_CARD`: its "
            "default unpowers the card, which would add a power-up to every cycle). Each contender also "
            "holds one connection to the card for the whole run. %1 rounds of %2 cycles per contender, "
            "taking turns in an order shuffled each round, after an unmeasured warm-up round%3; "
            "figures are medians over the rounds, ratios are ratios of those medians.\n\n"
            "- **raw PC/SC**: `SCardConnect` + `SCardDisconnect` written against `<winscard.h>`.\n"
            "- **PCSCCardConnection**: `connect()` + `disconnect()` (observers notified, exceptions "
            "on failure).\n"
            "- **pyscard**: `connect()` + `disconnect()` of a connection from `reader.createConnection()`.\n")
                           .arg(rounds)
                           .arg(count)
                           .arg(options.quick ? QStringLiteral(" (**quick run**: too short to quote)")
                                              : QString());

        const std::vector<Contender> onContext {
            { QStringLiteral("raw PC/SC"), [&](int n) { return raw.connectRound(n); } },
            { QStringLiteral("PCSCCardConnection"), [&](int n) { return libraryCycles(cycling, n); } },
            { QStringLiteral("pyscard"), [&](int n) { return pyscard.connectCycles(n); } },
        };
        const RoundPlan plan { rounds, count, std::max(20, count / 5) };
        text += QStringLiteral("\n### Connect + disconnect on an established context\n\n")
            + tableOf(runInterleaved(onContext, plan, QStringLiteral("connect cycles")));

        const std::vector<Contender> fresh {
            { QStringLiteral("raw PC/SC"), [&](int n) { return raw.freshContextRound(n); } },
            { QStringLiteral("PCSCCardConnection"), [&](int n) { return libraryFreshCycles(reader, n); } },
            { QStringLiteral("pyscard"), [&](int n) { return pyscard.freshConnectionCycles(n); } },
        };
        text += QStringLiteral(
                    "\n### A new connection each time: context, connect, disconnect, release\n\n"
                    "raw: `SCardEstablishContext` ... `SCardReleaseContext`; CardScope: a "
                    "`PCSCCardConnection` "
                    "constructed, connected, disconnected and destroyed; pyscard: "
                    "`reader.createConnection()`, "
                    "`connect()`, `disconnect()`, and the last reference dropped (its `__del__` releases "
                    "the context).\n\n")
            + tableOf(runInterleaved(fresh, plan, QStringLiteral("fresh connections")));
        printMarkdown(text + u'\n');
    } catch (const std::exception &e) {
        progress(QStringLiteral("failed: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    return 0;
}
