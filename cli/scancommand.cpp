#include "scancommand.h"

#include "atr/atr.h"
#include "atr/smartcardlist.h"
#include "clioutput.h"
#include "exitcode.h"
#include "monitor/cardmonitor.h"
#include "monitor/monitorevent.h"
#include "pcsc/readerstates.h"
#include "util/hexstring.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSocketNotifier>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>

using namespace smartcard;
using Type = MonitorEvent::Type;

namespace {

struct ScanOptions
{
    bool json = false;
    bool once = false;
    std::optional<double> timeout; // seconds
    bool colour = false;
};

// Human mode: the width of "2026-01-31 12:34:56.789  " (continuation lines are indented to it).
constexpr int TimeWidth = 25;

const char *colourOf(Type type)
{
    switch (type) {
    case Type::CardInserted:
        return "\033[32m"; // green
    case Type::CardRemoved:
        return "\033[31m"; // red
    case Type::StateChanged:
        return "\033[33m"; // yellow
    case Type::ReaderAdded:
    case Type::ReaderRemoved:
        return "\033[36m"; // cyan
    case Type::ServiceLost:
    case Type::ServiceRestored:
        return "\033[1;35m"; // bold magenta
    }
    return "";
}

// "T=1, direct convention": the protocols and the convention; what is wrong when it is.
QString atrSummary(const ATR &atr)
{
    QStringList protocols;
    for (int t : atr.protocols())
        protocols << QStringLiteral("T=%1").arg(t);
    QStringList parts;
    if (!protocols.isEmpty())
        parts << protocols.join(QStringLiteral(", "));
    if (atr.convention() != ATR::Convention::Unknown)
        parts << (atr.convention() == ATR::Convention::Direct ? QStringLiteral("direct convention")
                                                              : QStringLiteral("inverse convention"));
    if (!atr.isValid()) {
        const ParseError &error = atr.errors().front();
        parts << QStringLiteral("malformed: byte %1: %2").arg(error.offset).arg(error.message);
    }
    return parts.join(QStringLiteral(", "));
}

// Writes each event as it comes, in the order the monitor reports them. A card event's line
// carries the reader's state after the event (readerStateChanged comes just before it);
// state_changed lines are only the changes that are not an insertion or a removal (in use,
// exclusive, mute, unpowered...), which the card lines already show.
class ScanPrinter : public QObject
{
public:
    ScanPrinter(const ScanOptions &options, const SmartcardList &list)
        : m_options(options)
        , m_out(options.json)
        , m_list(list)
    { }

    void connectTo(const CardMonitor &monitor)
    {
        connect(&monitor, &Monitor::readerAdded, this, [this](const ReaderStatus &status) {
            m_last[status.reader] = status;
            print(Type::ReaderAdded, status, {});
        });
        connect(&monitor, &Monitor::readerRemoved, this, [this](const ReaderStatus &status) {
            m_last.erase(status.reader);
            print(Type::ReaderRemoved, status, {});
        });
        connect(&monitor, &Monitor::readerStateChanged, this, &ScanPrinter::stateChanged);
        connect(&monitor, &Monitor::cardInserted, this,
            [this](const ReaderStatus &status) { print(Type::CardInserted, status, status.atr); });
        connect(&monitor, &Monitor::cardRemoved, this, [this](const ReaderStatus &card) {
            const auto last = m_last.find(card.reader);
            print(Type::CardRemoved, last == m_last.end() ? card : last->second, card.atr);
        });
        connect(&monitor, &Monitor::serviceLost, this, [this](pcsc::ReturnCode code) { printService(code); });
        connect(&monitor, &Monitor::serviceRestored, this, [this] { printService({}); });
    }

    // scan --once: the state now, as the first lines of a scan print it.
    void printSnapshot(const std::vector<pcsc::ReaderState> &states)
    {
        for (const pcsc::ReaderState &state : states) {
            pcsc::ReaderState read = state;
            read.currentState = state.eventState;
            const ReaderStatus status = ReaderStatus::fromReaderState(read);
            print(Type::ReaderAdded, status, {});
            if (status.isPresent())
                print(Type::CardInserted, status, status.atr);
        }
    }

private:
    void stateChanged(const ReaderStatus &status)
    {
        const auto last = m_last.find(status.reader);
        // A reader just added, no change, or a card change that a card line reports: no line.
        const bool shown = last != m_last.end() && last->second != status
            && last->second.isPresent() == status.isPresent()
            && last->second.eventCounter == status.eventCounter && last->second.atr == status.atr;
        m_last[status.reader] = status;
        if (shown)
            print(Type::StateChanged, status, status.atr);
    }

    void print(Type type, const ReaderStatus &status, const Bytes &atr)
    {
        if (m_options.json) {
            QJsonObject object = header(type);
            object.insert("reader", status.reader);
            object.insert("state", QJsonArray::fromStringList(status.stateNames()));
            object.insert("counter", int(status.eventCounter));
            object.insert("atr", atr.empty() ? QJsonValue() : QJsonValue(toHexString(atr, u"")));
            if (!atr.empty()) {
                object.insert("summary", atrSummary(ATR(atr)));
                object.insert("identified", QJsonArray::fromStringList(m_list.identify(atr)));
            }
            m_out.json(object);
        } else {
            QString line = prefix(type) + status.reader;
            if (type != Type::ReaderRemoved)
                line += QStringLiteral("  [%1] #%2")
                            .arg(status.stateNames().join(u", "))
                            .arg(status.eventCounter);
            m_out.text(line);
            if (!atr.empty())
                printAtr(atr);
        }
        std::fflush(stdout);
    }

    void printAtr(const Bytes &atr)
    {
        const QString indent(TimeWidth, u' ');
        m_out.text(indent + QStringLiteral("ATR ") + toHexString(atr));
        m_out.text(indent + atrSummary(ATR(atr)));
        const QStringList identified = m_list.identify(atr);
        if (m_list.isInstalled() && identified.isEmpty())
            m_out.text(indent + QStringLiteral("not in smartcard_list.txt"));
        for (const QString &description : identified)
            m_out.text(indent + description.trimmed());
    }

    // code: the loss's reason; none: restored.
    void printService(std::optional<pcsc::ReturnCode> code)
    {
        const Type type = code ? Type::ServiceLost : Type::ServiceRestored;
        if (m_options.json) {
            QJsonObject object = header(type);
            object.insert("reader", QJsonValue());
            object.insert("state", QJsonArray());
            object.insert("counter", QJsonValue());
            object.insert("atr", QJsonValue());
            if (code) {
                object.insert("pcsc_error", QString::fromStdString(pcsc::errorName(*code)));
                object.insert("pcsc_code", qint64(pcsc::toUint(*code)));
            }
            m_out.json(object);
        } else {
            m_out.text(prefix(type)
                + (code ? QString::fromStdString(pcsc::describe(*code)) + QStringLiteral(" Waiting for it.")
                        : QStringLiteral("the PC/SC service answers again")));
        }
        std::fflush(stdout);
    }

    QJsonObject header(Type type) const
    {
        return { { "time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
            { "event", QString::fromLatin1(MonitorEvent::typeName(type)) } };
    }

    // "2026-01-31 12:34:56.789  card inserted    ", coloured on a terminal.
    QString prefix(Type type) const
    {
        const QString name = QString::fromLatin1(MonitorEvent::typeName(type)).replace(u'_', u' ');
        const QString padded = name.leftJustified(17);
        const QString time = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        if (!m_options.colour)
            return time + QStringLiteral("  ") + padded;
        return time + QStringLiteral("  ") + QString::fromLatin1(colourOf(type)) + name
            + QStringLiteral("\033[0m") + padded.mid(name.size());
    }

    ScanOptions m_options;
    CliOutput m_out;
    const SmartcardList &m_list;
    std::map<QString, ReaderStatus> m_last; // each reader's state as last reported
};

// SIGINT and SIGTERM end the scan cleanly (the monitor is stopped, exit status 0).
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

bool quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    return true;
}

std::optional<int> readOptions(const QCommandLineParser &parser, const CliOutput &out, ScanOptions *options)
{
    const auto badInput = [&](const QString &message, const QJsonObject &details = {}) {
        out.error({ message, {}, details });
        return ExitBadInput;
    };
    if (!parser.positionalArguments().isEmpty())
        return badInput(QStringLiteral("scan takes no arguments, got \"%1\"")
                            .arg(parser.positionalArguments().join(' ')));
    options->json = parser.isSet("json");
    options->once = parser.isSet("once");
    if (parser.isSet("timeout")) {
        bool ok = false;
        const double seconds = parser.value("timeout").toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e9)
            return badInput(QStringLiteral("--timeout \"%1\" is not a number of seconds (0 or more)")
                                .arg(parser.value("timeout")),
                { { "option", "timeout" } });
        if (options->once)
            return badInput(QStringLiteral("--once prints the state now and exits: it takes no --timeout"),
                { { "option", "timeout" } });
        options->timeout = seconds;
    }
    const QByteArray term = qgetenv("TERM");
    options->colour = !options->json && ::isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR")
        && term != "dumb";
    return std::nullopt;
}

int scanOnce(ScanPrinter &printer, const CliOutput &out)
{
    const pcsc::ServiceSnapshot snapshot = pcsc::takeServiceSnapshot();
    if (!pcsc::succeeded(snapshot.status))
        return out.pcscFailure(QStringLiteral("cannot read the readers"), snapshot.status);
    printer.printSnapshot(snapshot.readers);
    return ExitSuccess;
}

} // namespace

int runScanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print every reader and card event as it happens: readers added and removed, cards inserted and\n"
        "removed (with the ATR, its summary and identification), other reader state changes, and the PC/SC\n"
        "service lost and restored. It keeps running when pcscd restarts.\n"
        "Exit status: 0 interrupted (Ctrl-C), timed out or --once done, 2 bad input, 3 --once and the PC/SC\n"
        "service not running."));
    parser.addHelpOption();
    parser.addOptions({
        { "json", QStringLiteral("One JSON object per event and line.") },
        { "timeout", QStringLiteral("Stop after this many seconds (exit status 0)."),
            QStringLiteral("seconds") },
        { "once", QStringLiteral("Print the readers and cards there now, then exit.") },
    });
    parser.process(arguments);
    const CliOutput out(parser.isSet("json"));
    ScanOptions options;
    if (const std::optional<int> status = readOptions(parser, out, &options))
        return *status;

    SmartcardList list;
    list.loadDefault(); // a missing list only means no identification
    ScanPrinter printer(options, list);
    if (options.once)
        return scanOnce(printer, out);

    quitOnSignals();
    CardMonitor monitor;
    printer.connectTo(monitor);
    monitor.start(); // the state now (if the engine has read it already), then every change
    if (options.timeout) {
        // QTimer counts in int milliseconds: longer timeouts end after about 24.8 days.
        const double ms
            = std::min(std::ceil(*options.timeout * 1000), double(std::numeric_limits<int>::max()));
        QTimer::singleShot(int(ms), QCoreApplication::instance(), &QCoreApplication::quit);
    }
    QCoreApplication::exec();
    return ExitSuccess;
}
