#pragma once

#include "log/jsonlinesreader.h"
#include "log/logtaskcontrol.h"
#include "log/sessionlog.h"
#include "log/sessionwriter.h"

#include <functional>
#include <memory>
#include <vector>

namespace smartcard {

enum class SessionFileFormat { JsonLines, Csv, Scriptor, Pcapng };

// Export and import of whole sessions as plain functions that take a LogTaskControl
// (progress, cancel), meant to run on a worker thread: the GUI calls them through
// QtConcurrent::run and shows the progress with a queued signal.
//
// Exports write through QSaveFile: the file appears, complete and readable by its owner
// only (0600), when everything was written; a cancel or an error leaves no file and no
// partial file (an existing file of that name is untouched). Imports read into a new log
// that the caller swaps in or appends; a cancelled import changes nothing.
//
// The log must not change while an export reads it (SessionLog is not thread-safe): the
// caller holds back appends until the export has finished.
class SessionExporter
{
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // why not ok (empty when cancelled)
        qint64 entries = 0; // entries written
        qint64 bytes = 0; // size of the file written
    };

    struct ImportResult
    {
        bool ok = false; // the file could be read (issues may still have been found)
        JsonLinesReader::Result read; // header, line-numbered issues, truncation, cancel
        std::unique_ptr<SessionLog> log; // the entries read (Imported set); null if cancelled
    };

    // "JSON Lines", "CSV", ... and the usual file suffix ("jsonl", "csv", "txt", "pcapng").
    static QString formatName(SessionFileFormat format);
    static QString fileSuffix(SessionFileFormat format);
    static std::unique_ptr<SessionWriter> makeWriter(
        SessionFileFormat format, const SessionFileOptions &options);

    // Writes `rows` of `log` (the indexes of a filtered view, in order) or, when `rows` is
    // null, every entry. options.createdNs 0 means now.
    static Result exportLog(const SessionLog &log, const std::vector<SessionLog::Index> *rows,
        const QString &path, SessionFileFormat format, SessionFileOptions options,
        const LogTaskControl &control = {});

    // The same over any source of entries: count and an accessor.
    static Result exportEntries(qint64 count, const std::function<LogEntry(qint64)> &entryAt,
        const QString &path, SessionFileFormat format, SessionFileOptions options,
        const LogTaskControl &control = {});

    // Reads a JSON Lines session (an export or a journal) into a new log.
    static ImportResult importJsonLines(const QString &path, const LogTaskControl &control = {});
};

} // namespace smartcard
