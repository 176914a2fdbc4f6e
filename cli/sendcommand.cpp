#include "sendcommand.h"

#include "apdu/commandapdu.h"
#include "clioutput.h"
#include "exitcode.h"
#include "pcsc/cardhandle.h"
#include "pcsc/readerstates.h"
#include "readerchoice.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QCommandLineParser>

#include <chrono>
#include <optional>

using namespace smartcard::pcsc;
using smartcard::Bytes;

namespace {

// Reports a bad APDU argument with a caret under the offending character (or byte).
void reportBadApdu(const CliOutput &out, int index, const QString &argument,
    const smartcard::ParseError &error, bool hexError)
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
        smartcard::HexParser::Result parsed = smartcard::HexParser::parse(arguments[i]);
        if (!parsed.isValid()) {
            reportBadApdu(out, i, arguments[i], *parsed.error, true);
            return std::nullopt;
        }
        if (parsed.bytes.empty()) {
            reportBadApdu(out, i, arguments[i], { 0, QStringLiteral("empty APDU") }, true);
            return std::nullopt;
        }
        const smartcard::CommandApdu structure = smartcard::CommandApdu::check(parsed.bytes);
        if (!unchecked && !structure.isValid()) {
            reportBadApdu(out, i, arguments[i], *structure.error(), false);
            return std::nullopt;
        }
        apdus.push_back(std::move(parsed.bytes));
    }
    return apdus;
}

// The reader to use: the one named, else the only reader holding a card.
std::optional<std::string> resolveReader(
    const Context &context, const QString &requested, const CliOutput &out, int *exitCode)
{
    std::vector<ReaderState> states;
    if (const ReturnCode rc = readReaderStates(context, &states); !succeeded(rc)) {
        *exitCode = out.pcscFailure(QStringLiteral("cannot read the readers"), rc);
        return std::nullopt;
    }
    std::vector<std::string> readers;
    std::vector<std::string> withCard;
    for (const ReaderState &state : states) {
        readers.push_back(state.reader);
        if (state.eventState & readerstate::Present)
            withCard.push_back(state.reader);
    }
    if (requested.isEmpty()) {
        if (withCard.size() == 1)
            return withCard.front();
        out.error({ withCard.empty()
                ? QStringLiteral("no reader holds a card; nothing was sent")
                : QStringLiteral("%1 readers hold a card: choose one with --reader; nothing was sent")
                      .arg(withCard.size()),
            {}, {} });
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    QString problem;
    const QString chosen = chooseReader(readers, requested, &problem);
    if (chosen.isEmpty()) {
        out.error({ problem + QStringLiteral("; nothing was sent"), ReturnCode::E_UnknownReader, {} });
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    return chosen.toStdString();
}

// One exchange; false when it failed (already reported).
bool exchange(const CardHandle &card, const Bytes &command, const CliOutput &out)
{
    Bytes response;
    const auto start = std::chrono::steady_clock::now();
    const ReturnCode rc = card.transmit(command, &response);
    const auto micros
        = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start)
              .count();
    const QString reader = QString::fromStdString(card.reader());
    const QString commandHex = smartcard::toHexString(command, u"");
    if (!succeeded(rc)) {
        out.error({ QStringLiteral("transmit to \"%1\" failed: %2")
                        .arg(reader, QString::fromStdString(describe(rc))),
            rc, { { "command", commandHex } } });
        return false;
    }
    // vpcd answers a pulled card with success and no bytes: that is no response, not a result.
    if (response.size() < 2) {
        out.error({ QStringLiteral("the card answered %1 byte(s); a response needs at least SW1 SW2")
                        .arg(response.size()),
            {}, { { "command", commandHex }, { "response", smartcard::toHexString(response, u"") } } });
        return false;
    }
    const std::span<const std::uint8_t> data(response.data(), response.size() - 2);
    const std::span<const std::uint8_t> sw(response.data() + response.size() - 2, 2);
    if (out.isJson()) {
        out.json({ { "reader", reader }, { "command", commandHex },
            { "response", smartcard::toHexString(data, u"") }, { "sw", smartcard::toHexString(sw, u"") },
            { "duration_us", qint64(micros) } });
        return true;
    }
    out.text("> " + smartcard::toHexString(command));
    const QString dataText = data.empty() ? QString() : smartcard::toHexString(data) + "  ";
    out.text(QStringLiteral("< %1%2  (%3 us)").arg(dataText, smartcard::toHexString(sw)).arg(micros));
    return true;
}

} // namespace

int runSendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Send command APDUs to the card in a reader and print each response and status word.\n"
        "Each APDU is one argument of hex digits; spaces, colons and either case are accepted.\n"
        "All APDUs are checked before the first is sent."));
    parser.addHelpOption();
    parser.addOption({ "reader",
        QStringLiteral("The reader: its name or a unique part of it. Default: the only "
                       "reader holding a card."),
        QStringLiteral("name") });
    parser.addOption({ "json", QStringLiteral("One JSON object per exchange and line.") });
    parser.addOption(
        { "unchecked", QStringLiteral("Send byte strings that are not well-formed APDUs as they are.") });
    parser.addPositionalArgument(QStringLiteral("APDU"),
        QStringLiteral("Command APDU in hex, e.g. \"00 A4 04 00\"."), QStringLiteral("APDU..."));
    parser.process(arguments);
    const CliOutput out(parser.isSet("json"));

    const QStringList apduArguments = parser.positionalArguments();
    if (apduArguments.isEmpty()) {
        out.error({ QStringLiteral("no APDU given; see cardscope-cli send --help"), {}, {} });
        return ExitBadInput;
    }
    const std::optional<std::vector<Bytes>> apdus = parseApdus(apduArguments, parser.isSet("unchecked"), out);
    if (!apdus)
        return ExitBadInput;

    Context context;
    if (const ReturnCode rc = context.establish(); !succeeded(rc))
        return out.pcscFailure(QStringLiteral("cannot reach the PC/SC service"), rc);
    int exitCode = ExitSuccess;
    const std::optional<std::string> reader = resolveReader(context, parser.value("reader"), out, &exitCode);
    if (!reader)
        return exitCode;

    CardHandle card(context);
    if (const ReturnCode rc = card.connect(*reader, ShareMode::Shared, protocol::Any); !succeeded(rc))
        return out.pcscFailure(
            QStringLiteral("cannot connect to the card in \"%1\"").arg(QString::fromStdString(*reader)), rc);
    for (const Bytes &apdu : *apdus) {
        if (!exchange(card, apdu, out))
            return ExitFailure;
    }
    return ExitSuccess;
}
