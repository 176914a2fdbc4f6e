// bench_monitor: how soon CardMonitor reports an insertion or a removal, against a raw
// SCardGetStatusChange waiter and pyscard's CardMonitor watching the same events at the same
// time; the CPU an idle monitor uses; how long a stop takes. bench/README.md has the
// contract; docs/benchmarks.md the figures.
#include "benchoptions.h"
#include "benchrig.h"
#include "eventlog.h"
#include "figures.h"
#include "markdowntable.h"
#include "pcscrig.h"
#include "pyscardpeer.h"
#include "rawwaiter.h"
#include "subprocess.h"

#include "monitor/cardmonitor.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

using namespace cardscope::bench;
using namespace std::chrono_literals;
using smartcard::Card;
using smartcard::CardMonitor;
using smartcard::Monitor;
using smartcard::ReaderStatus;

constexpr auto EventBound = 4s; // pcscd polls every 400 ms: an event comes well within this

// Logs every update from the engine thread, and learns that thread's CPU clock.
class LoggingObserver : public smartcard::CardObserver
{
public:
    explicit LoggingObserver(EventLog &log)
        : m_log(log)
    { }
    void update(const std::vector<Card> &added, const std::vector<Card> &removed) override
    {
        const qint64 now = monotonicNs();
        if (std::this_thread::get_id() != m_owner && !m_clockKnown) {
            clockid_t clock {};
            if (pthread_getcpuclockid(pthread_self(), &clock) == 0) {
                m_clock = clock;
                m_clockKnown = true;
            }
        }
        for (std::size_t i = 0; i < removed.size(); ++i)
            m_log.add(false, now);
        for (std::size_t i = 0; i < added.size(); ++i)
            m_log.add(true, now);
    }
    // CPU time of the engine thread so far (-1 before its first event).
    qint64 engineCpuNs() const
    {
        if (!m_clockKnown)
            return -1;
        timespec ts {};
        clock_gettime(m_clock, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

private:
    EventLog &m_log;
    const std::thread::id m_owner = std::this_thread::get_id();
    std::atomic<bool> m_clockKnown { false };
    clockid_t m_clock {};
};

// pyscard's CardMonitor in /usr/bin/python3, its events read from its output by a thread.
class PyscardMonitor
{
public:
    explicit PyscardMonitor(EventLog &log)
        : m_log(log)
    { }
    ~PyscardMonitor()
    {
        m_process.wait(); // closes its input: the script ends
        if (m_reader.joinable())
            m_reader.join();
    }
    bool start()
    {
        if (!m_process.start({ PyscardPeer::python(), QStringLiteral(CARDSCOPE_BENCH_PYSCARD_MONITOR) }, {}, true))
            return false;
        const std::optional<QByteArray> first = m_process.readLine();
        if (!first || *first != "ready")
            return false;
        m_reader = std::thread([this] {
            while (const std::optional<QByteArray> line = m_process.readLine()) {
                const QList<QByteArray> fields = line->split(' ');
                if (fields.size() >= 2)
                    m_log.add(fields[0] == "inserted", fields[1].toLongLong());
            }
        });
        return true;
    }
    double cpuSeconds() const // utime + stime of the process so far
    {
        std::ifstream stat("/proc/" + std::to_string(m_process.pid()) + "/stat");
        std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
        const std::size_t end = text.rfind(')');
        if (end == std::string::npos)
            return -1;
        std::istringstream fields(text.substr(end + 2));
        std::string field;
        long ticks = 0;
        for (int i = 3; fields >> field; ++i) {
            if (i == 14 || i == 15)
                ticks += std::stol(field);
            if (i == 15)
                break;
        }
        return double(ticks) / double(sysconf(_SC_CLK_TCK));
    }

private:
    EventLog &m_log;
    Subprocess m_process;
    std::thread m_reader;
};

qint64 processCpuNs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1'000'000'000
        + (qint64(usage.ru_utime.tv_usec) + usage.ru_stime.tv_usec) * 1000;
}

struct Contender
{
    QString name;
    EventLog *log;
};

// Milliseconds from each action to the contender's report of it.
std::vector<double> latenciesMs(const std::vector<qint64> &actions, const std::vector<qint64> &seen)
{
    std::vector<double> result;
    for (std::size_t i = 0; i < actions.size() && i < seen.size(); ++i)
        result.push_back(double(seen[i] - actions[i]) / 1e6);
    return result;
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

QString latencyTable(const std::vector<Contender> &contenders, const std::vector<qint64> &insertions,
    const std::vector<qint64> &removals)
{
    MarkdownTable table({ QStringLiteral("contender"), QStringLiteral("insertion median (ms)"),
        QStringLiteral("insertion max (ms)"), QStringLiteral("removal median (ms)"),
        QStringLiteral("removal max (ms)"), QStringLiteral("median − raw, insertion (ms)"),
        QStringLiteral("median − raw, removal (ms)") });
    const std::vector<qint64> rawIn = contenders.front().log->times(true);
    const std::vector<qint64> rawOut = contenders.front().log->times(false);
    for (const Contender &contender : contenders) {
        std::vector<double> in = latenciesMs(insertions, contender.log->times(true));
        std::vector<double> out = latenciesMs(removals, contender.log->times(false));
        // Per event, how much later than the raw waiter (the poll's jitter cancels out).
        const std::vector<double> inDelta = latenciesMs(rawIn, contender.log->times(true));
        const std::vector<double> outDelta = latenciesMs(rawOut, contender.log->times(false));
        table.addRow({ contender.name, ms(median(in)), ms(*std::max_element(in.begin(), in.end())),
            ms(median(out)), ms(*std::max_element(out.begin(), out.end())), ms(median(inDelta)),
            ms(median(outDelta)) });
    }
    return table.text();
}

// count x: a new engine on the rig, blocked, then stop() timed. Milliseconds.
std::vector<double> stopLatencies(int count)
{
    std::vector<double> result;
    for (int i = 0; i < count; ++i) {
        auto engine = std::make_shared<smartcard::MonitorEngine>();
        engine->waitForReady(3s);
        std::this_thread::sleep_for(20ms); // blocked in SCardGetStatusChange by now
        const qint64 before = monotonicNs();
        engine->stop();
        result.push_back(double(monotonicNs() - before) / 1e6);
    }
    return result;
}

std::vector<double> rawStopLatencies(int count, const QString &reader)
{
    std::vector<double> result;
    for (int i = 0; i < count; ++i) {
        EventLog unused;
        RawWaiter waiter(unused);
        waiter.start(reader);
        std::this_thread::sleep_for(20ms);
        const qint64 before = monotonicNs();
        waiter.stop();
        result.push_back(double(monotonicNs() - before) / 1e6);
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = parseBenchOptions(argc, argv,
        "Card insertion/removal to CardMonitor signal latency against a raw waiter and pyscard; idle CPU; stop.");
    const int cycles = options.pick(25, 3);
    const int idleSeconds = options.pick(30, 2);
    const int stops = options.pick(20, 5);

    // Its own rig rather than BenchRig: the card must start out of the reader and be moved.
    cardscope::testing::PcscRig rig(cardscope::testing::RigOptions { 1, QStringLiteral("CardScope Bench"), false, 0 });
    cardscope::testing::CardOptions outside;
    outside.inserted = false;
    if (!rig.start() || !rig.insertCard(0, outside)) {
        progress(QStringLiteral("cannot start the rig: ") + rig.errorString());
        return 1;
    }
    const QString reader = rig.readerName(0);
    cardscope::testing::EmulatedCard *card = rig.card(0);

    EventLog rawLog, signalLog, observerLog, pyscardLog;
    RawWaiter raw(rawLog);
    if (!raw.start(reader)) {
        progress(QStringLiteral("the raw waiter cannot establish a context"));
        return 1;
    }
    // The signals go to a receiver on a thread of its own with an event loop, as a GUI's would.
    QThread receiverThread;
    QObject receiver;
    receiver.moveToThread(&receiverThread);
    receiverThread.start();
    CardMonitor monitor;
    QObject::connect(&monitor, &Monitor::cardInserted, &receiver,
        [&](const ReaderStatus &) { signalLog.add(true, monotonicNs()); });
    QObject::connect(&monitor, &Monitor::cardRemoved, &receiver,
        [&](const ReaderStatus &) { signalLog.add(false, monotonicNs()); });
    monitor.start();
    LoggingObserver observer(observerLog);
    monitor.addObserver(&observer);
    PyscardMonitor pyscard(pyscardLog);
    if (!pyscard.start()) {
        progress(QStringLiteral("pyscard's CardMonitor did not start (%1)").arg(PyscardPeer::python()));
        return 1;
    }
    std::this_thread::sleep_for(1s); // pyscard's thread takes its first look

    const std::vector<Contender> contenders { { QStringLiteral("raw SCardGetStatusChange waiter"), &rawLog },
        { QStringLiteral("CardMonitor observer (engine thread)"), &observerLog },
        { QStringLiteral("CardMonitor signal, queued to another thread"), &signalLog },
        { QStringLiteral("pyscard CardMonitor"), &pyscardLog } };
    std::mt19937 random(5); // fixed: reruns take the same pauses
    std::uniform_int_distribution<int> pause(30, 300);
    std::vector<qint64> insertions, removals;
    for (int i = 0; i < cycles; ++i) {
        for (const bool insert : { true, false }) {
            std::this_thread::sleep_for(std::chrono::milliseconds(pause(random))); // any phase of pcscd's poll
            const qint64 now = monotonicNs();
            if (!(insert ? card->insert() : card->remove())) {
                progress(QStringLiteral("the card does not answer: ") + card->errorString());
                return 1;
            }
            (insert ? insertions : removals).push_back(now);
            for (const Contender &contender : contenders) {
                if (!contender.log->waitFor(insert, i + 1, EventBound)) {
                    progress(QStringLiteral("%1 did not see the %2 of cycle %3")
                                 .arg(contender.name, insert ? "insertion" : "removal")
                                 .arg(i + 1));
                    return 1;
                }
            }
        }
        progress(QStringLiteral("cycle %1 of %2").arg(i + 1).arg(cycles));
    }

    progress(QStringLiteral("idle for %1 s").arg(idleSeconds));
    const qint64 engineBefore = observer.engineCpuNs();
    const qint64 processBefore = processCpuNs();
    const double pyscardBefore = pyscard.cpuSeconds();
    const qint64 idleStart = monotonicNs();
    std::this_thread::sleep_for(std::chrono::seconds(idleSeconds));
    const double idleNs = double(monotonicNs() - idleStart);
    const double engineIdle = double(observer.engineCpuNs() - engineBefore);
    const double processIdle = double(processCpuNs() - processBefore);
    const double pyscardIdle = (pyscard.cpuSeconds() - pyscardBefore) * 1e9;

    progress(QStringLiteral("stopping %1 engines").arg(stops));
    std::vector<double> stopMs = stopLatencies(stops);
    std::vector<double> rawStopMs = rawStopLatencies(stops, reader);
    monitor.deleteObserver(&observer);
    raw.stop();
    receiverThread.quit();
    receiverThread.wait();

    QString text = QStringLiteral(
        "## Monitoring\n\n"
        "One vpcd reader; the emulated card is put into it and pulled out %1 times (the card's "
        "`insert` / `remove` commands: it connects to or leaves the vpcd port), after a pause of "
        "30-300 ms each time (a fixed seed), so that the events fall at every phase of pcscd's "
        "400 ms reader poll. All contenders watch the same events at the same time, in the same "
        "process or a child: no turns are needed, and the difference to the raw waiter is taken "
        "per event, which cancels the poll's jitter. Latency is from just before the card command "
        "to the contender's report (CLOCK_MONOTONIC everywhere)%2.\n\n"
        "- **raw waiter**: a thread blocked in `SCardGetStatusChange` on the reader, written "
        "against `<winscard.h>` in `bench/monitor/rawwaiter.cpp`; time taken when the call returns.\n"
        "- **CardMonitor observer**: a `CardObserver`, called on the engine thread.\n"
        "- **CardMonitor signal**: `cardInserted` / `cardRemoved` received by an object living on "
        "another thread with its own event loop (a queued connection, as a GUI gets them).\n"
        "- **pyscard CardMonitor**: python3-pyscard's `CardMonitor` with a `CardObserver` in "
        "`/usr/bin/python3` (`bench/monitor/pyscard_monitor.py`), time taken in `update()`.\n\n")
                       .arg(cycles)
                       .arg(options.quick ? QStringLiteral(" (**quick run**: too short to quote)") : QString());
    text += QStringLiteral("### Insertion and removal to report\n\n") + latencyTable(contenders, insertions, removals);

    MarkdownTable idle({ QStringLiteral("what"), QStringLiteral("CPU over the idle time"), QStringLiteral("share of one core") });
    const auto share = [&](double ns) { return QString::number(100.0 * ns / idleNs, 'f', 4) + u'%'; };
    idle.addRow({ QStringLiteral("CardMonitor engine thread (`pthread_getcpuclockid`)"),
        QString::number(engineIdle / 1e6, 'f', 3) + QStringLiteral(" ms"), share(engineIdle) });
    idle.addRow({ QStringLiteral("the whole benchmark process (`getrusage`: engine, raw waiter, receiver, main)"),
        QString::number(processIdle / 1e6, 'f', 3) + QStringLiteral(" ms"), share(processIdle) });
    idle.addRow({ QStringLiteral("pyscard CardMonitor process (`/proc/PID/stat`, 10 ms ticks)"),
        QString::number(pyscardIdle / 1e6, 'f', 0) + QStringLiteral(" ms"), share(pyscardIdle) });
    text += QStringLiteral("\n### Idle\n\nNo event for %1 s after the cycles; the monitors stay blocked.\n\n")
                .arg(idleSeconds)
        + idle.text();

    MarkdownTable stop({ QStringLiteral("what"), QStringLiteral("median (ms)"), QStringLiteral("max (ms)") });
    stop.addRow({ QStringLiteral("`MonitorEngine::stop()` (flag + repeated `SCardCancel`, thread left)"),
        ms(median(stopMs)), ms(*std::max_element(stopMs.begin(), stopMs.end())) });
    stop.addRow({ QStringLiteral("raw waiter stop (flag + `SCardCancel` every 1 ms, thread joined)"),
        ms(median(rawStopMs)), ms(*std::max_element(rawStopMs.begin(), rawStopMs.end())) });
    text += QStringLiteral("\n### Stop\n\n%1 engines, each started, given 20 ms to block in "
                           "`SCardGetStatusChange`, then stopped.\n\n")
                .arg(stops)
        + stop.text();

    const double deltaIn = median(latenciesMs(rawLog.times(true), signalLog.times(true)));
    const double deltaOut = median(latenciesMs(rawLog.times(false), signalLog.times(false)));
    const double maxStop = *std::max_element(stopMs.begin(), stopMs.end());
    const auto verdict = [](bool met) { return met ? QStringLiteral("met") : QStringLiteral("**missed**"); };
    text += QStringLiteral("\n### Targets\n\n"
                           "- Signal within 2 ms of the raw waiter (median): insertion %1 ms, removal %2 ms: %3.\n"
                           "- Idle engine CPU under 0.1 %: %4: %5.\n"
                           "- Stop under 100 ms: at most %6 ms: %7.\n")
                .arg(ms(deltaIn), ms(deltaOut), verdict(deltaIn < 2 && deltaOut < 2), share(engineIdle),
                    verdict(100.0 * engineIdle / idleNs < 0.1), ms(maxStop), verdict(maxStop < 100));
    printMarkdown(text + u'\n');
    return 0;
}
