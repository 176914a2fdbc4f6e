#pragma once

#include "log/logentry.h"
#include "log/sessionexporter.h"
#include "sessionlogtaskrunner.h"

#include <QWidget>

class ExchangeDetails;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class SessionLogFilterBar;
class SessionLogModel;
class UnmaskConfirmation;

namespace smartcard {
class SessionLog;
class SessionRecorderAdapter;
} // namespace smartcard

// The session log as the main window shows it (objectName "sessionLog"): the filter bar
// (SessionLogFilterBar), the table ("sessionLogTable", fixed row heights, following the
// tail unless the user scrolled up), the detail pane of the selected entry
// (ExchangeDetails) and the actions Export…, Import JSON Lines…, Unmask secrets… and Clear.
//
// Export, import and journal recovery run on a worker thread (QtConcurrent::run over
// SessionExporter / SessionJournal) with a progress bar ("logProgress") and a cancel
// button ("logCancel"); one at a time. While an export reads the log, appended entries wait
// in the model (SessionLogModel::setAppendsHeld) and Clear and notes are off. A cancelled or
// failed export leaves no file (SessionExporter writes through QSaveFile).
//
// Imports and recoveries add to the session: into an empty log the file's log is swapped
// in as it is; otherwise its entries are appended after what is there.
//
// The start*() functions are the API the main window and the tests use; the file dialogs
// live only in the *WithDialog() slots behind the actions (non-modal, no nested loop).
class SessionLogView : public QWidget
{
    Q_OBJECT

public:
    using Task = SessionLogTaskRunner::Task;

    explicit SessionLogView(QWidget *parent = nullptr);
    ~SessionLogView() override; // cancels a running task and waits for it (the runner does)

    smartcard::SessionLog &log();
    SessionLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ExchangeDetails *details() const { return m_details; }
    SessionLogFilterBar *filterBar() const { return m_filterBar; }

    // Feeds the log from a recorder's batches (queued to this thread by the adapter).
    void attach(smartcard::SessionRecorderAdapter *adapter);

    Task runningTask() const { return m_runner->task(); }
    bool isBusy() const { return m_runner->isBusy(); }
    // Each returns false (and does nothing) while another task runs. The outcome comes with
    // the matching *Finished signal.
    bool startExport(const QString &path, smartcard::SessionFileFormat format);
    bool startImport(const QString &path);
    bool startRecovery(const QString &journalPath);
    void cancelTask();

    bool isUnmasked() const;
    // Explicit: shows secret bytes in the view and writes them in exports of this session.
    void setUnmasked(bool unmasked);

    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *unmaskAction() const { return m_unmaskAction; }
    QAction *clearAction() const { return m_clearAction; }

public Q_SLOTS:
    void appendEntries(const QList<smartcard::LogEntry> &entries);
    void clear();
    void exportWithDialog();
    void importWithDialog();
    // Unmasking asks first (an inline confirmation, "logUnmaskConfirm"); masking again does not.
    void requestUnmask();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    void importFinished(bool ok, const QString &message);
    void recoveryFinished(bool ok, const QString &message);
    void unmaskedChanged(bool unmasked);

private:
    void buildLayout();
    QWidget *buildToolBar();
    void createActions();
    void taskStarted(bool started);
    void taskFinished(Task task, bool ok, const QString &message);
    void adoptLog(std::unique_ptr<smartcard::SessionLog> imported);
    void setBusy(bool busy);
    void refreshReaders();
    void showCurrent();
    void goToOrigin();
    void commitAnnotation(const QString &text);
    void rowsAboutToBeInserted();
    void rowsInserted();

    SessionLogModel *m_model = nullptr;
    SessionLogTaskRunner *m_runner = nullptr;
    SessionLogFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    ExchangeDetails *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    UnmaskConfirmation *m_unmaskConfirm = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_unmaskAction = nullptr;
    QAction *m_clearAction = nullptr;

    bool m_followTail = true;
};
