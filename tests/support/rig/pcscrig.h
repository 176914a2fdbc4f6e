#pragma once

#include "emulatedcard.h"
#include "readerconfig.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace cardscope::testing {

struct RigOptions
{
    int readerCount = 1; // vpcd entries; each gives two slots (ports P and P+1)
    QString namePrefix = QStringLiteral("CardScope Rig");
    bool debugLog = false; // pcscd -d -a into daemonLogPath()
    int firstPort = 0; // 0: a random free pair; else the first port tried
};

// A private pcscd with vpcd readers for one process, and the emulated cards in them.
//
// pcscd always serves /run/pcscd/pcscd.comm, so the rig runs it in its own mount namespace
// with a private folder bound over /run/pcscd, and points this process's PC/SC client at
// that folder through PCSCLITE_CSOCK_NAME. pcsc-lite reads that variable once, at the
// first PC/SC call of the process: start() must come before any other PC/SC call, and one
// process gets one rig (restarts keep the folder and socket). Needs root.
//
// Children are started from the calling thread and die with it (PR_SET_PDEATHSIG); the
// destructor stops every card and the daemon by PID. Not thread-safe: one thread drives it.
class PcscRig
{
public:
    explicit PcscRig(RigOptions options = {});
    ~PcscRig();

    PcscRig(const PcscRig &) = delete;
    PcscRig &operator=(const PcscRig &) = delete;

    // Creates the folder, starts pcscd and waits until it lists every reader slot. A reader
    // silently dropped (its port got taken) means new ports and another try, three in all.
    bool start();
    // SIGTERM, up to 3 s, then SIGKILL; the folder stays for restartDaemon().
    bool stopDaemon();
    bool killDaemon();
    // Same folder and socket; readerCount < 0 keeps the reader set. Entries that survive
    // keep their ports, so their cards can reconnect (EmulatedCard::insert()); cards in
    // slots that no longer exist are stopped.
    bool restartDaemon(int readerCount = -1);
    bool isDaemonRunning() const;
    qint64 daemonPid() const { return m_daemonPid; }

    int readerCount() const { return m_config ? m_config->entryCount() : 0; }
    int slotCount() const { return 2 * readerCount(); }
    // The slot names pcscd listed at the last start, in slot order.
    QStringList readerNames() const { return m_readerNames; }
    QString readerName(int slot) const { return m_readerNames.value(slot); }
    int slotPort(int slot) const { return m_config->slotPort(slot); }

    QString folder() const { return m_folder ? m_folder->path() : QString(); }
    QString socketPath() const { return folder() + QStringLiteral("/pcscd.comm"); }
    QString daemonLogPath() const { return folder() + QStringLiteral("/pcscd.log"); }
    QString errorString() const { return m_errorString; }

    // Starts cardscope-vcard on the slot's port and waits for "ready"; nullptr on failure
    // (see errorString()). A card already in that slot is stopped first. The rig owns it.
    EmulatedCard *insertCard(int slot, const CardOptions &options = {});
    EmulatedCard *card(int slot) const;
    // insertCard(), then waitForCardState() until pcscd reports the card present.
    bool insertCardAndWait(int slot, const CardOptions &options = {});
    // The usual pair: the default (T=1) card in t1Slot and a "t0" profile card in t0Slot,
    // both seen present by pcscd.
    bool insertT1AndT0Cards(int t1Slot = 0, int t0Slot = 1);
    // Stops the card process of a slot (its socket closes: pcscd sees the card removed).
    bool stopCard(int slot);

    // Blocks in SCardGetStatusChange (on a context of the calling thread) until the reader
    // shows a card (present) or none (!present); false on timeout or PC/SC error.
    static bool waitForCardState(const QString &reader, bool present, int timeoutMs = 3000);
    // The cardscope-vcard binary: $CARDSCOPE_VCARD if set, else the one CMake built.
    static QString vcardProgram();

private:
    bool launch();
    bool launchOnce(QList<int> *droppedEntries);
    bool startProcess();
    bool waitForReaders(QList<int> *droppedEntries);
    bool checkEnvironment();
    bool fail(const QString &why);

    RigOptions m_options;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<ReaderConfig> m_config;
    std::unique_ptr<QProcess> m_daemon;
    qint64 m_daemonPid = 0;
    QStringList m_readerNames;
    std::map<int, std::unique_ptr<EmulatedCard>> m_cards;
    QString m_errorString;
};

} // namespace cardscope::testing
