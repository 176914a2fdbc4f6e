#include "log/jsonlineswriter.h"

#include "log/logfields.h"
#include "pcsc/returncode.h"

#include <charconv>

namespace smartcard {
namespace {

void appendNumber(qint64 value, QByteArray &out)
{
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, value);
    out.append(text, result.ptr - text);
}

void appendKey(const char *key, QByteArray &out)
{
    out.append(",\"").append(key).append("\":");
}

void appendHexField(const char *key, std::span<const std::uint8_t> bytes, QByteArray &out)
{
    appendKey(key, out);
    out.append('"');
    logfields::appendHex(bytes, out);
    out.append('"');
}

void appendFlags(std::uint8_t flags, QByteArray &out)
{
    static constexpr struct
    {
        LogEntry::Flag flag;
        const char *name;
    } Names[] = { { LogEntry::Failed, "\"failed\"" }, { LogEntry::HasResponse, "\"hasResponse\"" },
        { LogEntry::Masked, "\"masked\"" }, { LogEntry::Imported, "\"imported\"" } };
    appendKey("flags", out);
    out.append('[');
    bool first = true;
    for (const auto &name : Names) {
        if (flags & name.flag) {
            if (!first)
                out.append(',');
            out.append(name.name);
            first = false;
        }
    }
    out.append(']');
}

void appendError(const LogEntry &entry, QByteArray &out)
{
    appendKey("error", out);
    char code[12];
    std::snprintf(code, sizeof code, "0x%08X", entry.errorCode);
    out.append("{\"code\":\"").append(code).append("\",\"name\":\"");
    out.append(pcsc::errorName(pcsc::ReturnCode(entry.errorCode)).c_str());
    out.append("\",\"message\":");
    JsonLinesWriter::appendString(entry.errorMessage, out);
    out.append('}');
}

} // namespace

JsonLinesWriter::JsonLinesWriter(const SessionFileOptions &options)
    : SessionWriter(options)
{ }

void JsonLinesWriter::writeHeader(QByteArray &out)
{
    out.append("{\"format\":\"").append(FormatName).append("\",\"version\":");
    appendNumber(FormatVersion, out);
    out.append(",\"created\":\"");
    logfields::appendIsoTime(options().createdNs, out);
    out.append("\",\"createdNs\":");
    appendNumber(options().createdNs, out);
    out.append(",\"tool\":");
    appendString(toolVersion(), out);
    out.append(",\"masked\":").append(options().maskSecrets ? "true" : "false").append("}\n");
}

void JsonLinesWriter::writeEntry(const LogEntry &e, QByteArray &out)
{
    out.append("{\"time\":\"");
    logfields::appendIsoTime(e.timeNs, out);
    out.append("\",\"timeNs\":");
    appendNumber(e.timeNs, out);
    out.append(",\"kind\":\"").append(LogEntry::kindName(e.kind)).append('"');
    if (e.reader != m_lastReader || m_lastReaderJson.isEmpty()) {
        m_lastReader = e.reader;
        m_lastReaderJson.clear();
        appendString(e.reader, m_lastReaderJson);
    }
    appendKey("reader", out);
    out.append(m_lastReaderJson);
    if (!e.atr.empty())
        appendHexField("atr", e.atr, out);
    if (e.protocol != 0) {
        appendKey("protocol", out);
        appendString(logfields::protocolName(e.protocol), out);
    }
    if (!e.command.empty())
        appendHexField("command", logfields::commandForFile(e, options().maskSecrets, m_scratch), out);
    if (!e.response.empty() || e.has(LogEntry::HasResponse))
        appendHexField("response", e.response, out);
    if (e.has(LogEntry::HasResponse) || e.sw != 0) {
        const std::uint8_t sw[2] = { std::uint8_t(e.sw >> 8), std::uint8_t(e.sw) };
        appendHexField("sw", sw, out);
    }
    appendKey("durationNs", out);
    appendNumber(e.durationNs, out);
    if (e.exchangeId != 0) {
        appendKey("exchangeId", out);
        appendNumber(e.exchangeId, out);
    }
    if (e.originId != 0) {
        appendKey("originId", out);
        appendNumber(e.originId, out);
    }
    if (e.code != 0) {
        appendKey("code", out);
        appendNumber(e.code, out);
    }
    if (e.kind == LogEntry::Kind::Reconnect || e.kind == LogEntry::Kind::Disconnect
        || e.disposition != pcsc::Disposition::LeaveCard) {
        appendKey("disposition", out);
        out.append('"').append(logfields::dispositionName(e.disposition)).append('"');
    }
    if (e.has(LogEntry::Failed) || e.errorCode != 0 || !e.errorMessage.isEmpty())
        appendError(e, out);
    if (e.flags != 0)
        appendFlags(e.flags, out);
    if (e.has(LogEntry::Masked) || e.maskOffset != 0 || e.maskLength != 0) {
        appendKey("masked", out);
        out.append("{\"offset\":");
        appendNumber(e.maskOffset, out);
        out.append(",\"length\":");
        appendNumber(e.maskLength, out);
        out.append('}');
    }
    if (!e.annotation.isEmpty()) {
        appendKey("annotation", out);
        appendString(e.annotation, out);
    }
    out.append("}\n");
}

void JsonLinesWriter::appendString(QStringView text, QByteArray &out)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            switch (c) {
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                out.append("\\u00").append(Hex[u >> 4]).append(Hex[u & 0xF]);
            }
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

} // namespace smartcard
