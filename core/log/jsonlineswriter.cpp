#include "log/jsonlineswriter.h"

#include "log/logfields.h"
#include "pcsc/returncode.h"

#include <charconv>
#include <cstring>

namespace smartcard {
namespace {

// Writes one line into memory the caller has made room for: no QByteArray::append per
// field (each is a call into Qt that checks sharing and capacity; a million lines of twenty
// fields made that half the export's time).
class Cursor
{
public:
    explicit Cursor(char *at)
        : m_at(at)
    { }
    char *at() const { return m_at; }

    template<std::size_t N> void literal(const char (&text)[N])
    {
        std::memcpy(m_at, text, N - 1);
        m_at += N - 1;
    }
    void raw(QByteArrayView bytes)
    {
        std::memcpy(m_at, bytes.data(), std::size_t(bytes.size()));
        m_at += bytes.size();
    }
    template<std::size_t N> void key(const char (&name)[N])
    {
        *m_at++ = ',';
        *m_at++ = '"';
        literal(name);
        *m_at++ = '"';
        *m_at++ = ':';
    }
    void number(qint64 value) { m_at = std::to_chars(m_at, m_at + 24, value).ptr; }
    template<std::size_t N> void hexField(const char (&name)[N], std::span<const std::uint8_t> bytes)
    {
        key(name);
        *m_at++ = '"';
        m_at = logfields::writeHex(bytes, m_at);
        *m_at++ = '"';
    }
    template<std::size_t N> void numberField(const char (&name)[N], qint64 value)
    {
        key(name);
        number(value);
    }

private:
    char *m_at;
};

void writeFlags(std::uint8_t flags, Cursor &out)
{
    static constexpr struct
    {
        LogEntry::Flag flag;
        const char *name;
    } Names[] = { { LogEntry::Failed, "\"failed\"" }, { LogEntry::HasResponse, "\"hasResponse\"" },
        { LogEntry::Masked, "\"masked\"" }, { LogEntry::Imported, "\"imported\"" } };
    out.key("flags");
    out.literal("[");
    bool first = true;
    for (const auto &name : Names) {
        if (flags & name.flag) {
            if (!first)
                out.literal(",");
            out.raw(name.name);
            first = false;
        }
    }
    out.literal("]");
}

void writeError(const LogEntry &entry, const QByteArray &message, Cursor &out)
{
    char code[12];
    std::snprintf(code, sizeof code, "0x%08X", entry.errorCode);
    out.key("error");
    out.literal("{\"code\":\"");
    out.raw(code);
    out.literal("\",\"name\":\"");
    out.raw(pcsc::errorName(pcsc::ReturnCode(entry.errorCode)).c_str());
    out.literal("\",\"message\":");
    out.raw(message);
    out.literal("}");
}

QByteArray jsonString(QStringView text)
{
    QByteArray json;
    JsonLinesWriter::appendString(text, json);
    return json;
}

void appendNumber(qint64 value, QByteArray &out)
{
    char text[24];
    out.append(text, std::to_chars(text, text + sizeof text, value).ptr - text);
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

const QByteArray &JsonLinesWriter::cached(const QString &text, QString &last, QByteArray &json)
{
    if (text != last || json.isEmpty()) {
        last = text;
        json = jsonString(text);
    }
    return json;
}

void JsonLinesWriter::writeEntry(const LogEntry &e, QByteArray &out)
{
    const QByteArray &reader = cached(e.reader, m_lastReader, m_lastReaderJson);
    if (e.protocol != 0 && (e.protocol != m_lastProtocol || m_lastProtocolJson.isEmpty())) {
        m_lastProtocol = e.protocol;
        m_lastProtocolJson = jsonString(logfields::protocolName(e.protocol));
    }
    const bool hasError = e.has(LogEntry::Failed) || e.errorCode != 0 || !e.errorMessage.isEmpty();
    const QByteArray message = hasError ? jsonString(e.errorMessage) : QByteArray();
    const QByteArray annotation = e.annotation.isEmpty() ? QByteArray() : jsonString(e.annotation);
    // Fixed text and numbers fit in 600 bytes; hex doubles the bytes.
    const qsizetype need = 600 + 2 * qsizetype(e.atr.size() + e.command.size() + e.response.size())
        + reader.size() + m_lastProtocolJson.size() + message.size() + annotation.size();
    const qsizetype start = out.size();
    if (out.capacity() - start < need)
        out.reserve(qMax(start + need, 2 * out.capacity()));
    out.resize(start + need);
    Cursor c(out.data() + start);
    c.literal("{\"time\":\"");
    c = Cursor(logfields::writeIsoTime(e.timeNs, c.at()));
    c.literal("\",\"timeNs\":");
    c.number(e.timeNs);
    c.literal(",\"kind\":\"");
    c.raw(LogEntry::kindName(e.kind));
    c.literal("\"");
    c.key("reader");
    c.raw(reader);
    if (!e.atr.empty())
        c.hexField("atr", e.atr);
    if (e.protocol != 0) {
        c.key("protocol");
        c.raw(m_lastProtocolJson);
    }
    if (!e.command.empty())
        c.hexField("command", logfields::commandForFile(e, options().maskSecrets, m_scratch));
    if (!e.response.empty() || e.has(LogEntry::HasResponse))
        c.hexField("response", e.response);
    if (e.has(LogEntry::HasResponse) || e.sw != 0) {
        const std::uint8_t sw[2] = { std::uint8_t(e.sw >> 8), std::uint8_t(e.sw) };
        c.hexField("sw", sw);
    }
    c.numberField("durationNs", e.durationNs);
    if (e.exchangeId != 0)
        c.numberField("exchangeId", e.exchangeId);
    if (e.originId != 0)
        c.numberField("originId", e.originId);
    if (e.code != 0)
        c.numberField("code", e.code);
    if (e.kind == LogEntry::Kind::Reconnect || e.kind == LogEntry::Kind::Disconnect
        || e.disposition != pcsc::Disposition::LeaveCard) {
        c.key("disposition");
        c.literal("\"");
        c.raw(logfields::dispositionName(e.disposition));
        c.literal("\"");
    }
    if (hasError)
        writeError(e, message, c);
    if (e.flags != 0)
        writeFlags(e.flags, c);
    if (e.has(LogEntry::Masked) || e.maskOffset != 0 || e.maskLength != 0) {
        c.key("masked");
        c.literal("{\"offset\":");
        c.number(e.maskOffset);
        c.literal(",\"length\":");
        c.number(e.maskLength);
        c.literal("}");
    }
    if (!annotation.isEmpty()) {
        c.key("annotation");
        c.raw(annotation);
    }
    c.literal("}\n");
    out.truncate(c.at() - out.constData());
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
