// cardscope-rig: a private pcscd with vpcd readers and emulated cards around a command,
// for scripts/run, the demo and benchmarks.
//
//   cardscope-rig [--readers N] [--card SLOT:t0|t1[:ATRHEX]]... [--debug] [-- COMMAND ARGS...]
//
// With a COMMAND: runs it with PCSCLITE_CSOCK_NAME set, exits with its status, tears down.
// Without: prints PCSCLITE_CSOCK_NAME=<path> on stdout and serves until SIGINT, SIGTERM
// or EOF on stdin.
#include "childprocess.h"
#include "pcscrig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QSocketNotifier>

#include <sys/signalfd.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

using cardscope::testing::CardOptions;
using cardscope::testing::PcscRig;
using cardscope::testing::RigOptions;

namespace {

struct CardSpec
{
    int slot = 0;
    CardOptions options;
};

struct Arguments
{
    RigOptions rig;
    QList<CardSpec> cards;
    QStringList command;
};

void say(const QString &text)
{
    std::fprintf(stderr, "cardscope-rig: %s\n", qPrintable(text));
}

bool parseCard(const QString &text, CardSpec *spec)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool isNumber = false;
    spec->slot = parts.value(0).toInt(&isNumber);
    if (!isNumber || parts.size() < 2 || parts.size() > 3 || (parts[1] != u"t0" && parts[1] != u"t1"))
        return false;
    spec->options.profile = parts[1];
    spec->options.atrHex = parts.value(2);
    return true;
}

// Exits with code 1 (after a message) on bad arguments.
Arguments parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs COMMAND against a private pcscd with vpcd readers."));
    parser.addHelpOption();
    const QCommandLineOption readers(QStringLiteral("readers"),
        QStringLiteral("vpcd readers (2 slots each)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption card(QStringLiteral("card"), QStringLiteral("An emulated card in a slot."),
        QStringLiteral("SLOT:t0|t1[:ATRHEX]"));
    const QCommandLineOption debug(
        QStringLiteral("debug"), QStringLiteral("pcscd -d -a into the rig folder."));
    parser.addOptions({ readers, card, debug });
    parser.addPositionalArgument(QStringLiteral("COMMAND"), QStringLiteral("Command to run, after --."),
        QStringLiteral("[-- COMMAND ARGS...]"));
    parser.process(app);

    Arguments arguments;
    bool isNumber = false;
    arguments.rig.readerCount = parser.value(readers).toInt(&isNumber);
    if (!isNumber || arguments.rig.readerCount < 1) {
        say(QStringLiteral("--readers wants a number from 1 to 8"));
        std::exit(1);
    }
    arguments.rig.debugLog = parser.isSet(debug);
    for (const QString &text : parser.values(card)) {
        CardSpec spec;
        if (!parseCard(text, &spec)) {
            say(QStringLiteral("--card wants SLOT:t0|t1[:ATRHEX], not '%1'").arg(text));
            std::exit(1);
        }
        arguments.cards.append(spec);
    }
    arguments.command = parser.positionalArguments();
    return arguments;
}

bool startRig(PcscRig &rig, const Arguments &arguments)
{
    if (!rig.start()) {
        say(QStringLiteral("cannot start the rig: ") + rig.errorString());
        return false;
    }
    for (int slot = 0; slot < rig.slotCount(); ++slot)
        say(QStringLiteral("slot %1: \"%2\" (vpcd port %3)")
                .arg(slot)
                .arg(rig.readerName(slot))
                .arg(rig.slotPort(slot)));
    for (const CardSpec &spec : arguments.cards) {
        const auto *card = rig.insertCard(spec.slot, spec.options);
        if (!card) {
            say(QStringLiteral("cannot insert a card: ") + rig.errorString());
            return false;
        }
        say(QStringLiteral("card %1 in slot %2 (PID %3)")
                .arg(spec.options.profile)
                .arg(spec.slot)
                .arg(card->pid()));
    }
    // pcscd sees a card at its next 400 ms poll: the command should find them all present.
    for (const CardSpec &spec : arguments.cards) {
        if (spec.options.inserted && !PcscRig::waitForCardState(rig.readerName(spec.slot), true)) {
            say(QStringLiteral("pcscd does not see the card in slot %1").arg(spec.slot));
            return false;
        }
    }
    say(QStringLiteral("pcscd PID %1, folder %2").arg(rig.daemonPid()).arg(rig.folder()));
    say(QStringLiteral("PCSCLITE_CSOCK_NAME=") + rig.socketPath());
    return true;
}

// SIGINT and SIGTERM become readable events, so teardown runs on the main thread.
int blockTerminationSignals()
{
    sigset_t terminating;
    sigemptyset(&terminating);
    sigaddset(&terminating, SIGINT);
    sigaddset(&terminating, SIGTERM);
    sigprocmask(SIG_BLOCK, &terminating, nullptr);
    return signalfd(-1, &terminating, SFD_CLOEXEC | SFD_NONBLOCK);
}

int runCommand(QCoreApplication &app, const QStringList &command, int signalFd)
{
    QProcess process;
    process.setProgram(command.first());
    process.setArguments(command.mid(1));
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    cardscope::testing::childprocess::dieWithParent(process);
    // A signal to the rig is passed on; the rig tears down once the command has exited.
    QSocketNotifier signalNotifier(signalFd, QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &process, [&] {
        signalfd_siginfo info;
        while (read(signalFd, &info, sizeof info) == sizeof info)
            process.terminate();
    });
    QObject::connect(&process, &QProcess::finished, &app,
        [&](int code, QProcess::ExitStatus status) { app.exit(status == QProcess::NormalExit ? code : 1); });
    QObject::connect(&process, &QProcess::errorOccurred, &app, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            say(QStringLiteral("cannot run %1: %2").arg(command.first(), process.errorString()));
            app.exit(1);
        }
    });
    process.start();
    const int code = app.exec();
    if (process.exitStatus() == QProcess::CrashExit)
        say(QStringLiteral("%1 crashed").arg(command.first()));
    return code;
}

int serveUntilStopped(QCoreApplication &app, const QString &socketPath, int signalFd)
{
    std::printf("PCSCLITE_CSOCK_NAME=%s\n", qPrintable(socketPath));
    std::fflush(stdout);
    QSocketNotifier signalNotifier(signalFd, QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&] { app.exit(0); });
    // Lines on stdin are ignored; its end is the other way to stop the rig.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.exit(0);
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Arguments arguments = parseArguments(app);
    const int signalFd = blockTerminationSignals();
    if (signalFd < 0) {
        say(QStringLiteral("signalfd failed"));
        return 1;
    }
    PcscRig rig(arguments.rig);
    if (!startRig(rig, arguments))
        return 1;
    if (arguments.command.isEmpty())
        return serveUntilStopped(app, rig.socketPath(), signalFd);
    return runCommand(app, arguments.command, signalFd);
}
