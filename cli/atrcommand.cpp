#include "atrcommand.h"

#include "atr/atr.h"
#include "atr/atrrenderer.h"
#include "atr/smartcardlist.h"
#include "clioutput.h"
#include "exitcode.h"
#include "inputvalues.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <optional>

using smartcard::ATR;
using smartcard::SmartcardList;

namespace {

QJsonValue hexOrNull(const std::optional<std::uint8_t> &value)
{
    if (!value)
        return QJsonValue::Null;
    return smartcard::toHexString(std::span<const std::uint8_t>(&*value, 1));
}

QJsonArray interfaceJson(const ATR &atr)
{
    QJsonArray groups;
    for (const ATR::InterfaceGroup &group : atr.interfaceGroups())
        groups.append(QJsonObject { { "i", group.i }, { "TA", hexOrNull(group.ta) },
            { "TB", hexOrNull(group.tb) }, { "TC", hexOrNull(group.tc) }, { "TD", hexOrNull(group.td) } });
    return groups;
}

QJsonArray breakdownJson(const ATR &atr)
{
    QJsonArray bytes;
    for (const smartcard::AtrByte &byte : atr.breakdown())
        bytes.append(QJsonObject { { "offset", byte.offset }, { "name", byte.name },
            { "value", hexOrNull(byte.value) }, { "meaning", byte.meaning } });
    return bytes;
}

QStringList errorTexts(const ATR &atr)
{
    QStringList texts;
    for (const smartcard::ParseError &error : atr.errors())
        texts << QStringLiteral("byte %1: %2").arg(error.offset).arg(error.message);
    return texts;
}

QJsonObject atrJson(const ATR &atr, const std::optional<QStringList> &identified)
{
    QJsonValue ts = QJsonValue::Null;
    if (atr.convention() != ATR::Convention::Unknown)
        ts = atr.convention() == ATR::Convention::Direct ? QStringLiteral("direct")
                                                         : QStringLiteral("inverse");
    QJsonArray protocols;
    for (int t : atr.protocols())
        protocols.append(t);
    QJsonValue tckValid = QJsonValue::Null;
    if (atr.isTckValid())
        tckValid = *atr.isTckValid();
    return { { "atr", smartcard::toHexString(atr.bytes(), u"") }, { "ts", ts }, { "t0", hexOrNull(atr.t0()) },
        { "interface", interfaceJson(atr) }, { "protocols", protocols },
        { "historical", smartcard::toHexString(atr.historical().bytes(), u"") },
        { "historical_category", smartcard::HistoricalBytes::categoryName(atr.historical().category()) },
        { "tck", hexOrNull(atr.tck()) }, { "tck_valid", tckValid }, { "valid", atr.isValid() },
        { "identified", identified ? QJsonValue(QJsonArray::fromStringList(*identified)) : QJsonValue::Null },
        { "errors", QJsonArray::fromStringList(errorTexts(atr)) }, { "bytes", breakdownJson(atr) } };
}

// The list of known cards; its problems are warnings on stderr, never a failure of `atr`.
SmartcardList loadList(const QStringList &files)
{
    SmartcardList list;
    if (files.isEmpty())
        list.loadDefault();
    else
        list.load(files);
    for (const SmartcardList::Problem &problem : list.problems())
        std::fprintf(stderr, "cardscope-cli: warning: %s:%d: %s\n", qPrintable(problem.source), problem.line,
            qPrintable(problem.message));
    if (!list.isInstalled())
        std::fprintf(stderr, "cardscope-cli: warning: %s\n",
            files.isEmpty()
                ? "smartcard_list.txt is not installed (Debian: apt install pcsc-tools); cards are "
                  "not identified"
                : "none of the --list files exists; cards are not identified");
    return list;
}

// One ATR value; the exit status it calls for.
int analyse(int index, const QString &value, const std::optional<SmartcardList> &list, const CliOutput &out)
{
    const smartcard::HexParser::Result parsed = smartcard::HexParser::parse(value);
    if (!parsed.isValid() || parsed.bytes.empty()) {
        const smartcard::ParseError error
            = parsed.error.value_or(smartcard::ParseError { 0, QStringLiteral("empty ATR") });
        out.error({ QStringLiteral("ATR %1 (\"%2\"), character %3: %4")
                        .arg(index + 1)
                        .arg(value)
                        .arg(error.offset)
                        .arg(error.message),
            {}, { { "atr_index", index }, { "offset", int(error.offset) }, { "kind", "hex" } } });
        return ExitBadInput;
    }
    const ATR atr(parsed.bytes);
    std::optional<QStringList> identified;
    if (list && list->isInstalled())
        identified = list->identify(atr.bytes());
    if (out.isJson()) {
        out.json(atrJson(atr, identified));
    } else {
        QString text = smartcard::renderAtr(atr, identified.value_or(QStringList()));
        if (identified && identified->isEmpty())
            text += QStringLiteral("Identified: not in smartcard_list.txt\n");
        else if (list && !identified)
            text += QStringLiteral("Identified: not possible, smartcard_list.txt is not installed\n");
        out.text(text);
    }
    return atr.isValid() ? ExitSuccess : ExitFailure;
}

} // namespace

int runAtrCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Analyse ATRs byte by byte (ISO/IEC 7816-3 and -4) and identify the card from smartcard_list.txt.\n"
        "Each ATR is one argument of hex digits, or one per line of standard input.\n"
        "Exit status: 0 every ATR is clean, 1 an ATR has problems (all are still printed), 2 unreadable "
        "hex."));
    parser.addHelpOption();
    parser.addOption({ "json", QStringLiteral("One JSON object per ATR and line.") });
    parser.addOption({ "list",
        QStringLiteral(
            "Identify with this smartcard_list.txt instead of the user's and the system's (repeatable)."),
        QStringLiteral("file") });
    parser.addOption({ "no-identify", QStringLiteral("Do not read smartcard_list.txt.") });
    parser.addPositionalArgument(QStringLiteral("ATR"), QStringLiteral("ATR in hex, e.g. \"3B 02 14 50\"."),
        QStringLiteral("[ATR...]"));
    parser.process(arguments);
    const CliOutput out(parser.isSet("json"));

    const QStringList values = inputValues(parser.positionalArguments());
    if (values.isEmpty()) {
        out.error({ QStringLiteral("no ATR given; see cardscope-cli atr --help"), {}, {} });
        return ExitBadInput;
    }
    std::optional<SmartcardList> list;
    if (!parser.isSet("no-identify"))
        list = loadList(parser.values("list"));
    int status = ExitSuccess;
    for (int i = 0; i < values.size(); ++i)
        status = std::max(status, analyse(i, values.at(i), list, out));
    return status;
}
