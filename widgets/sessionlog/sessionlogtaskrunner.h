#pragma once

#include "log/sessionexporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

// Runs the session log's long file operations off the GUI thread, one at a time: export
// (SessionExporter::exportLog), import (SessionExporter::importJsonLines) and journal
// recovery (SessionJournal::recover), each through QtConcurrent::run with the core's
// LogTaskControl. Progress and the outcome come back on this object's thread as signals;
// cancel() asks the running operation to stop (an export then leaves no file, an import
// no log). Destroying the runner cancels and waits.
//
// An export reads the log on the worker thread: the caller keeps it unchanged until
// finished() (SessionLogView holds the model's appends).
class SessionLogTaskRunner : public QObject
{
    Q_OBJECT

public:
    enum class Task { None, Export, Import, Recovery };
    Q_ENUM(Task)

    explicit SessionLogTaskRunner(QObject *parent = nullptr);
    ~SessionLogTaskRunner() override;

    Task task() const { return m_task; }
    bool isBusy() const { return m_task != Task::None; }

    // Each returns false, doing nothing, while another operation runs. `rows`: the log
    // indexes to write, in order; nullopt means every entry (an empty vector: none).
    bool startExport(const smartcard::SessionLog &log,
        std::optional<std::vector<smartcard::SessionLog::Index>> rows, const QString &path,
        smartcard::SessionFileFormat format, const smartcard::SessionFileOptions &options);
    bool startImport(const QString &path);
    bool startRecovery(const QString &journalPath);
    void cancel();

    // After finished(): the log an import or a recovery read (null otherwise, or when
    // cancelled); the runner gives it up.
    std::unique_ptr<smartcard::SessionLog> takeLog();

    // "%n entries read; 2 lines skipped (line 3: ...)": what an import found, for people.
    static QString importMessage(const smartcard::SessionExporter::ImportResult &result);

Q_SIGNALS:
    void progressed(int permille);
    void finished(SessionLogTaskRunner::Task task, bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        std::shared_ptr<smartcard::SessionLog> log; // QFuture wants a copyable result
    };
    using Work = std::function<Outcome(const smartcard::LogTaskControl &)>;

    bool run(Task task, Work work);
    void done();
    static Outcome importOutcome(smartcard::SessionExporter::ImportResult read);

    Task m_task = Task::None;
    std::atomic<bool> m_cancel { false };
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<smartcard::SessionLog> m_log;
};
