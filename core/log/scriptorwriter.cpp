#include "log/scriptorwriter.h"

#include "log/logfields.h"
#include "pcsc/returncode.h"
#include "sw/statuswordexplainer.h"

namespace smartcard {
namespace {

QString hex(std::span<const std::uint8_t> bytes)
{
    QByteArray text;
    logfields::appendHex(bytes, text, ' ');
    return QString::fromLatin1(text);
}

QString errorText(const LogEntry &entry)
{
    return QStringLiteral("failed: %1 (0x%2)%3")
        .arg(QString::fromStdString(pcsc::errorName(pcsc::ReturnCode(entry.errorCode))))
        .arg(entry.errorCode, 8, 16, QLatin1Char('0'))
        .arg(entry.errorMessage.isEmpty() ? QString() : QStringLiteral(": ") + entry.errorMessage);
}

QString otherKindText(const LogEntry &e)
{
    const QString protocol = logfields::protocolName(e.protocol);
    switch (e.kind) {
    case LogEntry::Kind::Connect:
        return QStringLiteral("connect%1")
            .arg(protocol.isEmpty() ? QString() : QStringLiteral(" ") + protocol);
    case LogEntry::Kind::Reconnect:
        return QStringLiteral("reconnect (%1)").arg(QLatin1String(logfields::dispositionName(e.disposition)));
    case LogEntry::Kind::Disconnect:
        return QStringLiteral("disconnect (%1)")
            .arg(QLatin1String(logfields::dispositionName(e.disposition)));
    case LogEntry::Kind::Release:
        return QStringLiteral("release");
    case LogEntry::Kind::Control:
        return QStringLiteral("control 0x%1: %2 -> %3")
            .arg(e.code, 8, 16, QLatin1Char('0'))
            .arg(hex(e.command), hex(e.response));
    case LogEntry::Kind::Attrib:
        return QStringLiteral("attribute 0x%1: %2").arg(e.code, 8, 16, QLatin1Char('0')).arg(hex(e.response));
    case LogEntry::Kind::Atr:
        return QStringLiteral("ATR: %1").arg(hex(e.response));
    case LogEntry::Kind::Exchange:
        break;
    }
    return QString();
}

} // namespace

ScriptorWriter::ScriptorWriter(const SessionFileOptions &options)
    : SessionWriter(options)
{ }

void ScriptorWriter::writeHeader(QByteArray &out)
{
    out.append("# CardScope session, ");
    logfields::appendIsoTime(options().createdNs, out);
    out.append(", ").append(toolVersion().toUtf8());
    out.append(options().maskSecrets ? ", secrets masked\n" : ", secrets NOT masked\n");
}

void ScriptorWriter::writeEntry(const LogEntry &e, QByteArray &out)
{
    if (m_first || e.reader != m_reader) {
        writeComment(QStringLiteral("reader: ") + e.reader, out);
        m_reader = e.reader;
        m_first = false;
    }
    if (!e.annotation.isEmpty())
        writeComment(QStringLiteral("note: ") + e.annotation, out);
    if (e.kind == LogEntry::Kind::Exchange) {
        writeExchange(e, out);
        return;
    }
    writeComment(otherKindText(e), out);
    if (!e.atr.empty() && (e.kind == LogEntry::Kind::Connect || e.kind == LogEntry::Kind::Reconnect))
        writeComment(QStringLiteral("ATR: ") + hex(e.atr), out);
    if (e.has(LogEntry::Failed))
        writeComment(errorText(e), out);
    else if (e.kind == LogEntry::Kind::Reconnect
        && (e.disposition == pcsc::Disposition::ResetCard || e.disposition == pcsc::Disposition::UnpowerCard))
        out.append("reset\n");
}

void ScriptorWriter::writeExchange(const LogEntry &e, QByteArray &out)
{
    if (e.originId != 0)
        writeComment(
            QStringLiteral("sent by CardScope itself for exchange %1 (GET RESPONSE or Le correction)")
                .arg(e.originId),
            out);
    const bool masked = e.has(LogEntry::Masked) && options().maskSecrets;
    const char *prefix = masked ? "# " : "";
    out.append(prefix).append("> ");
    for (std::size_t i = 0; i < e.command.size(); ++i) {
        if (i > 0)
            out.append(' ');
        if (masked && logfields::isMaskedByte(e, i))
            out.append("**");
        else
            logfields::appendHex(std::span(e.command).subspan(i, 1), out);
    }
    out.append(masked ? "  (masked: secret not exported, not replayable)\n" : "\n");
    if (e.has(LogEntry::HasResponse)) {
        out.append(prefix).append("< ");
        if (!e.response.empty()) {
            logfields::appendHex(e.response, out, ' ');
            out.append(' ');
        }
        const StatusWordExplanation sw = StatusWordExplainer::explain(e.sw);
        const std::uint8_t swBytes[2] = { sw.sw1, sw.sw2 };
        logfields::appendHex(swBytes, out, ' ');
        out.append("  # ").append(sw.text().toUtf8()).append('\n');
    }
    if (e.has(LogEntry::Failed))
        writeComment(errorText(e), out);
}

void ScriptorWriter::writeComment(const QString &text, QByteArray &out)
{
    // A line break inside a note must not end the comment and start a command.
    for (const QString &line : text.split(u'\n')) {
        QString clean = line;
        clean.remove(u'\r');
        out.append("# ").append(clean.toUtf8()).append('\n');
    }
}

} // namespace smartcard
