#pragma once

#include "log/sessionwriter.h"

namespace smartcard {

// The JSON Lines session format (docs/exports.md): a header object on the first line, then
// one object per entry, each on its own line ending in '\n'. Written by hand rather than
// through QJsonDocument: a million entries in well under the three seconds a QJsonObject
// per line costs, with the same text a JSON library would write.
class JsonLinesWriter : public SessionWriter
{
public:
    static constexpr const char *FormatName = "cardscope-session";
    static constexpr int FormatVersion = 1;

    explicit JsonLinesWriter(const SessionFileOptions &options = {});

    void writeHeader(QByteArray &out) override;
    void writeEntry(const LogEntry &entry, QByteArray &out) override;

    // `text` as a JSON string literal, quotes included (UTF-8, control characters escaped).
    static void appendString(QStringView text, QByteArray &out);

private:
    static const QByteArray &cached(const QString &text, QString &last, QByteArray &json);

    // Reader names repeat on nearly every line: escape each once.
    QString m_lastReader;
    QByteArray m_lastReaderJson;
    std::uint32_t m_lastProtocol = 0;
    QByteArray m_lastProtocolJson;
    Bytes m_scratch;
};

} // namespace smartcard
