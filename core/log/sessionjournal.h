#pragma once

#include "log/jsonlineswriter.h"
#include "log/logentry.h"
#include "log/sessionexporter.h"

#include <QString>
#include <QStringList>

#include <mutex>

namespace smartcard {

// The crash-safe copy of a session on disk, written as the session grows: a JSON Lines
// file (JsonLinesWriter, header line first) to which every entry is appended by one
// write(2) on an O_APPEND descriptor (no stdio or Qt buffer in between), so that after a
// crash or a kill -9 the file holds every entry up to the last one append() returned
// from. The kernel has the data then; setDurable(true) adds an fdatasync per entry for
// surviving a power cut too, at the cost of a disk flush each time.
//
// Files: <directory>/session-<UTC time>-<pid>.journal, created 0600 in a 0700 directory.
// finish() (a clean end) renames it to .jsonl, a complete session file; discard() deletes
// it. A .journal file that no running process holds (each holds an flock on its own) is a
// crash's leftover: unfinished() lists them and recover() reads one back.
//
// Masked unless opened with maskSecrets false (an unmasked session): masked bytes are
// written as 00. Thread-safe: append() may be called from any thread (it is a
// SessionRecorder sink); lines never interleave.
class SessionJournal
{
public:
    // QStandardPaths::AppDataLocation + "/journal".
    static QString defaultDirectory();

    explicit SessionJournal(QString directory = defaultDirectory());
    ~SessionJournal(); // finish()
    SessionJournal(const SessionJournal &) = delete;
    SessionJournal &operator=(const SessionJournal &) = delete;

    // Creates the file and writes the header. False with errorString() on failure. A journal
    // already open is finished first (a new session).
    bool open(const SessionFileOptions &options = {});
    bool isOpen() const;
    QString path() const;
    QString errorString() const;
    void setDurable(bool durable);

    // One entry, one write. Errors (disk full) are counted and kept in errorString(); the
    // session itself goes on.
    void append(const LogEntry &entry);
    qint64 entriesWritten() const;
    qint64 failedWrites() const;

    // Clean close: the file becomes <name>.jsonl. Returns the new path (empty on failure).
    QString finish();
    // Close and delete the file.
    void discard();

    // Journals left by a crash in `directory`, oldest first (by name).
    static QStringList unfinished(const QString &directory = defaultDirectory());
    // Reads a journal back up to its last complete line (the runner's import: progress,
    // cancel; a truncated last line is reported in result.read.truncated).
    static SessionExporter::ImportResult recover(
        const QString &journalPath, const LogTaskControl &control = {});
    // After recovery: keep the journal as a finished session file (renamed to .jsonl, its
    // new path in *finishedPath) or delete it. False if the file could not be renamed or removed.
    static bool retire(const QString &journalPath, bool keep, QString *finishedPath = nullptr);
    // Deletes the oldest finished sessions (session-*.jsonl, by name: their UTC time) beyond
    // the newest `keep`, so that the folder does not grow forever. Journals and other files
    // are never touched. Returns how many files were deleted.
    static int pruneFinished(qsizetype keep, const QString &directory = defaultDirectory());

private:
    bool writeLocked(const QByteArray &bytes);
    void closeLocked();

    const QString m_directory;
    mutable std::mutex m_mutex;
    int m_fd = -1;
    QString m_path;
    QString m_error;
    bool m_durable = false;
    qint64 m_entries = 0;
    qint64 m_failed = 0;
    std::unique_ptr<JsonLinesWriter> m_writer;
    QByteArray m_buffer;
};

} // namespace smartcard
