#include "listcommand.h"

#include "clioutput.h"
#include "exitcode.h"
#include "pcsc/readerstatenames.h"
#include "pcsc/readerstates.h"
#include "util/hexstring.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace smartcard::pcsc;

namespace {

void printReader(const CliOutput &out, int index, const ReaderState &state)
{
    const bool present = state.eventState & readerstate::Present;
    const QString reader = QString::fromStdString(state.reader);
    const QString atr = present ? smartcard::toHexString(state.atr, u"") : QString();
    const QStringList flags
        = readerStateNames(state.eventState & readerstate::FlagMask & ~readerstate::Changed);
    if (out.isJson()) {
        out.json({
            { "reader", reader },
            { "present", present },
            { "atr", present ? QJsonValue(atr) : QJsonValue() },
            { "state", QJsonArray::fromStringList(flags) },
            { "counter", int(readerstate::eventCounter(state.eventState)) },
        });
        return;
    }
    out.text(QStringLiteral("Reader %1: %2").arg(index).arg(reader));
    out.text(QStringLiteral("  State: %1").arg(flags.join(", ")));
    if (present)
        out.text(QStringLiteral("  ATR:   %1").arg(smartcard::toHexString(state.atr)));
}

} // namespace

int runListCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the readers, whether a card is present, and its ATR."));
    parser.addHelpOption();
    parser.addOption({ "json", QStringLiteral("One JSON object per reader and line.") });
    parser.process(arguments);
    const CliOutput out(parser.isSet("json"));
    if (!parser.positionalArguments().isEmpty()) {
        out.error({ QStringLiteral("list takes no arguments, got \"%1\"")
                        .arg(parser.positionalArguments().join(' ')),
            {}, {} });
        return ExitBadInput;
    }

    Context context;
    if (const ReturnCode rc = context.establish(); !succeeded(rc))
        return out.pcscFailure(QStringLiteral("cannot reach the PC/SC service"), rc);
    std::vector<ReaderState> states;
    if (const ReturnCode rc = readReaderStates(context, &states); !succeeded(rc))
        return out.pcscFailure(QStringLiteral("cannot read the readers"), rc);
    if (states.empty() && !out.isJson())
        out.text(QStringLiteral("No readers."));
    for (std::size_t i = 0; i < states.size(); ++i)
        printReader(out, int(i), states[i]);
    return ExitSuccess;
}
