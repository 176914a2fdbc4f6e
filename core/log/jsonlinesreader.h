#pragma once

#include "log/logentry.h"
#include "log/logtaskcontrol.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace smartcard {

// One line of a session file that could not be read, and why.
struct SessionFileIssue
{
    qint64 line = 0; // 1-based
    QString reason;
    bool operator==(const SessionFileIssue &) const = default;
};

// The first line of a JSON Lines session file.
struct JsonLinesHeader
{
    bool present = false;
    int version = 0;
    qint64 createdNs = 0;
    QString tool;
    bool masked = true;
};

// Reads the JSON Lines session format (JsonLinesWriter, docs/exports.md). Tolerant: never
// throws, never stops at a bad line; each bad line becomes an issue with its line number
// and every good line is kept. A last line cut short (the file ends without its '\n' and
// does not parse: a crash while writing) is reported as truncated, not as garbage.
class JsonLinesReader
{
public:
    struct Result
    {
        JsonLinesHeader header;
        QList<SessionFileIssue> issues;
        qint64 entries = 0; // good entries handed to the sink
        qint64 lines = 0; // lines read, the header included
        bool truncated = false; // the last line was incomplete
        bool cancelled = false;
        bool refused = false; // not a session of a version this build reads: nothing read
        QString ioError; // the device could not be read
    };

    // Reads `device` (open for reading) to its end and hands each good entry, with the
    // Imported flag set, to `sink`. Progress counts bytes of device->size() when known.
    static Result read(
        QIODevice &device, const std::function<void(LogEntry &&)> &sink, const LogTaskControl &control = {});

    // One entry line (no '\n'); false with the reason when it is not a valid entry.
    // Does not set Imported.
    static bool parseEntry(QByteArrayView line, LogEntry *entry, QString *reason);
};

} // namespace smartcard
