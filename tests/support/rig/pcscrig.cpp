#include "pcscrig.h"

#include "childprocess.h"
#include "pcsc/context.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

#include <algorithm>

namespace cardscope::testing {

using smartcard::pcsc::Context;
using smartcard::pcsc::ReturnCode;
using smartcard::pcsc::succeeded;

namespace {

constexpr int attempts = 3;
// pcscd 1.9.9 serves at most 16 reader slots: 8 vpcd entries of two slots each.
constexpr int maxReaders = 8;
constexpr int readyTimeoutMs = 5000;
// Measured: pcscd answers about 8 ms after its start and its first answer already lists
// every reader it will have. The grace only covers a slower machine before a missing
// reader counts as dropped.
constexpr int droppedGraceMs = 300;

// The bind mount happens in the shell that unshare runs, which then execs pcscd: the
// process QProcess started becomes pcscd (same PID, same death signal).
const QString mountScript = QStringLiteral("mount --bind \"$1\" /run/pcscd || exit 97; shift; exec \"$@\"");

QString findTool(const QString &name)
{
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(name, { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
}

QStringList toQStringList(const std::vector<std::string> &names)
{
    QStringList list;
    for (const std::string &name : names)
        list.append(QString::fromStdString(name));
    return list;
}

} // namespace

PcscRig::PcscRig(RigOptions options)
    : m_options(std::move(options))
{ }

PcscRig::~PcscRig()
{
    // Cards first: with pcscd gone first they would only see their sockets close.
    m_cards.clear();
    killDaemon();
}

bool PcscRig::start()
{
    m_errorString.clear();
    if (m_folder)
        return fail(QStringLiteral("the rig was already started"));
    if (!checkEnvironment())
        return false;
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cardscope-rig-XXXXXX"));
    if (!m_folder->isValid())
        return fail(QStringLiteral("cannot create a temporary folder: ") + m_folder->errorString());
    // A failed test can keep the folder (config, pcscd and card logs) for a post-mortem.
    m_folder->setAutoRemove(qEnvironmentVariableIsEmpty("CARDSCOPE_RIG_KEEP"));
    qputenv("PCSCLITE_CSOCK_NAME", socketPath().toLocal8Bit());
    m_config = std::make_unique<ReaderConfig>(m_folder->path(), m_options.namePrefix);
    m_config->resize(m_options.readerCount);
    return launch();
}

bool PcscRig::checkEnvironment()
{
    if (::geteuid() != 0)
        return fail(QStringLiteral("the rig needs root: pcscd runs in a private mount namespace"));
    if (findTool(QStringLiteral("unshare")).isEmpty())
        return fail(QStringLiteral("unshare (util-linux) is missing"));
    if (findTool(QStringLiteral("pcscd")).isEmpty())
        return fail(QStringLiteral("pcscd is missing (install pcscd)"));
    if (m_options.readerCount < 0 || m_options.readerCount > maxReaders)
        return fail(
            QStringLiteral("reader count %1 is outside 0..%2").arg(m_options.readerCount).arg(maxReaders));
    // The mount point must exist in our namespace; an empty folder changes nothing for a
    // system pcscd, which the rig never touches.
    if (!QDir().mkpath(QStringLiteral("/run/pcscd")))
        return fail(QStringLiteral("cannot create /run/pcscd"));
    return true;
}

bool PcscRig::launch()
{
    QList<int> dropped;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (launchOnce(&dropped))
            return true;
        killDaemon();
        if (dropped.isEmpty())
            return false;
        for (int entry : std::as_const(dropped))
            m_config->clearPort(entry);
    }
    QStringList names;
    for (int entry : std::as_const(dropped))
        names.append(m_config->friendlyName(entry));
    return fail(QStringLiteral("pcscd dropped reader(s) %1 in %2 attempts: their ports were taken")
                    .arg(names.join(QStringLiteral(", ")))
                    .arg(attempts));
}

bool PcscRig::launchOnce(QList<int> *droppedEntries)
{
    droppedEntries->clear();
    QString error;
    if (!m_config->assignPorts(m_options.firstPort, &error) || !m_config->write(&error))
        return fail(error);
    return startProcess() && waitForReaders(droppedEntries);
}

bool PcscRig::startProcess()
{
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProgram(findTool(QStringLiteral("unshare")));
    QStringList arguments { QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
        QStringLiteral("/bin/sh"), QStringLiteral("-c"), mountScript, QStringLiteral("cardscope-rig-mount"),
        folder(), findTool(QStringLiteral("pcscd")), QStringLiteral("-f"), QStringLiteral("-c"),
        m_config->configFolder() };
    if (m_options.debugLog)
        arguments << QStringLiteral("-d") << QStringLiteral("-a");
    m_daemon->setArguments(arguments);
    // Errors of unshare, mount and pcscd (and with debugLog every APDU) land in one log.
    m_daemon->setProcessChannelMode(QProcess::MergedChannels);
    m_daemon->setStandardOutputFile(daemonLogPath(), QIODevice::Append);
    m_daemon->setStandardInputFile(QProcess::nullDevice());
    childprocess::dieWithParent(*m_daemon);
    m_daemon->start();
    if (!m_daemon->waitForStarted(5000))
        return fail(QStringLiteral("cannot start unshare/pcscd: ") + m_daemon->errorString());
    m_daemonPid = m_daemon->processId();
    return true;
}

bool PcscRig::waitForReaders(QList<int> *droppedEntries)
{
    const QStringList expected = m_config->slotNames();
    const QDeadlineTimer deadline(readyTimeoutMs);
    QDeadlineTimer droppedAfter = QDeadlineTimer::Forever;
    QStringList listed;
    while (!deadline.hasExpired()) {
        Context context;
        std::vector<std::string> readers;
        if (succeeded(context.establish()) && succeeded(context.listReaders(&readers))) {
            listed = toQStringList(readers);
            if (std::all_of(
                    expected.begin(), expected.end(), [&](const QString &n) { return listed.contains(n); })) {
                m_readerNames = expected;
                return true;
            }
            if (droppedAfter.isForever())
                droppedAfter.setRemainingTime(droppedGraceMs);
            if (droppedAfter.hasExpired())
                break;
        }
        // The short sleep doubles as the check that pcscd is still alive.
        if (m_daemon->waitForFinished(20)) {
            return fail(QStringLiteral("pcscd exited (code %1) before it was ready: %2")
                            .arg(m_daemon->exitCode())
                            .arg(childprocess::logTail(daemonLogPath())));
        }
    }
    if (droppedAfter.isForever())
        return fail(QStringLiteral("pcscd did not answer on %1 within %2 ms: %3")
                        .arg(socketPath())
                        .arg(readyTimeoutMs)
                        .arg(childprocess::logTail(daemonLogPath())));
    for (int slot = 0; slot < expected.size(); ++slot) {
        if (!listed.contains(expected.at(slot)) && !droppedEntries->contains(slot / 2))
            droppedEntries->append(slot / 2);
    }
    return fail(QStringLiteral("pcscd lists [%1], not [%2]").arg(listed.join(u", "), expected.join(u", ")));
}

bool PcscRig::stopDaemon()
{
    // pcscd needs 0.3-2 s after SIGTERM; SIGKILL after 3 s.
    return !m_daemon || childprocess::stop(*m_daemon, 3000);
}

bool PcscRig::killDaemon()
{
    return !m_daemon || childprocess::stop(*m_daemon, 0);
}

bool PcscRig::restartDaemon(int readerCount)
{
    m_errorString.clear();
    if (!m_folder)
        return fail(QStringLiteral("restartDaemon() before start()"));
    if (readerCount > maxReaders)
        return fail(QStringLiteral("reader count %1 is outside 0..%2").arg(readerCount).arg(maxReaders));
    if (!stopDaemon())
        return fail(QStringLiteral("the old pcscd (PID %1) did not exit").arg(m_daemonPid));
    if (readerCount >= 0) {
        m_config->resize(readerCount);
        for (auto it = m_cards.begin(); it != m_cards.end();)
            it = it->first >= slotCount() ? m_cards.erase(it) : std::next(it);
    }
    m_readerNames.clear();
    return launch();
}

bool PcscRig::isDaemonRunning() const
{
    // waitForFinished(0) reaps an exited pcscd, so state() tells the truth afterwards.
    return m_daemon && !m_daemon->waitForFinished(0) && m_daemon->state() == QProcess::Running;
}

EmulatedCard *PcscRig::insertCard(int slot, const CardOptions &options)
{
    m_errorString.clear();
    if (slot < 0 || slot >= slotCount()) {
        fail(QStringLiteral("no slot %1 (the rig has %2)").arg(slot).arg(slotCount()));
        return nullptr;
    }
    const QString program = vcardProgram();
    if (program.isEmpty() || !QFile::exists(program)) {
        fail(QStringLiteral("cardscope-vcard was not found ('%1'); build it or set CARDSCOPE_VCARD")
                 .arg(program));
        return nullptr;
    }
    m_cards.erase(slot);
    auto card = std::make_unique<EmulatedCard>(slot, slotPort(slot), options);
    if (!card->start(program, folder() + QStringLiteral("/card-%1.log").arg(slot))) {
        fail(card->errorString());
        return nullptr;
    }
    return m_cards.emplace(slot, std::move(card)).first->second.get();
}

bool PcscRig::insertCardAndWait(int slot, const CardOptions &options)
{
    if (!insertCard(slot, options))
        return false;
    if (!waitForCardState(readerName(slot), true))
        return fail(QStringLiteral("pcscd did not see the card in '%1' within 3 s").arg(readerName(slot)));
    return true;
}

bool PcscRig::insertT1AndT0Cards(int t1Slot, int t0Slot)
{
    CardOptions t0;
    t0.profile = QStringLiteral("t0");
    return insertCardAndWait(t1Slot) && insertCardAndWait(t0Slot, t0);
}

EmulatedCard *PcscRig::card(int slot) const
{
    const auto it = m_cards.find(slot);
    return it == m_cards.end() ? nullptr : it->second.get();
}

bool PcscRig::stopCard(int slot)
{
    const auto it = m_cards.find(slot);
    if (it == m_cards.end())
        return true;
    const bool stopped = it->second->stop();
    m_cards.erase(it);
    return stopped;
}

bool PcscRig::waitForCardState(const QString &reader, bool present, int timeoutMs)
{
    namespace readerstate = smartcard::pcsc::readerstate;
    Context context;
    if (!succeeded(context.establish()))
        return false;
    std::array<smartcard::pcsc::ReaderState, 1> states;
    states[0].reader = reader.toStdString();
    const std::uint32_t wanted = present ? readerstate::Present : readerstate::Empty;
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        // The first call (state Unaware) returns at once with the current state; later
        // calls block until pcscd reports a change or the time is up.
        const auto remaining = static_cast<std::uint32_t>(std::max<qint64>(0, deadline.remainingTime()));
        if (!succeeded(context.getStatusChange(remaining, states)))
            return false;
        if (states[0].eventState & wanted)
            return true;
        if (deadline.hasExpired())
            return false;
        states[0].currentState = states[0].eventState & ~readerstate::Changed;
    }
}

QString PcscRig::vcardProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("CARDSCOPE_VCARD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef CARDSCOPE_VCARD_PATH
    return QStringLiteral(CARDSCOPE_VCARD_PATH);
#else
    return {};
#endif
}

bool PcscRig::fail(const QString &why)
{
    m_errorString = why;
    return false;
}

} // namespace cardscope::testing
