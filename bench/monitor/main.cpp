// bench_monitor: how soon CardMonitor reports an insertion or a removal, against a raw
// SCardGetStatusChange waiter and pyscard's CardMonitor watching the same events at the same
// time; the CPU an idle monitor uses; how long a stop takes. bench/README.md has the
// contract; docs/benchmarks.md the figures.
#include "benchoptions.h"
#include "benchrig.h"
#include "eventlog.h"
#include "figures.h"
#include "markdowntable.h"
#include "monitor/cardmonitor.h"
#include "pcscrig.h"
#include "pyscardmonitor.h"
#include "pyscardpeer.h"
#include "rawwaiter.h"
#include "subprocess.h"

#include <QCoreApplication>
#include <QThread>

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <random>
#include <thread>

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
        table.addRow(
            { contender.name, ms(median(in)), ms(*std::max_element(in.begin(), in.end())), ms(median(out)),
                ms(*std::max_element(out.begin(), out.end())), ms(median(inDelta)), ms(median(outDelta)) });
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

// Everything that watches the card: the raw waiter, a CardMonitor (an observer on the engine
// thread, and its signals queued to a receiver on a thread with its own event loop, as a
// GUI's), and pyscard's CardMonitor in a child process.
class Watchers
{
public:
    Watchers()
        : m_raw(rawLog)
        , m_observer(observerLog)
        , m_pyscard(pyscardLog)
    { }
    ~Watchers()
    {
        m_monitor.deleteObserver(&m_observer);
        m_raw.stop();
        m_receiverThread.quit();
        m_receiverThread.wait();
    }

    bool start(const QString &reader)
    {
        if (!m_raw.start(reader)) {
            progress(QStringLiteral("the raw waiter cannot establish a context"));
            return false;
        }
        m_receiver.moveToThread(&m_receiverThread);
        m_receiverThread.start();
        QObject::connect(&m_monitor, &Monitor::cardInserted, &m_receiver,
            [this](const ReaderStatus &) { signalLog.add(true, monotonicNs()); });
        QObject::connect(&m_monitor, &Monitor::cardRemoved, &m_receiver,
            [this](const ReaderStatus &) { signalLog.add(false, monotonicNs()); });
        m_monitor.start();
        m_monitor.addObserver(&m_observer);
        if (!m_pyscard.start()) {
            progress(QStringLiteral("pyscard's CardMonitor did not start (%1)").arg(PyscardPeer::python()));
            return false;
        }
        std::this_thread::sleep_for(1s); // pyscard's thread takes its first look
        return true;
    }

    std::vector<Contender> contenders()
    {
        return { { QStringLiteral("raw SCardGetStatusChange waiter"), &rawLog },
            { QStringLiteral("CardMonitor observer (engine thread)"), &observerLog },
            { QStringLiteral("CardMonitor signal, queued to another thread"), &signalLog },
            { QStringLiteral("pyscard CardMonitor"), &pyscardLog } };
    }
    const LoggingObserver &observer() const { return m_observer; }
    const PyscardMonitor &pyscard() const { return m_pyscard; }

    EventLog rawLog, observerLog, signalLog, pyscardLog;

private:
    RawWaiter m_raw;
    QThread m_receiverThread;
    QObject m_receiver;
    CardMonitor m_monitor;
    LoggingObserver m_observer;
    PyscardMonitor m_pyscard;
};

// Inserts and removes the card `cycles` times, each after a pause, and waits until every
// contender saw it. The times just before each card command go to insertions / removals.
bool runCycles(cardscope::testing::EmulatedCard &card, const std::vector<Contender> &contenders, int cycles,
    std::vector<qint64> *insertions, std::vector<qint64> *removals)
{
    std::mt19937 random(5); // fixed: reruns take the same pauses
    std::uniform_int_distribution<int> pause(30, 300);
    for (int i = 0; i < cycles; ++i) {
        for (const bool insert : { true, false }) {
            std::this_thread::sleep_for(
                std::chrono::milliseconds(pause(random))); // any phase of pcscd's poll
            const qint64 now = monotonicNs();
            if (!(insert ? card.insert() : card.remove())) {
                progress(QStringLiteral("the card does not answer: ") + card.errorString());
                return false;
            }
            (insert ? insertions : removals)->push_back(now);
            for (const Contender &contender : contenders) {
                if (!contender.log->waitFor(insert, i + 1, EventBound)) {
                    progress(QStringLiteral("%1 did not see the %2 of cycle %3")
                                 .arg(contender.name, insert ? "insertion" : "removal")
                                 .arg(i + 1));
                    return false;
                }
            }
        }
        progress(QStringLiteral("cycle %1 of %2").arg(i + 1).arg(cycles));
    }
    return true;
}

struct IdleFigures
{
    int seconds = 0;
    double wallNs = 0;
    double engineNs = 0;
    double engineBeforeNs = 0; // the engine thread's CPU time up to the idle time (the events)
    double processNs = 0;
    double pyscardNs = 0;
    QString share(double ns) const { return QString::number(100.0 * ns / wallNs, 'f', 4) + u'%'; }
};

IdleFigures measureIdle(const Watchers &watchers, int seconds)
{
    progress(QStringLiteral("idle for %1 s").arg(seconds));
    IdleFigures idle;
    idle.seconds = seconds;
    const qint64 engineBefore = watchers.observer().engineCpuNs();
    idle.engineBeforeNs = double(engineBefore);
    const qint64 processBefore = processCpuNs();
    const double pyscardBefore = watchers.pyscard().cpuSeconds();
    const qint64 start = monotonicNs();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    idle.wallNs = double(monotonicNs() - start);
    idle.engineNs = double(watchers.observer().engineCpuNs() - engineBefore);
    idle.processNs = double(processCpuNs() - processBefore);
    idle.pyscardNs = (watchers.pyscard().cpuSeconds() - pyscardBefore) * 1e9;
    return idle;
}

QString methodText(int cycles, bool quick)
{
    return QStringLiteral(
        "## Monitoring\n\n"
        "One vpcd reader; the emulated card is put into it and pulled out %1 times (the card's "
        "`insert` / `remove` commands: it connects to or leaves the vpcd port), after a pause of "
        "30-300 ms each time (a fixed seed), so that the events fall at every phase of pcscd's "
        "400 ms reader poll. All contenders watch the same events at the same time, in the same "
        "process or a child: no turns are needed, and the difference to the raw waiter is taken "
        "per event, which cancels the poll's jitter. Latency is from just before the card command "
        "to the contender's report (CLOCK_MONOTONIC everywhere)%2. The benchmark starts its own "
        "rig (`PcscRig`, not `BenchRig`): its card must start out of the reader.\n\n"
        "- **raw waiter**: a thread blocked in `SCardGetStatusChange` on the reader, written "
        "against `<winscard.h>` in `bench/monitor/rawwaiter.cpp`; time taken when the call returns.\n"
        "- **CardMonitor observer**: a `CardObserver`, called on the engine thread.\n"
        "- **CardMonitor signal**: `cardInserted` / `cardRemoved` received by an object living on "
        "another thread with its own event loop (a queued connection, as a GUI gets them).\n"
        "- **pyscard CardMonitor**: python3-pyscard's `CardMonitor` with a `CardObserver` in "
        "`/usr/bin/python3` (`bench/monitor/pyscard_monitor.py`), time taken in `update()`.\n\n")
        .arg(cycles)
        .arg(quick ? QStringLiteral(" (**quick run**: too short to quote)") : QString());
}

QString idleText(const IdleFigures &idle)
{
    MarkdownTable table({ QStringLiteral("what"), QStringLiteral("CPU over the idle time"),
        QStringLiteral("share of one core") });
    table.addRow({ QStringLiteral("CardMonitor engine thread (`pthread_getcpuclockid`)"),
        QString::number(idle.engineNs / 1e6, 'f', 3) + QStringLiteral(" ms"), idle.share(idle.engineNs) });
    table.addRow({ QStringLiteral(
                       "for scale: the engine thread over the cycles before, from its first event"),
        QString::number(idle.engineBeforeNs / 1e6, 'f', 3) + QStringLiteral(" ms"), QStringLiteral("—") });
    table.addRow({ QStringLiteral(
                       "the whole benchmark process (`getrusage`: engine, raw waiter, receiver, main)"),
        QString::number(idle.processNs / 1e6, 'f', 3) + QStringLiteral(" ms"), idle.share(idle.processNs) });
    table.addRow({ QStringLiteral("pyscard CardMonitor process (`/proc/PID/stat`, 10 ms ticks)"),
        QString::number(idle.pyscardNs / 1e6, 'f', 0) + QStringLiteral(" ms"), idle.share(idle.pyscardNs) });
    return QStringLiteral("\n### Idle\n\nNo event for %1 s after the cycles; the monitors stay blocked.\n\n")
               .arg(idle.seconds)
        + table.text();
}

QString stopText(const std::vector<double> &stopMs, const std::vector<double> &rawStopMs)
{
    MarkdownTable table(
        { QStringLiteral("what"), QStringLiteral("median (ms)"), QStringLiteral("max (ms)") });
    table.addRow({ QStringLiteral("`MonitorEngine::stop()` (flag + repeated `SCardCancel`, thread left)"),
        ms(median(stopMs)), ms(*std::max_element(stopMs.begin(), stopMs.end())) });
    table.addRow({ QStringLiteral("raw waiter stop (flag + `SCardCancel` every 1 ms, thread joined)"),
        ms(median(rawStopMs)), ms(*std::max_element(rawStopMs.begin(), rawStopMs.end())) });
    return QStringLiteral("\n### Stop\n\n%1 engines, each started, given 20 ms to block in "
                          "`SCardGetStatusChange`, then stopped.\n\n")
               .arg(stopMs.size())
        + table.text();
}

QString targetsText(const Watchers &watchers, const IdleFigures &idle, const std::vector<double> &stopMs)
{
    const double deltaIn = median(latenciesMs(watchers.rawLog.times(true), watchers.signalLog.times(true)));
    const double deltaOut
        = median(latenciesMs(watchers.rawLog.times(false), watchers.signalLog.times(false)));
    const double maxStop = *std::max_element(stopMs.begin(), stopMs.end());
    const auto verdict = [](bool met) { return met ? QStringLiteral("met") : QStringLiteral("**missed**"); };
    return QStringLiteral(
        "\n### Targets\n\n"
        "- Signal within 2 ms of the raw waiter (median): insertion %1 ms, removal %2 ms: %3.\n"
        "- Idle engine CPU under 0.1 %: %4: %5.\n"
        "- Stop under 100 ms: at most %6 ms: %7.\n")
        .arg(ms(deltaIn), ms(deltaOut), verdict(deltaIn < 2 && deltaOut < 2), idle.share(idle.engineNs),
            verdict(100.0 * idle.engineNs / idle.wallNs < 0.1), ms(maxStop), verdict(maxStop < 100));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = parseBenchOptions(argc, argv,
        "Card insertion/removal to CardMonitor signal latency against a raw waiter and pyscard; idle CPU; "
        "stop.");
    const int cycles = options.pick(25, 3);

    cardscope::testing::PcscRig rig(
        cardscope::testing::RigOptions { 1, QStringLiteral("CardScope Bench"), false, 0 });
    cardscope::testing::CardOptions outside;
    outside.inserted = false;
    if (!rig.start() || !rig.insertCard(0, outside)) {
        progress(QStringLiteral("cannot start the rig: ") + rig.errorString());
        return 1;
    }
    const QString reader = rig.readerName(0);
    Watchers watchers;
    if (!watchers.start(reader))
        return 1;
    std::vector<qint64> insertions, removals;
    if (!runCycles(*rig.card(0), watchers.contenders(), cycles, &insertions, &removals))
        return 1;
    const IdleFigures idle = measureIdle(watchers, options.pick(30, 2));
    const int stops = options.pick(20, 5);
    progress(QStringLiteral("stopping %1 engines").arg(stops));
    const std::vector<double> stopMs = stopLatencies(stops);
    const std::vector<double> rawStopMs = rawStopLatencies(stops, reader);

    printMarkdown(methodText(cycles, options.quick)
        + QStringLiteral("### Insertion and removal to report\n\n")
        + latencyTable(watchers.contenders(), insertions, removals) + idleText(idle)
        + stopText(stopMs, rawStopMs) + targetsText(watchers, idle, stopMs) + u'\n');
    return 0;
}
