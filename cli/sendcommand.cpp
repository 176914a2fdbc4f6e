#include "sendcommand.h"

#include "apdu/commandapdu.h"
#include "clioutput.h"
#include "connection/cardconnectionobserver.h"
#include "connection/pcsccardconnection.h"
#include "connectionoptions.h"
#include "exceptions/exceptions.h"
#include "exitcode.h"
#include "pcsc/context.h"
#include "pcsc/readerstates.h"
#include "readerchoice.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

using namespace smartcard;
using pcsc::ReturnCode;

namespace {

constexpr int MaxRepeat = 10'000'000;

// How to connect and what to do, from the options.
struct SendOptions
{
    std::uint32_t protocol = CardConnection::T0_protocol | CardConnection::T1_protocol;
    pcsc::ShareMode mode = pcsc::ShareMode::Shared;
    bool getResponse = false;
    bool leCorrection = false;
    int repeat = 1;
    bool statistics = false; // --repeat given
};

// Reports a bad APDU argument with the offending character (or byte).
void reportBadApdu(
    const CliOutput &out, int index, const QString &argument, const ParseError &error, bool hexError)
{
    const QString where = hexError ? QStringLiteral("character %1").arg(error.offset)
                                   : QStringLiteral("byte %1").arg(error.offset);
    out.error({ QStringLiteral("APDU %1 (\"%2\"), %3: %4; nothing was sent")
                    .arg(index + 1)
                    .arg(argument, where, error.message),
        {},
        { { "apdu_index", index }, { "offset", int(error.offset) },
            { "kind", hexError ? "hex" : "structure" } } });
}

std::optional<std::vector<Bytes>> parseApdus(
    const QStringList &arguments, bool unchecked, const CliOutput &out)
{
    std::vector<Bytes> apdus;
    for (int i = 0; i < arguments.size(); ++i) {
        HexParser::Result parsed = HexParser::parse(arguments[i]);
        if (!parsed.isValid()) {
            reportBadApdu(out, i, arguments[i], *parsed.error, true);
            return std::nullopt;
        }
        if (parsed.bytes.empty()) {
            reportBadApdu(out, i, arguments[i], { 0, QStringLiteral("empty APDU") }, true);
            return std::nullopt;
        }
        const CommandApdu structure = CommandApdu::check(parsed.bytes);
        if (!unchecked && !structure.isValid()) {
            reportBadApdu(out, i, arguments[i], *structure.error(), false);
            return std::nullopt;
        }
        apdus.push_back(std::move(parsed.bytes));
    }
    return apdus;
}

// --protocol, --mode and --repeat; false (reported) on a value that is not one of theirs.
bool readOptions(const QCommandLineParser &parser, const CliOutput &out, SendOptions *options)
{
    const QString mode = parser.isSet("mode") ? parser.value("mode") : QStringLiteral("shared");
    if (mode == u"exclusive")
        options->mode = pcsc::ShareMode::Exclusive;
    else if (mode == u"direct")
        options->mode = pcsc::ShareMode::Direct;
    else if (mode != u"shared") {
        out.error(
            { QStringLiteral("--mode \"%1\": use shared, exclusive or direct; nothing was sent").arg(mode),
                {}, { { "option", "mode" } } });
        return false;
    }
    // Direct mode talks to the reader, with a card or not: no protocol unless one is asked for.
    const bool direct = options->mode == pcsc::ShareMode::Direct;
    const std::optional<std::uint32_t> protocol
        = readProtocol(parser, out, direct ? QStringLiteral("none") : QStringLiteral("any"), direct);
    if (!protocol)
        return false;
    options->protocol = *protocol;
    options->getResponse = parser.isSet("get-response");
    options->leCorrection = parser.isSet("le-correction");
    options->statistics = parser.isSet("repeat");
    if (options->statistics) {
        bool ok = false;
        options->repeat = parser.value("repeat").toInt(&ok);
        if (!ok || options->repeat < 1 || options->repeat > MaxRepeat) {
            out.error({ QStringLiteral("--repeat \"%1\": give a count from 1 to %2; nothing was sent")
                            .arg(parser.value("repeat"))
                            .arg(MaxRepeat),
                {}, { { "option", "repeat" } } });
            return false;
        }
    }
    return true;
}

// Prints every exchange on the wire as the connection reports it, including those the GET
// RESPONSE and Le helpers add (with the exchange they serve as "origin"), and keeps their
// durations for the statistics.
class ExchangePrinter : public CardConnectionObserver
{
public:
    ExchangePrinter(const CliOutput &out, QString reader)
        : m_out(out)
        , m_reader(std::move(reader))
    { }

    void update(CardConnection *, const CardConnectionEvent &event) override
    {
        if (event.type == CardConnectionEvent::Type::Command) {
            m_command = event.data;
            return;
        }
        if (event.type != CardConnectionEvent::Type::Response || event.failed())
            return;
        m_durationsNs.push_back(event.durationNs);
        if (m_printing)
            print(event);
    }

    void setPrinting(bool printing) { m_printing = printing; }
    const std::vector<qint64> &durationsNs() const { return m_durationsNs; }
    const Bytes &lastCommand() const { return m_command; }

    // After transmit(): the complete answer, when the helpers made it of several exchanges.
    void printResult(const Bytes &command, const CardConnection::Response &response, quint64 exchanges,
        qint64 totalNs) const
    {
        const QString data = toHexString(response.data, u"");
        const QString sw = QStringLiteral("%1").arg(response.sw(), 4, 16, QLatin1Char('0')).toUpper();
        if (m_out.isJson()) {
            m_out.json({ { "reader", m_reader }, { "result", true }, { "command", toHexString(command, u"") },
                { "response", data }, { "sw", sw }, { "exchanges", qint64(exchanges) },
                { "duration_us", qint64(totalNs / 1000) } });
            return;
        }
        const QString dataText = response.data.empty() ? QString() : toHexString(response.data) + "  ";
        m_out.text(QStringLiteral("= %1%2 %3  (%4 bytes from %5 exchanges)")
                       .arg(dataText, sw.left(2), sw.right(2))
                       .arg(response.data.size())
                       .arg(exchanges));
    }

private:
    void print(const CardConnectionEvent &event) const
    {
        const QString sw = QStringLiteral("%1%2")
                               .arg(event.sw1, 2, 16, QLatin1Char('0'))
                               .arg(event.sw2, 2, 16, QLatin1Char('0'))
                               .toUpper();
        const qint64 micros = event.durationNs / 1000;
        if (m_out.isJson()) {
            QJsonObject object { { "reader", m_reader }, { "exchange", qint64(event.exchangeId) },
                { "command", toHexString(m_command, u"") }, { "response", toHexString(event.data, u"") },
                { "sw", sw }, { "duration_us", micros } };
            if (event.originId)
                object.insert("origin", qint64(event.originId));
            m_out.json(object);
            return;
        }
        const QString origin
            = event.originId ? QStringLiteral("  (added for exchange %1)").arg(event.originId) : QString();
        m_out.text("> " + toHexString(m_command) + origin);
        const QString dataText = event.data.empty() ? QString() : toHexString(event.data) + "  ";
        m_out.text(QStringLiteral("< %1%2 %3  (%4 us)").arg(dataText, sw.left(2), sw.right(2)).arg(micros));
    }

    const CliOutput &m_out;
    QString m_reader;
    Bytes m_command;
    bool m_printing = true;
    std::vector<qint64> m_durationsNs;
};

// min, median, p99 (nearest rank) and max of the exchange durations, in µs, and the rate.
void printStatistics(const CliOutput &out, std::vector<qint64> durationsNs, int rounds, qint64 elapsedNs)
{
    if (durationsNs.empty())
        return;
    std::sort(durationsNs.begin(), durationsNs.end());
    const std::size_t count = durationsNs.size();
    // Microseconds to one decimal: the JSON numbers read as the text does.
    auto micros = [](qint64 ns) { return std::round(double(ns) / 100.0) / 10.0; };
    auto rank = [&](double fraction) {
        const auto index = std::size_t(std::ceil(fraction * double(count)));
        return micros(durationsNs[std::clamp<std::size_t>(index, 1, count) - 1]);
    };
    const double minUs = micros(durationsNs.front());
    const double maxUs = micros(durationsNs.back());
    const double perSecond = elapsedNs > 0 ? double(count) * 1e9 / double(elapsedNs) : 0.0;
    if (out.isJson()) {
        out.json({ { "statistics",
            QJsonObject { { "rounds", rounds }, { "exchanges", qint64(count) }, { "min_us", minUs },
                { "median_us", rank(0.5) }, { "p99_us", rank(0.99) }, { "max_us", maxUs },
                { "elapsed_us", elapsedNs / 1000 },
                { "apdu_per_s", std::round(perSecond * 10.0) / 10.0 } } } });
        return;
    }
    out.text(QStringLiteral("%1 exchanges in %2 rounds, %3 ms: %4 APDU/s; min %5 us, median %6 us, "
                            "p99 %7 us, max %8 us")
                 .arg(count)
                 .arg(rounds)
                 .arg(double(elapsedNs) / 1e6, 0, 'f', 1)
                 .arg(perSecond, 0, 'f', 0)
                 .arg(minUs, 0, 'f', 1)
                 .arg(rank(0.5), 0, 'f', 1)
                 .arg(rank(0.99), 0, 'f', 1)
                 .arg(maxUs, 0, 'f', 1));
}

int exitCodeFor(const SmartcardException &error)
{
    if (error.hresult() == ReturnCode::E_NoService)
        return ExitNoService;
    if (dynamic_cast<const InvalidReaderException *>(&error))
        return ExitBadInput;
    return ExitFailure;
}

void reportFailure(const CliOutput &out, const QString &what, const SmartcardException &error,
    const QJsonObject &details = {})
{
    QString message = what + QStringLiteral(": ") + QString::fromUtf8(error.what());
    if (error.hresult() == ReturnCode::E_NoService)
        message += QStringLiteral(" Start it (pcscd) or check PCSCLITE_CSOCK_NAME.");
    out.error({ message, error.hresult(), details });
}

// Connects and sends every APDU `repeat` times; prints the first round's exchanges.
int sendAll(
    const QString &reader, const std::vector<Bytes> &apdus, const SendOptions &options, const CliOutput &out)
{
    std::optional<PCSCCardConnection> connection;
    try {
        connection.emplace(reader);
        connection->connect(options.protocol, options.mode);
    } catch (const SmartcardException &e) {
        reportFailure(out, QStringLiteral("cannot connect to the card in \"%1\"").arg(reader), e);
        return exitCodeFor(e);
    }
    connection->setAutoGetResponse(options.getResponse);
    connection->setAutoLeCorrection(options.leCorrection);
    ExchangePrinter printer(out, reader);
    connection->addObserver(&printer);

    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < options.repeat; ++round) {
        printer.setPrinting(round == 0);
        for (const Bytes &apdu : apdus) {
            const std::size_t before = printer.durationsNs().size();
            try {
                const CardConnection::Response response = connection->transmit(apdu);
                const std::size_t exchanges = printer.durationsNs().size() - before;
                if (round == 0 && exchanges > 1) {
                    qint64 total = 0;
                    for (std::size_t i = before; i < printer.durationsNs().size(); ++i)
                        total += printer.durationsNs()[i];
                    printer.printResult(apdu, response, exchanges, total);
                }
            } catch (const SmartcardException &e) {
                reportFailure(out, QStringLiteral("transmit to \"%1\" failed").arg(reader), e,
                    { { "command", toHexString(printer.lastCommand(), u"") } });
                return exitCodeFor(e);
            }
        }
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    if (options.statistics)
        printStatistics(out, printer.durationsNs(), options.repeat,
            std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count());
    connection->deleteObserver(&printer);
    return ExitSuccess;
}

void addOptions(QCommandLineParser &parser)
{
    addConnectionOptions(
        parser, QStringLiteral("t0, t1, any (the card's, default) or raw. In direct mode: none by default."));
    parser.addOption(
        { "mode", QStringLiteral("shared (default), exclusive or direct."), QStringLiteral("mode") });
    parser.addOption(
        { "repeat", QStringLiteral("Send the APDUs N times; print the first round and timing statistics."),
            QStringLiteral("N") });
    parser.addOption({ "json", QStringLiteral("One JSON object per exchange and line.") });
    parser.addPositionalArgument(QStringLiteral("APDU"),
        QStringLiteral("Command APDU in hex, e.g. \"00 A4 04 00\"."), QStringLiteral("APDU..."));
}

} // namespace

int runSendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Send command APDUs to the card in a reader and print each response and status word.\n"
        "Each APDU is one argument of hex digits; spaces, colons and either case are accepted.\n"
        "All APDUs and options are checked before the first APDU is sent."));
    addOptions(parser);
    parser.process(arguments);
    const CliOutput out(parser.isSet("json"));

    const QStringList apduArguments = parser.positionalArguments();
    if (apduArguments.isEmpty()) {
        out.error({ QStringLiteral("no APDU given; see cardscope-cli send --help"), {}, {} });
        return ExitBadInput;
    }
    SendOptions options;
    if (!readOptions(parser, out, &options))
        return ExitBadInput;
    const std::optional<std::vector<Bytes>> apdus = parseApdus(apduArguments, parser.isSet("unchecked"), out);
    if (!apdus)
        return ExitBadInput;

    int exitCode = ExitSuccess;
    const std::optional<QString> reader = resolveReader(parser.value("reader"), out, &exitCode);
    if (!reader)
        return exitCode;
    return sendAll(*reader, *apdus, options, out);
}
