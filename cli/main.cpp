// cardscope-cli: CardScope's engine for terminals and scripts.
#include "atrcommand.h"
#include "exitcode.h"
#include "featurescommand.h"
#include "listcommand.h"
#include "runcommand.h"
#include "scancommand.h"
#include "sendcommand.h"
#include "swcommand.h"
#include "tlvcommand.h"
#include "version.h"
#include "waitcommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>

namespace {

using Verb = std::function<int(const QStringList &)>;

const std::map<QString, std::pair<Verb, const char *>> &verbs()
{
    static const std::map<QString, std::pair<Verb, const char *>> table {
        { "atr", { runAtrCommand, "analyse ATRs byte by byte and identify the card" } },
        { "features", { runFeaturesCommand, "reader attributes and PC/SC part 10 features" } },
        { "list", { runListCommand, "readers, card presence and ATRs" } },
        { "run", { runRunCommand, "run a scriptor-format script with expected responses" } },
        { "scan", { runScanCommand, "print reader and card events as they happen (pcsc_scan)" } },
        { "send", { runSendCommand, "send APDUs to a card and print the responses" } },
        { "sw", { runSwCommand, "explain status words and name the checkers' exceptions" } },
        { "tlv", { runTlvCommand, "decode BER-TLV data into a tree, malformed parts with offsets" } },
        { "wait", { runWaitCommand, "wait for a card (any, by ATR and mask, or new only)" } },
    };
    return table;
}

void printUsage(std::FILE *stream)
{
    std::fputs("Usage: cardscope-cli VERB [options] [arguments]\n\nVerbs:\n", stream);
    for (const auto &[name, verb] : verbs())
        std::fprintf(stream, "  %-8s %s\n", qPrintable(name), verb.second);
    std::fputs("\n'cardscope-cli VERB --help' describes a verb. Exit status: 0 success, 1 operation failed,\n"
               "2 bad input (nothing sent), 3 PC/SC service not running, 4 wait timed out.\n",
        stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cardscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDSCOPE_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(stderr);
        return ExitBadInput;
    }
    const QString verbName = arguments.at(1);
    if (verbName == "--help" || verbName == "-h" || verbName == "help") {
        printUsage(stdout);
        return ExitSuccess;
    }
    if (verbName == "--version" || verbName == "-v") {
        std::printf("cardscope-cli %s\n", CARDSCOPE_VERSION);
        return ExitSuccess;
    }
    const auto verb = verbs().find(verbName);
    if (verb == verbs().end()) {
        std::fprintf(stderr, "cardscope-cli: unknown verb \"%s\"\n\n", qPrintable(verbName));
        printUsage(stderr);
        return ExitBadInput;
    }
    // QCommandLineParser expects the program name first: "cardscope-cli send".
    arguments.removeAt(1);
    arguments[0] += ' ' + verbName;
    return verb->second.first(arguments);
}
