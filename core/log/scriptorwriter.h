#pragma once

#include "log/sessionwriter.h"

namespace smartcard {

// The session as a transcript in the form of pcsc-tools' scriptor output: "> 00 A4 04 00 ..."
// for a command and "< 6F 10 ... 90 00  # meaning" for its response. It replays as a
// CardScope script (docs/scripts.md): "> " lines are the commands, each "<" line becomes the
// command's expectation (the exact response), and the SW's meaning is a comment (scriptor
// prints it after " : ", which no script reader accepts). Everything else (readers,
// connects, ATRs, controls, failures, notes) is a '#' comment, and a reconnect that resets
// the card is the script command "reset". A masked command is never replayable: it is
// written commented out with its secret bytes as "**" (replaying a VERIFY with a zeroed
// PIN would spend a retry), its response commented out with it.
class ScriptorWriter : public SessionWriter
{
public:
    explicit ScriptorWriter(const SessionFileOptions &options = {});

    void writeHeader(QByteArray &out) override;
    void writeEntry(const LogEntry &entry, QByteArray &out) override;

private:
    void writeExchange(const LogEntry &entry, QByteArray &out);
    void writeComment(const QString &text, QByteArray &out);

    QString m_reader;
    bool m_first = true;
};

} // namespace smartcard
