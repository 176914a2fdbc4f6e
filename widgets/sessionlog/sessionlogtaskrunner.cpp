#include "sessionlogtaskrunner.h"

#include "log/sessionjournal.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using smartcard::LogTaskControl;
using smartcard::SessionExporter;
using smartcard::SessionLog;

SessionLogTaskRunner::SessionLogTaskRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SessionLogTaskRunner::done);
}

SessionLogTaskRunner::~SessionLogTaskRunner()
{
    disconnect(&m_watcher, nullptr, this, nullptr);
    if (isBusy()) {
        m_cancel = true;
        m_watcher.waitForFinished();
    }
}

bool SessionLogTaskRunner::startExport(const SessionLog &log,
    std::optional<std::vector<SessionLog::Index>> rows, const QString &path,
    smartcard::SessionFileFormat format, const smartcard::SessionFileOptions &options)
{
    const SessionLog *source = &log;
    // nullopt: the whole log; an empty vector: a filtered view without rows (an empty file).
    auto indexes = std::make_shared<const std::optional<std::vector<SessionLog::Index>>>(std::move(rows));
    return run(Task::Export, [source, indexes, path, format, options](const LogTaskControl &control) {
        const SessionExporter::Result written = SessionExporter::exportLog(
            *source, indexes->has_value() ? &**indexes : nullptr, path, format, options, control);
        Outcome outcome;
        outcome.ok = written.ok;
        if (written.ok)
            outcome.message = tr("%n entries written to %1", nullptr, int(written.entries)).arg(path);
        else if (written.cancelled)
            outcome.message = tr("Export cancelled: no file was written");
        else
            outcome.message = tr("Export failed: %1").arg(written.error);
        return outcome;
    });
}

bool SessionLogTaskRunner::startImport(const QString &path)
{
    return run(Task::Import, [path](const LogTaskControl &control) {
        return importOutcome(SessionExporter::importJsonLines(path, control));
    });
}

bool SessionLogTaskRunner::startRecovery(const QString &journalPath)
{
    return run(Task::Recovery, [journalPath](const LogTaskControl &control) {
        return importOutcome(smartcard::SessionJournal::recover(journalPath, control));
    });
}

SessionLogTaskRunner::Outcome SessionLogTaskRunner::importOutcome(SessionExporter::ImportResult read)
{
    Outcome outcome;
    outcome.ok = read.ok && !read.read.cancelled && read.log;
    outcome.message = importMessage(read);
    if (outcome.ok)
        outcome.log = std::shared_ptr<SessionLog>(read.log.release());
    return outcome;
}

QString SessionLogTaskRunner::importMessage(const SessionExporter::ImportResult &result)
{
    const auto &read = result.read;
    if (read.cancelled)
        return tr("Import cancelled: the log is unchanged");
    if (!read.ioError.isEmpty())
        return tr("Could not read the file: %1").arg(read.ioError);
    if (read.refused)
        return tr("Not a CardScope session this version can read: nothing imported");
    QString message = tr("%n entries read", nullptr, int(read.entries));
    if (!read.issues.isEmpty()) {
        message += tr("; %n line(s) skipped (line %1: %2)", nullptr, int(read.issues.size()))
                       .arg(read.issues.first().line)
                       .arg(read.issues.first().reason);
    }
    if (read.truncated)
        message += tr("; the last line was cut short and left out");
    return message;
}

bool SessionLogTaskRunner::run(Task task, Work work)
{
    if (isBusy())
        return false;
    m_task = task;
    m_cancel = false;
    m_log.reset();
    // Progress comes on the worker thread: a queued call brings it here. The runner waits
    // for the worker before it goes, and Qt drops calls queued to a deleted object.
    auto progress = [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        const int permille = int(std::clamp<qint64>(done * 1000 / total, 0, 1000));
        QMetaObject::invokeMethod(
            this, [this, permille] { Q_EMIT progressed(permille); }, Qt::QueuedConnection);
    };
    const std::atomic<bool> *cancel = &m_cancel;
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), progress, cancel] {
        LogTaskControl control;
        control.progress = progress;
        control.cancel = cancel;
        return work(control);
    }));
    return true;
}

void SessionLogTaskRunner::cancel()
{
    if (isBusy())
        m_cancel = true;
}

void SessionLogTaskRunner::done()
{
    const Outcome outcome = m_watcher.result();
    m_log = outcome.log;
    const Task task = std::exchange(m_task, Task::None);
    Q_EMIT finished(task, outcome.ok, outcome.message);
}

std::unique_ptr<SessionLog> SessionLogTaskRunner::takeLog()
{
    if (!m_log)
        return nullptr;
    // Moved out of the shared object (the future's copy of the outcome points at it too,
    // empty afterwards); a SessionLog moves without copying.
    auto log = std::make_unique<SessionLog>(std::move(*m_log));
    m_log.reset();
    return log;
}
