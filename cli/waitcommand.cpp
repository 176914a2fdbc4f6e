#include "waitcommand.h"

#include "cardtype/atrcardtype.h"
#include "clioutput.h"
#include "exceptions/exceptions.h"
#include "exitcode.h"
#include "pcsc/context.h"
#include "readerchoice.h"
#include "request/cardrequest.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QCommandLineParser>

#include <cmath>

using namespace smartcard;

namespace {

struct WaitOptions
{
    QStringList readers; // empty: every reader
    std::shared_ptr<const CardType> cardType; // null: any card
    CardRequest::Timeout timeout = CardRequest::Infinite;
    bool newCardOnly = false;
};

int badInput(const CliOutput &out, const QString &message, const QJsonObject &details = {})
{
    out.error({ message, {}, details });
    return ExitBadInput;
}

// The bytes of a hex option, or an error naming the option and the character.
std::optional<Bytes> hexOption(const CliOutput &out, const QString &option, const QString &text)
{
    const HexParser::Result parsed = HexParser::parse(text);
    if (parsed.error) {
        badInput(out,
            QStringLiteral("--%1 \"%2\", character %3: %4")
                .arg(option, text)
                .arg(parsed.error->offset)
                .arg(parsed.error->message),
            { { "option", option }, { "offset", int(parsed.error->offset) }, { "kind", "hex" } });
        return std::nullopt;
    }
    if (parsed.bytes.empty()) {
        badInput(out, QStringLiteral("--%1 is empty").arg(option), { { "option", option } });
        return std::nullopt;
    }
    return parsed.bytes;
}

// --atr and --mask as a card type; returns an exit status on bad input.
std::optional<int> readCardType(const QCommandLineParser &parser, const CliOutput &out, WaitOptions *options)
{
    if (!parser.isSet("atr")) {
        if (parser.isSet("mask"))
            return badInput(out, QStringLiteral("--mask needs --atr"), { { "option", "mask" } });
        return std::nullopt;
    }
    const std::optional<Bytes> atr = hexOption(out, QStringLiteral("atr"), parser.value("atr"));
    if (!atr)
        return ExitBadInput;
    std::optional<Bytes> mask;
    if (parser.isSet("mask")) {
        mask = hexOption(out, QStringLiteral("mask"), parser.value("mask"));
        if (!mask)
            return ExitBadInput;
    }
    try {
        options->cardType = std::make_shared<ATRCardType>(*atr, mask);
    } catch (const InvalidATRMaskLengthException &e) {
        return badInput(out,
            QStringLiteral("%1 (%2 bytes for an ATR of %3)")
                .arg(e.message())
                .arg(mask->size())
                .arg(atr->size()),
            { { "option", "mask" } });
    }
    return std::nullopt;
}

// --reader as one reader name (exact, or the only one containing it); an exit status on failure.
std::optional<int> readReader(const QString &requested, const CliOutput &out, WaitOptions *options)
{
    pcsc::Context context;
    if (const pcsc::ReturnCode rc = context.establish(); !pcsc::succeeded(rc))
        return out.pcscFailure(QStringLiteral("cannot reach the PC/SC service"), rc);
    std::vector<std::string> readers;
    if (const pcsc::ReturnCode rc = context.listReaders(&readers); !pcsc::succeeded(rc))
        return out.pcscFailure(QStringLiteral("cannot list the readers"), rc);
    QString problem;
    const QString chosen = chooseReader(readers, requested, &problem);
    if (chosen.isEmpty()) {
        out.error({ problem, pcsc::ReturnCode::E_UnknownReader, {} });
        return ExitBadInput;
    }
    options->readers = { chosen };
    return std::nullopt;
}

std::optional<int> readOptions(const QCommandLineParser &parser, const CliOutput &out, WaitOptions *options)
{
    if (!parser.positionalArguments().isEmpty()) {
        return badInput(out,
            QStringLiteral("wait takes no arguments, got \"%1\"")
                .arg(parser.positionalArguments().join(' ')));
    }
    if (parser.isSet("timeout")) {
        bool ok = false;
        const double seconds = parser.value("timeout").toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0) {
            return badInput(out,
                QStringLiteral("--timeout \"%1\" is not a number of seconds (0 or more)")
                    .arg(parser.value("timeout")),
                { { "option", "timeout" } });
        }
        options->timeout = seconds;
    }
    options->newCardOnly = parser.isSet("new");
    if (const std::optional<int> status = readCardType(parser, out, options))
        return status;
    if (parser.isSet("reader"))
        return readReader(parser.value("reader"), out, options);
    return std::nullopt;
}

void printCard(const CliOutput &out, const Card &card)
{
    if (out.isJson()) {
        out.json({ { "reader", card.reader().name() }, { "atr", toHexString(card.atr(), u"") } });
        return;
    }
    out.text(QStringLiteral("Reader: %1").arg(card.reader().name()));
    out.text(QStringLiteral("ATR:    %1").arg(toHexString(card.atr())));
}

int reportTimeout(const CliOutput &out, const WaitOptions &options)
{
    const double seconds = options.timeout.value_or(0);
    out.error({ QStringLiteral("no %1card%2 within %3 s")
                    .arg(options.newCardOnly ? QStringLiteral("new ") : QString(),
                        options.cardType ? QStringLiteral(" matching the ATR") : QString(),
                        QString::number(seconds)),
        {}, { { "kind", "timeout" }, { "timeout_s", seconds } } });
    return ExitTimedOut;
}

int reportFailure(const CliOutput &out, const CardRequestException &e)
{
    const std::optional<pcsc::ReturnCode> code = e.hresult();
    const bool noService = code == pcsc::ReturnCode::E_NoService || code == pcsc::ReturnCode::F_CommError;
    QString message = code ? e.message() + ": " + QString::fromStdString(pcsc::describe(*code)) : e.message();
    if (noService)
        message += QStringLiteral(" Start it (pcscd) or check PCSCLITE_CSOCK_NAME.");
    out.error({ message, code, {} });
    return noService ? ExitNoService : ExitFailure;
}

} // namespace

int runWaitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Wait for a card (any card, or one whose ATR matches) and print its reader and ATR.\n"
                       "Exit status: 0 card found, 4 timed out, 2 bad input, 3 PC/SC service not running."));
    parser.addHelpOption();
    parser.addOptions({
        { "reader", QStringLiteral("Watch only this reader (its name or a part only it contains)."),
            QStringLiteral("name") },
        { "atr", QStringLiteral("Wait for a card with this ATR (hex)."), QStringLiteral("hex") },
        { "mask", QStringLiteral("Compare only the ATR bits set here (hex, as long as --atr)."),
            QStringLiteral("hex") },
        { "timeout", QStringLiteral("Give up after this many seconds (default: wait forever)."),
            QStringLiteral("seconds") },
        { "new", QStringLiteral("Ignore cards already present: only a card inserted from now on counts.") },
        { "json", QStringLiteral("Print the card as one JSON object.") },
    });
    parser.process(arguments);
    const CliOutput out(parser.isSet("json"));

    WaitOptions options;
    if (const std::optional<int> status = readOptions(parser, out, &options))
        return *status;

    CardRequest request(options.newCardOnly, options.readers, options.cardType, {}, options.timeout);
    try {
        printCard(out, request.waitForMatchingCard());
        return ExitSuccess;
    } catch (const CardRequestTimeoutException &) {
        return reportTimeout(out, options);
    } catch (const CardRequestException &e) {
        return reportFailure(out, e);
    }
}
