// bench_transmit: the transmit path, CardScope against raw PC/SC and pyscard, side by side.
// bench/README.md has the contract; docs/benchmarks.md the figures.
#include "benchoptions.h"
#include "benchrig.h"
#include "connection/pcsccardconnection.h"
#include "interleaved.h"
#include "markdowntable.h"
#include "pyscardpeer.h"
#include "rawcard.h"
#include "recordingobserver.h"
#include "subprocess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <stdexcept>

namespace {

using namespace cardscope::bench;
using smartcard::Bytes;
using smartcard::CardConnection;
using smartcard::PCSCCardConnection;

struct Payload
{
    QString title;
    Bytes command;
    std::size_t answerSize = 0; // data bytes expected before 90 00
    int fullCount = 0; // exchanges per contender per round
    int quickCount = 0;
};

Bytes extendedEcho(std::size_t size)
{
    Bytes command { 0x80, 0xEE, 0x00, 0x00, 0x00, std::uint8_t(size >> 8), std::uint8_t(size) };
    for (std::size_t i = 0; i < size; ++i)
        command.push_back(std::uint8_t(i));
    command.insert(command.end(), { 0x00, 0x00 }); // extended Le: up to 65536
    return command;
}

std::vector<Payload> payloads()
{
    return {
        { QStringLiteral("Short APDU: GET CHALLENGE, 8 bytes back (`00 84 00 00 08`)"),
            { 0x00, 0x84, 0x00, 0x00, 0x08 }, 8, 1000, 200 },
        { QStringLiteral("255-byte response: ECHO, case 1, P1P2 = 00FF (`80 EE 00 FF`)"),
            { 0x80, 0xEE, 0x00, 0xFF }, 255, 1000, 200 },
        { QStringLiteral("Extended APDU: ECHO of 4,096 bytes each way (extended Lc and Le, T=1)"),
            extendedEcho(4096), 4096, 500, 100 },
    };
}

QString packedHex(const Bytes &bytes)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())).toHex().toUpper());
}

RoundFigures libraryRound(CardConnection &connection, const Payload &payload, int count)
{
    std::vector<qint64> durations(std::size_t(count), 0);
    CardConnection::Response response;
    const qint64 cpuStart = threadCpuNs();
    const qint64 start = monotonicNs();
    for (int i = 0; i < count; ++i) {
        const qint64 before = monotonicNs();
        response = connection.transmit(payload.command);
        durations[std::size_t(i)] = monotonicNs() - before;
    }
    const qint64 wall = monotonicNs() - start;
    const qint64 cpu = threadCpuNs() - cpuStart;
    if (response.sw() != 0x9000 || response.data.size() != payload.answerSize)
        throw std::runtime_error("CardConnection: unexpected answer from the card");
    return figuresOf(std::move(durations), wall, cpu);
}

// cardscope-cli reports its own statistics (docs/cli.md): the connection's duration of each
// exchange, and APDU/s over its loop; process start-up and connect are not in them.
RoundFigures cliRound(const QString &reader, const QString &commandHex, int count)
{
    const RunResult run = runToEnd(
        { QStringLiteral(CARDSCOPE_CLI_PATH), QStringLiteral("send"), QStringLiteral("--reader"), reader,
            QStringLiteral("--json"), QStringLiteral("--repeat"), QString::number(count), commandHex });
    if (!run.exit.succeeded())
        throw std::runtime_error("cardscope-cli send failed: " + run.output.right(300).toStdString());
    const QByteArray last = run.output.trimmed().split('\n').constLast();
    const QJsonObject statistics = QJsonDocument::fromJson(last).object().value("statistics").toObject();
    if (statistics.isEmpty())
        throw std::runtime_error("cardscope-cli send printed no statistics");
    return { statistics.value("apdu_per_s").toDouble(), statistics.value("median_us").toDouble(),
        statistics.value("p99_us").toDouble(), 0 };
}

// noise: how far the A/A control landed from 1 in the same payload's rounds.
QString verdict(double ratio, double target, double noise)
{
    if (ratio >= target)
        return formatRatio(ratio) + QStringLiteral(" (met)");
    if (ratio >= target - noise)
        return formatRatio(ratio) + QStringLiteral(" (**missed**, within the A/A noise)");
    return formatRatio(ratio) + QStringLiteral(" (**missed**)");
}

// Why a ratio is what it is, from the steadier CPU figures: what each layer adds to the
// calling thread's CPU time per exchange, against the raw median round trip.
QString explanation(const QString &payload, const std::vector<ContenderResult> &results)
{
    const RoundFigures &raw = results[0].medians;
    const double library = results[2].medians.cpuUs - raw.cpuUs;
    const double logging = results[3].medians.cpuUs - results[2].medians.cpuUs;
    const double ring = results[4].medians.cpuUs - results[2].medians.cpuUs;
    auto bound
        = [&](double extraUs) { return formatRatio(raw.medianUs / (raw.medianUs + std::max(0.0, extraUs))); };
    return QStringLiteral(
        "- %1: CardConnection adds %2 µs of client CPU per exchange to the raw loop's %3 µs, "
        "against a raw median round trip of %4 µs (a ratio of %5 if nothing else differed); "
        "the recording observer adds %6 µs more (%7); the same observer writing into "
        "reused memory (the 4 MiB ring) %8 µs. The difference between the last two is "
        "what fresh memory (page faults) costs a log that keeps every byte.\n")
        .arg(payload, formatUs(library), formatUs(raw.cpuUs), formatUs(raw.medianUs), bound(library),
            formatUs(logging), bound(library + logging), formatUs(ring));
}

QString method(const BenchOptions &options, int rounds)
{
    return QStringLiteral(
        "## Transmit: CardScope against raw PC/SC and pyscard\n\n"
        "One private pcscd, one vpcd reader, the emulated T=1 card; every contender has its own "
        "shared connection to the same card for the whole run, except the CLI (a process per round). "
        "The contenders take turns: %1 rounds, in an order shuffled each round, after one "
        "unmeasured warm-up round each%2. Each figure is the median over the rounds of that round's "
        "figure; ratios are ratios of those medians.\n\n"
        "- **raw SCardTransmit**: a loop written directly against `<winscard.h>` into one "
        "preallocated buffer: the floor of this rig.\n"
        "- **raw SCardTransmit again**: the same loop on a second connection, an A/A control: its "
        "ratio to the first is the noise of the method on this machine at the time of the run.\n"
        "- **CardConnection**: `smartcard::PCSCCardConnection::transmit()`, no observer.\n"
        "- **CardConnection + recording observer**: the same, with an observer that records what a "
        "session log keeps (compact records of timestamps, direction, exchange ids, SW and duration, the "
        "bytes appended to an arena of 1 MiB blocks, under a mutex). It is the bench's own stand-in for the "
        "APDU log "
        "(`bench/transmit/recordingobserver.cpp`).\n"
        "- **CardConnection + recording observer, 4 MiB ring**: a diagnostic, not a contender: the same "
        "observer, but its arena starts over (records dropped) every 4 MiB, so it writes into memory "
        "it has already touched. The difference to the unbounded observer is the cost of fresh memory "
        "(page faults) for a log that keeps every byte.\n"
        "- **cardscope-cli send --repeat N**: one process per round; the figures are the statistics it "
        "prints (`--json`): each exchange's duration as its connection measures it, APDU/s over its "
        "send loop. Process start-up and connect are excluded (they are in the start-up section).\n"
        "- **pyscard**: `CardConnection.transmit()` (pyscard %3 under `/usr/bin/python3`) in a "
        "long-lived `bench/support/pyscard_peer.py` process, timed with `time.perf_counter_ns()` "
        "around each call, APDU/s over its loop.\n\n"
        "Round trip: one `transmit()` call, command in, response out. Throughput: exchanges per second "
        "of a round's wall time. p99: nearest rank within a round. Client CPU: CPU time of the calling "
        "thread per exchange (`CLOCK_THREAD_CPUTIME_ID`; pyscard: `time.thread_time_ns()`), user and "
        "system, so the socket calls to pcscd are in it: the part of a round trip the caller's own code "
        "costs, much steadier than wall-clock ratios on a shared machine.\n")
        .arg(rounds)
        .arg(options.quick ? QStringLiteral(" (**quick run**: too short to quote)") : QString())
        .arg(PyscardPeer::pyscardVersion());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = parseBenchOptions(argc, argv,
        "The transmit path: raw SCardTransmit, CardConnection, with a recording observer, "
        "cardscope-cli send --repeat and pyscard, interleaved.");
    BenchRig rig;
    if (!rig.start())
        return 1;
    const QString reader = rig.readerName();
    const int rounds = options.pick(21, 2);
    try {
        RawCard raw;
        raw.open(reader);
        RawCard rawAgain;
        rawAgain.open(reader);
        PCSCCardConnection library(reader);
        library.connect();
        PCSCCardConnection logged(reader);
        logged.connect();
        RecordingObserver recorder;
        logged.addObserver(&recorder);
        PCSCCardConnection ringLogged(reader);
        ringLogged.connect();
        RecordingObserver ringRecorder(4);
        ringLogged.addObserver(&ringRecorder);
        PyscardPeer pyscard;
        if (!pyscard.start(reader))
            return 1;

        QString text = method(options, rounds);
        QString explanations;
        MarkdownTable targets(
            { QStringLiteral("payload"), QStringLiteral("CardConnection ÷ raw (target ≥ 0.98)"),
                QStringLiteral("with recording observer ÷ raw (target ≥ 0.95)"),
                QStringLiteral("pyscard ÷ raw (the bar)"), QStringLiteral("cardscope-cli ÷ raw"),
                QStringLiteral("A/A control") });
        for (const Payload &payload : payloads()) {
            const QString hex = packedHex(payload.command);
            const std::vector<Contender> contenders {
                { QStringLiteral("raw SCardTransmit"),
                    [&](int count) { return raw.transmitRound(payload.command, count); } },
                { QStringLiteral("raw SCardTransmit again (A/A control: the method's noise)"),
                    [&](int count) { return rawAgain.transmitRound(payload.command, count); } },
                { QStringLiteral("CardConnection"),
                    [&](int count) { return libraryRound(library, payload, count); } },
                { QStringLiteral("CardConnection + recording observer"),
                    [&](int count) { return libraryRound(logged, payload, count); } },
                { QStringLiteral("CardConnection + recording observer, 4 MiB ring (diagnostic)"),
                    [&](int count) { return libraryRound(ringLogged, payload, count); } },
                { QStringLiteral("cardscope-cli send --repeat"),
                    [&](int count) { return cliRound(reader, hex, count); } },
                { QStringLiteral("pyscard"), [&](int count) { return pyscard.transmit(hex, count); } },
            };
            const int count = options.pick(payload.fullCount, payload.quickCount);
            const RoundPlan plan { rounds, count, std::max(50, count / 5) };
            const auto results = runInterleaved(contenders, plan, payload.title.section(u':', 0, 0));

            const RoundFigures &base = results.front().medians;
            MarkdownTable table(
                { QStringLiteral("contender"), QStringLiteral("APDU/s"), QStringLiteral("throughput ÷ raw"),
                    QStringLiteral("median round trip (µs)"), QStringLiteral("median ÷ raw"),
                    QStringLiteral("p99 (µs)"), QStringLiteral("client CPU per exchange (µs)") });
            for (const ContenderResult &result : results) {
                const RoundFigures &m = result.medians;
                table.addRow(
                    { result.name, formatRate(m.perSecond), formatRatio(m.perSecond / base.perSecond),
                        formatUs(m.medianUs), formatRatio(m.medianUs / base.medianUs), formatUs(m.p99Us),
                        m.cpuUs > 0 ? formatUs(m.cpuUs) : QStringLiteral("n/a") });
            }
            text += QStringLiteral("\n### %1\n\n%2 exchanges per contender per round.\n\n%3")
                        .arg(payload.title)
                        .arg(count)
                        .arg(table.text());
            auto ratio
                = [&](int index) { return results[std::size_t(index)].medians.perSecond / base.perSecond; };
            const double noise = std::abs(1.0 - ratio(1));
            explanations += explanation(payload.title.section(u':', 0, 0), results);
            targets.addRow({ payload.title.section(u':', 0, 0), verdict(ratio(2), 0.98, noise),
                verdict(ratio(3), 0.95, noise), formatRatio(ratio(6)), formatRatio(ratio(5)),
                formatRatio(ratio(1)) });
        }
        text += QStringLiteral("\n### Targets (throughput ratios)\n\n") + targets.text()
            + QStringLiteral(
                "\nA ratio within the A/A control's distance from 1 cannot be told from noise on this "
                "run. What each layer costs, from the client CPU column:\n\n")
            + explanations;
        text += QStringLiteral("\nThe recording observer kept %1 records and %2 of bytes.\n")
                    .arg(recorder.recordCount())
                    .arg(formatKb(double(recorder.arenaSize()) / 1024.0));
        printMarkdown(text + u'\n');
    } catch (const std::exception &e) {
        progress(QStringLiteral("failed: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    return 0;
}
