#include "swcommand.h"

#include "clioutput.h"
#include "exitcode.h"
#include "inputvalues.h"
#include "sw/iso7816_4_sw1errorchecker.h"
#include "sw/iso7816_4errorchecker.h"
#include "sw/iso7816_8errorchecker.h"
#include "sw/iso7816_9errorchecker.h"
#include "sw/op21_errorchecker.h"
#include "sw/statuswordexplainer.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <optional>

using namespace smartcard;

namespace {

struct StatusWord
{
    std::uint8_t sw1;
    std::uint8_t sw2;
};

// Every value must be two bytes of hex; the first that is not is reported and nothing is
// explained, so that a script never reads a partial answer as a complete one.
std::optional<std::vector<StatusWord>> parseStatusWords(const QStringList &values, const CliOutput &out)
{
    std::vector<StatusWord> words;
    for (int i = 0; i < values.size(); ++i) {
        const HexParser::Result parsed = HexParser::parse(values[i]);
        QString problem;
        if (parsed.error)
            problem = QStringLiteral("character %1: %2").arg(parsed.error->offset).arg(parsed.error->message);
        else if (parsed.bytes.size() != 2)
            problem
                = QStringLiteral("a status word is 2 bytes (SW1 SW2), this is %1").arg(parsed.bytes.size());
        if (!problem.isEmpty()) {
            out.error({ QStringLiteral("status word %1 (\"%2\"): %3").arg(i + 1).arg(values[i], problem), {},
                { { "value_index", i }, { "value", values[i] },
                    { "offset", parsed.error ? int(parsed.error->offset) : 0 } } });
            return std::nullopt;
        }
        words.push_back({ parsed.bytes[0], parsed.bytes[1] });
    }
    return words;
}

// The "checkers" object: each of pyscard's checkers by its key, and the class it raises.
QJsonObject checkerVerdicts(const StatusWord &sw)
{
    static const ISO7816_4ErrorChecker iso4;
    static const ISO7816_4_SW1ErrorChecker iso4Sw1;
    static const ISO7816_8ErrorChecker iso8;
    static const ISO7816_9ErrorChecker iso9;
    static const op21_ErrorChecker op21;
    const std::pair<const char *, const ErrorChecker *> checkers[] = {
        { "iso7816_4", &iso4 },
        { "iso7816_4_sw1", &iso4Sw1 },
        { "iso7816_8", &iso8 },
        { "iso7816_9", &iso9 },
        { "op21", &op21 },
    };
    QJsonObject verdicts;
    for (const auto &[key, checker] : checkers) {
        const std::optional<SWExceptionKind> kind = checker->raisedKind(sw.sw1, sw.sw2);
        verdicts.insert(QLatin1String(key), kind ? QJsonValue(exceptionClassName(*kind)) : QJsonValue());
    }
    return verdicts;
}

QJsonObject toJson(const StatusWord &sw, const StatusWordExplanation &explanation)
{
    QJsonArray alternatives;
    for (const StatusWordMeaning &alternative : explanation.alternatives)
        alternatives.append(QJsonObject { { "context", alternative.context }, { "text", alternative.text },
            { "category", categoryName(alternative.category) } });
    return QJsonObject {
        { "sw", toHexString(std::array { sw.sw1, sw.sw2 }, u"") },
        { "text", explanation.text() },
        { "category", categoryName(explanation.category()) },
        { "context", explanation.meaning.context },
        { "alternatives", alternatives },
        { "checkers", checkerVerdicts(sw) },
    };
}

void printReadable(const StatusWordExplanation &explanation, const CliOutput &out)
{
    out.text(
        QStringLiteral("%1  [%2; %3]")
            .arg(explanation.toString(), categoryName(explanation.category()), explanation.meaning.context));
    for (const StatusWordMeaning &alternative : explanation.alternatives)
        out.text(QStringLiteral("  or: %1  [%2; %3]")
                     .arg(alternative.text, categoryName(alternative.category), alternative.context));
}

} // namespace

int runSwCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Explains status words (SW1 SW2) by ISO 7816-4, GlobalPlatform and ETSI TS 102 221, and names the\n"
        "exception each of pyscard's error checkers raises for them. Without arguments, reads one status\n"
        "word per line of standard input."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("One JSON object per line."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("SW"), QStringLiteral("Status words: 9000, \"6A 82\", 63C2."),
        QStringLiteral("SW..."));
    if (!parser.parse(arguments)) {
        CliOutput(false).error({ parser.errorText(), {}, {} });
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitSuccess);
    const CliOutput out(parser.isSet(jsonOption));
    const QStringList values = inputValues(parser.positionalArguments());
    if (values.isEmpty()) {
        out.error({ QStringLiteral("no status word given (arguments, or one per line on standard input)"), {},
            {} });
        return ExitBadInput;
    }
    const std::optional<std::vector<StatusWord>> words = parseStatusWords(values, out);
    if (!words)
        return ExitBadInput;
    for (const StatusWord &sw : *words) {
        const StatusWordExplanation explanation = StatusWordExplainer::explain(sw.sw1, sw.sw2);
        if (out.isJson())
            out.json(toJson(sw, explanation));
        else
            printReadable(explanation, out);
    }
    return ExitSuccess;
}
