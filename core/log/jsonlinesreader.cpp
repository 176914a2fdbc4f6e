#include "log/jsonlinesreader.h"

#include "log/jsonlineswriter.h"
#include "log/logfields.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace smartcard {
namespace {

// Reads one field into the entry; each returns false with a reason naming the field.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString *reason)
        : m_object(object)
        , m_reason(reason)
    { }

    bool fail(const QString &text) const
    {
        *m_reason = text;
        return false;
    }

    bool bytes(const char *key, Bytes *out) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isString() || !logfields::bytesFromHex(value.toString().toLatin1(), out))
            return fail(QStringLiteral("\"%1\" is not a string of hex digit pairs").arg(QLatin1String(key)));
        return true;
    }

    template<typename T> bool integer(const QJsonObject &object, const char *key, T *out) const
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        // Integers beyond 2^53 stay exact: Qt's parser keeps integral JSON numbers as qint64.
        const qint64 number = value.toInteger(std::numeric_limits<qint64>::min());
        if (!value.isDouble() || number == std::numeric_limits<qint64>::min()
            || number < qint64(std::numeric_limits<T>::min())
            || (std::numeric_limits<T>::max() < std::numeric_limits<qint64>::max()
                && number > qint64(std::numeric_limits<T>::max())))
            return fail(QStringLiteral("\"%1\" is not an integer in range").arg(QLatin1String(key)));
        *out = T(number);
        return true;
    }
    template<typename T> bool integer(const char *key, T *out) const { return integer(m_object, key, out); }

    bool string(const char *key, QString *out) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return fail(QStringLiteral("\"%1\" is not a string").arg(QLatin1String(key)));
        *out = value.toString();
        return true;
    }

    const QJsonObject &object() const { return m_object; }

private:
    const QJsonObject &m_object;
    QString *m_reason;
};

bool readTime(const FieldReader &fields, LogEntry *entry)
{
    const QJsonObject &object = fields.object();
    if (object.contains(QLatin1String("timeNs")))
        return fields.integer("timeNs", &entry->timeNs);
    const QJsonValue time = object.value(QLatin1String("time"));
    if (time.isUndefined())
        return fields.fail(QStringLiteral("no \"time\" or \"timeNs\""));
    if (!time.isString() || !logfields::isoTimeFromText(time.toString().toLatin1(), &entry->timeNs))
        return fields.fail(QStringLiteral("\"time\" is not an ISO 8601 UTC time"));
    return true;
}

bool readNames(const FieldReader &fields, LogEntry *entry)
{
    const QJsonObject &object = fields.object();
    const QJsonValue kind = object.value(QLatin1String("kind"));
    if (!kind.isString())
        return fields.fail(QStringLiteral("no \"kind\""));
    if (!LogEntry::kindFromName(kind.toString(), &entry->kind))
        return fields.fail(QStringLiteral("unknown kind \"%1\"").arg(kind.toString()));
    QString text;
    if (!fields.string("protocol", &text))
        return false;
    if (!logfields::protocolFromName(text, &entry->protocol))
        return fields.fail(QStringLiteral("unknown protocol \"%1\"").arg(text));
    text.clear();
    if (!fields.string("disposition", &text))
        return false;
    if (!text.isEmpty() && !logfields::dispositionFromName(text, &entry->disposition))
        return fields.fail(QStringLiteral("unknown disposition \"%1\"").arg(text));
    return true;
}

bool readFlags(const FieldReader &fields, LogEntry *entry)
{
    const QJsonValue flags = fields.object().value(QLatin1String("flags"));
    if (flags.isUndefined())
        return true;
    if (!flags.isArray())
        return fields.fail(QStringLiteral("\"flags\" is not an array"));
    for (const QJsonValue &flag : flags.toArray()) {
        const QString name = flag.toString();
        if (name == QLatin1String("failed"))
            entry->set(LogEntry::Failed);
        else if (name == QLatin1String("hasResponse"))
            entry->set(LogEntry::HasResponse);
        else if (name == QLatin1String("masked"))
            entry->set(LogEntry::Masked);
        else if (name == QLatin1String("imported"))
            entry->set(LogEntry::Imported);
        else
            return fields.fail(QStringLiteral("unknown flag \"%1\"").arg(name));
    }
    return true;
}

bool readObjects(const FieldReader &fields, LogEntry *entry)
{
    const QJsonValue error = fields.object().value(QLatin1String("error"));
    if (!error.isUndefined()) {
        const QJsonObject object = error.toObject();
        const QString code = object.value(QLatin1String("code")).toString();
        bool ok = false;
        entry->errorCode = code.mid(2).toUInt(&ok, 16);
        if (!error.isObject() || !code.startsWith(QLatin1String("0x")) || !ok)
            return fields.fail(QStringLiteral("\"error\" has no hex \"code\""));
        entry->errorMessage = object.value(QLatin1String("message")).toString();
    }
    const QJsonValue masked = fields.object().value(QLatin1String("masked"));
    if (!masked.isUndefined()) {
        const QJsonObject object = masked.toObject();
        if (!masked.isObject() || !object.contains(QLatin1String("offset"))
            || !object.contains(QLatin1String("length")))
            return fields.fail(QStringLiteral("\"masked\" is not {\"offset\", \"length\"}"));
        if (!fields.integer(object, "offset", &entry->maskOffset)
            || !fields.integer(object, "length", &entry->maskLength))
            return false;
    }
    return true;
}

bool readSw(const FieldReader &fields, LogEntry *entry)
{
    Bytes sw;
    if (!fields.bytes("sw", &sw))
        return false;
    if (fields.object().contains(QLatin1String("sw"))) {
        if (sw.size() != 2)
            return fields.fail(QStringLiteral("\"sw\" is not two bytes"));
        entry->sw = std::uint16_t(sw[0] << 8 | sw[1]);
    }
    return true;
}

} // namespace

bool JsonLinesReader::parseEntry(QByteArrayView line, LogEntry *entry, QString *reason)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        *reason = QStringLiteral("not JSON (%1 at column %2)").arg(error.errorString()).arg(error.offset + 1);
        return false;
    }
    if (!document.isObject()) {
        *reason = QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject object = document.object();
    const FieldReader fields(object, reason);
    LogEntry result;
    if (!readNames(fields, &result) || !readTime(fields, &result) || !fields.string("reader", &result.reader)
        || !fields.bytes("atr", &result.atr) || !fields.bytes("command", &result.command)
        || !fields.bytes("response", &result.response) || !readSw(fields, &result)
        || !fields.integer("durationNs", &result.durationNs)
        || !fields.integer("exchangeId", &result.exchangeId) || !fields.integer("originId", &result.originId)
        || !fields.integer("code", &result.code) || !readFlags(fields, &result)
        || !readObjects(fields, &result) || !fields.string("annotation", &result.annotation))
        return false;
    *entry = std::move(result);
    return true;
}

namespace {

enum class HeaderVerdict { Header, NoHeader, Refused };

HeaderVerdict readHeader(QByteArrayView line, JsonLinesHeader *header, QString *reason)
{
    const QJsonObject object = QJsonDocument::fromJson(line.toByteArray()).object();
    if (!object.contains(QLatin1String("format"))) {
        *reason = QStringLiteral("no header line (format, version); entries read as version %1")
                      .arg(JsonLinesWriter::FormatVersion);
        return HeaderVerdict::NoHeader;
    }
    const QString format = object.value(QLatin1String("format")).toString();
    if (format != QLatin1String(JsonLinesWriter::FormatName)) {
        *reason = QStringLiteral("not a CardScope session (format \"%1\", expected \"%2\"); nothing read")
                      .arg(format, QLatin1String(JsonLinesWriter::FormatName));
        return HeaderVerdict::Refused;
    }
    header->version = object.value(QLatin1String("version")).toInt(0);
    if (header->version != JsonLinesWriter::FormatVersion) {
        *reason
            = QStringLiteral("format version %1 is not one this CardScope reads (version %2); nothing read")
                  .arg(object.value(QLatin1String("version")).toVariant().toString())
                  .arg(JsonLinesWriter::FormatVersion);
        return HeaderVerdict::Refused;
    }
    header->present = true;
    header->createdNs = object.value(QLatin1String("createdNs")).toInteger();
    header->tool = object.value(QLatin1String("tool")).toString();
    header->masked = object.value(QLatin1String("masked")).toBool(true);
    return HeaderVerdict::Header;
}

QByteArrayView withoutNewline(const QByteArray &line)
{
    QByteArrayView view(line);
    if (view.endsWith('\n'))
        view.chop(1);
    if (view.endsWith('\r'))
        view.chop(1);
    return view;
}

} // namespace

JsonLinesReader::Result JsonLinesReader::read(
    QIODevice &device, const std::function<void(LogEntry &&)> &sink, const LogTaskControl &control)
{
    Result result;
    const qint64 total = device.isSequential() ? -1 : device.size();
    bool headerSeen = false;
    QString reason;
    while (!device.atEnd()) {
        if (control.isCancelled()) {
            result.cancelled = true;
            return result;
        }
        const QByteArray raw = device.readLine();
        if (raw.isEmpty() && !device.atEnd()) {
            result.ioError = device.errorString();
            break;
        }
        const qint64 number = ++result.lines;
        const bool complete = raw.endsWith('\n');
        const QByteArrayView line = withoutNewline(raw);
        if (line.trimmed().isEmpty())
            continue;
        if (!headerSeen) {
            headerSeen = true;
            const HeaderVerdict verdict = readHeader(line, &result.header, &reason);
            if (verdict == HeaderVerdict::Refused) {
                result.refused = true;
                result.issues.append({ number, reason });
                return result;
            }
            if (verdict == HeaderVerdict::Header)
                continue;
            result.issues.append({ number, reason });
        }
        LogEntry entry;
        if (parseEntry(line, &entry, &reason)) {
            entry.set(LogEntry::Imported);
            sink(std::move(entry));
            ++result.entries;
        } else if (!complete && device.atEnd()) {
            result.truncated = true;
            result.issues.append(
                { number, QStringLiteral("truncated: the file ends inside this line (%1)").arg(reason) });
        } else {
            result.issues.append({ number, reason });
        }
        if (number % 4096 == 0)
            control.report(device.pos(), total);
    }
    if (!headerSeen)
        result.issues.append({ 1, QStringLiteral("the file is empty: no header, no entries") });
    control.report(device.pos(), total);
    return result;
}

} // namespace smartcard
