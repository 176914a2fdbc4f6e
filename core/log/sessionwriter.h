#pragma once

#include "log/logentry.h"

#include <QByteArray>
#include <QString>

namespace smartcard {

// What every session file format is told before its first entry.
struct SessionFileOptions
{
    // Zero the masked bytes of every Masked entry (the default). False only when the user
    // chose to unmask the session; the files then say so in their header.
    bool maskSecrets = true;
    qint64 createdNs = 0; // when the file was made, ns since the epoch (UTC)
    QString toolVersion; // "CardScope 0.1.0"; empty: this build's
};

// One session file format, written as a stream: a header, one piece per entry, a footer.
// Writers append to a caller's buffer and never touch files, so the same code serves an
// export (SessionExporter, through a QSaveFile) and the journal (SessionJournal, one
// write(2) per entry). Not thread-safe; one writer per file.
class SessionWriter
{
public:
    explicit SessionWriter(const SessionFileOptions &options);
    virtual ~SessionWriter();
    SessionWriter(const SessionWriter &) = delete;
    SessionWriter &operator=(const SessionWriter &) = delete;

    virtual void writeHeader(QByteArray &out) = 0;
    virtual void writeEntry(const LogEntry &entry, QByteArray &out) = 0;
    virtual void writeFooter(QByteArray &out);

    const SessionFileOptions &options() const { return m_options; }
    // "CardScope <version>" when the options leave it empty.
    QString toolVersion() const;

private:
    SessionFileOptions m_options;
};

} // namespace smartcard
