#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class ApduConsole;
class QFrame;
class QLabel;
class QPushButton;
class QWidget;
class SessionLogView;

namespace smartcard {
class SessionJournal;
class SessionRecorder;
class SessionRecorderAdapter;
namespace pcsc {
class PcscApi;
}
} // namespace smartcard

// The main window's session: the APDU console, the session log and the journal, wired
// together (wiring only; the parts are in widgets/ and core/log/).
//
// One SessionRecorder observes the console (on every reader it follows) and feeds
//  - the session log view, through a SessionRecorderAdapter (batches on the GUI thread), and
//  - a SessionJournal sink (one write per entry, on the console's worker thread).
// Masking: the recorder keeps the real bytes (setMaskSecrets(false)), marked Masked; the view
// shows "••" and exports zeroes unless the user unmasks the session; the journal is always
// written masked, also after an unmask (a file on disk that outlives the session).
//
// The journal lives in journalDirectory() (CARDSCOPE_JOURNAL_DIR, else
// SessionJournal::defaultDirectory()). Journals a crash left there (empty ones are deleted:
// nothing to offer) are offered in a bar
// above the log ("recoveryBar": Recover / Discard); Recover reads them back on a worker
// (SessionLogView::startRecovery) and keeps each as a finished .jsonl file; Discard deletes
// them. Clear session also restarts the journal; the destructor finishes it (a clean exit).
// At start, finished sessions beyond the newest KeptFinishedSessions are deleted.
class SessionWiring : public QObject
{
    Q_OBJECT

public:
    explicit SessionWiring(smartcard::pcsc::PcscApi *api, QObject *parent = nullptr);
    ~SessionWiring() override; // stops the console's workers, then finishes the journal

    static QString journalDirectory();
    // Finished sessions kept in the journal folder: the recent past at hand, a bounded folder.
    static constexpr qsizetype KeptFinishedSessions = 100;

    ApduConsole *console() const { return m_console; }
    SessionLogView *logView() const { return m_view; }
    // The log with the recovery bar above it: the session log dock's widget.
    QWidget *logPanel() const { return m_panel; }
    QString journalPath() const;
    QString journalError() const { return m_journalError; }

    void setReader(const QString &reader);

public Q_SLOTS:
    void recoverJournals();
    void discardJournals();

Q_SIGNALS:
    // The recovery bar went: every journal was recovered or discarded.
    void recoveryDone();

private:
    QWidget *makeRecoveryBar();
    void openJournal();
    void recoverNext();
    void journalRecovered(bool ok, const QString &message);

    std::unique_ptr<smartcard::SessionRecorder> m_recorder;
    std::unique_ptr<smartcard::SessionJournal> m_journal;
    std::unique_ptr<smartcard::SessionRecorderAdapter> m_adapter;
    ApduConsole *m_console = nullptr; // in the detail tabs; deleted first by the destructor
    SessionLogView *m_view = nullptr;
    QWidget *m_panel = nullptr;
    QFrame *m_recoveryBar = nullptr;
    QLabel *m_recoveryText = nullptr;
    QLabel *m_journalWarning = nullptr; // shown while the journal could not be opened
    QPushButton *m_recoverButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QString m_journalError;
    QStringList m_leftovers; // journals a crash left, still to recover or discard
    QString m_recovering; // the one being read back
    int m_journalSink = 0;
};
