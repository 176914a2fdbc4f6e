#include "runcommand.h"

#include "clioutput.h"
#include "connection/pcsccardconnection.h"
#include "connectionoptions.h"
#include "exceptions/exceptions.h"
#include "exitcode.h"
#include "pcsc/context.h"
#include "pcsc/readerstates.h"
#include "readerchoice.h"
#include "script/scriptparser.h"
#include "script/scriptrunner.h"
#include "scriptreport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace smartcard;
using pcsc::ReturnCode;

namespace {

struct RunOptions
{
    std::uint32_t protocol = CardConnection::T0_protocol | CardConnection::T1_protocol;
    bool strict = false;
    bool getResponse = false;
    bool leCorrection = false;
};

bool readOptions(const QCommandLineParser &parser, const CliOutput &out, RunOptions *options)
{
    const std::optional<std::uint32_t> protocol = readProtocol(parser, out, QStringLiteral("any"));
    if (!protocol)
        return false;
    options->protocol = *protocol;
    options->strict = parser.isSet("strict");
    options->getResponse = parser.isSet("get-response");
    options->leCorrection = parser.isSet("le-correction");
    return true;
}

// The script's text, from the file or (for "-") standard input.
std::optional<QString> readScript(const QString &name, const CliOutput &out)
{
    QFile file;
    const bool opened = name == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        out.error({ QStringLiteral("cannot read \"%1\": %2; nothing was sent").arg(name, file.errorString()),
            {}, { { "kind", "file" } } });
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

// Reports every problem of the script, compiler-style ("script.apdu:3:7: ..."); true if none.
bool checkScript(const Script &script, const QString &name, const CliOutput &out)
{
    for (const ScriptError &error : script.errors) {
        out.error({ QStringLiteral("%1:%2:%3: %4")
                        .arg(name == u"-" ? QStringLiteral("<stdin>") : name)
                        .arg(error.line)
                        .arg(error.column)
                        .arg(error.message),
            {}, { { "kind", "script" }, { "line", error.line }, { "column", error.column } } });
    }
    if (script.isValid())
        return true;
    out.error({ QStringLiteral("%1 problem(s) in the script; nothing was sent").arg(script.errors.size()), {},
        { { "kind", "script" }, { "problems", int(script.errors.size()) } } });
    return false;
}

int runScript(const QString &reader, const Script &script, const RunOptions &options, const CliOutput &out)
{
    std::optional<PCSCCardConnection> connection;
    try {
        connection.emplace(reader);
        connection->connect(options.protocol);
    } catch (const SmartcardException &e) {
        QString message = QStringLiteral("cannot connect to the card in \"%1\": %2")
                              .arg(reader, QString::fromUtf8(e.what()));
        const bool noService = e.hresult() == ReturnCode::E_NoService;
        if (noService)
            message += QStringLiteral(" Start it (pcscd) or check PCSCLITE_CSOCK_NAME.");
        out.error({ message, e.hresult(), {} });
        return noService ? ExitNoService : ExitFailure;
    }
    connection->setAutoGetResponse(options.getResponse);
    connection->setAutoLeCorrection(options.leCorrection);

    ScriptRunner::Options runnerOptions;
    runnerOptions.strict = options.strict;
    runnerOptions.protocol = options.protocol;
    ScriptRunner runner(&*connection, script.steps, runnerOptions);
    ScriptReport report(out, reader, options.strict);
    runner.setResultCallback([&report](const ScriptStepResult &result) { report.step(result); });
    const ScriptRunner::State state = runner.run();
    report.summary(runner);
    return state == ScriptRunner::State::Finished ? ExitSuccess : ExitFailure;
}

void addOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser, QStringLiteral("t0, t1, any (the card's, default) or raw; also for reset."));
    parser.addOption({ "json", QStringLiteral("One JSON object per step and a summary object.") });
    parser.addOption(
        { "strict", QStringLiteral("A command without an expected response must answer 90 00.") });
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("The script (docs/scripts.md); - for standard input."));
}

} // namespace

int runRunCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run a scriptor-format script (hex APDU lines, reset, # comments, \\ continuation) with\n"
        "expected responses (\"< 90 00\", \"< 61 ??\", \"< 6F * 90 00\") on the card in a reader.\n"
        "The whole script is checked before anything is sent; the first failure stops the run."));
    addOptions(parser);
    parser.process(arguments);
    const CliOutput out(parser.isSet("json"));

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        out.error(
            { files.isEmpty() ? QStringLiteral("no script given; see cardscope-cli run --help")
                              : QStringLiteral("give one script, not %1; nothing was sent").arg(files.size()),
                {}, {} });
        return ExitBadInput;
    }
    RunOptions options;
    if (!readOptions(parser, out, &options))
        return ExitBadInput;
    const std::optional<QString> text = readScript(files.first(), out);
    if (!text)
        return ExitBadInput;
    ScriptParser::Options parseOptions;
    parseOptions.checkStructure = !parser.isSet("unchecked");
    const Script script = ScriptParser::parse(*text, parseOptions);
    if (!checkScript(script, files.first(), out))
        return ExitBadInput;

    int exitCode = ExitSuccess;
    const std::optional<QString> reader = resolveReader(parser.value("reader"), out, &exitCode);
    if (!reader)
        return exitCode;
    return runScript(*reader, script, options, out);
}
