#pragma once

#include "log/sessionwriter.h"

namespace smartcard {

// The session as CSV (RFC 4180): a header row, one row per entry, CRLF line ends, fields
// quoted when they hold a comma, a quote or a line break (quotes doubled). Bytes are
// spaced hex pairs ("00 A4 04 00") so that spreadsheets keep them as text. Columns are in
// docs/exports.md; masked bytes are written as 00.
class CsvWriter : public SessionWriter
{
public:
    explicit CsvWriter(const SessionFileOptions &options = {});

    void writeHeader(QByteArray &out) override;
    void writeEntry(const LogEntry &entry, QByteArray &out) override;

    // One field, quoted if it must be.
    static void appendField(QByteArrayView text, QByteArray &out);

private:
    Bytes m_scratch;
};

} // namespace smartcard
