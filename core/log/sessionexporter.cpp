#include "log/sessionexporter.h"

#include "log/csvwriter.h"
#include "log/jsonlineswriter.h"
#include "log/pcapngwriter.h"
#include "log/scriptorwriter.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace smartcard {
namespace {

constexpr qsizetype FlushBytes = 1 << 20;
constexpr qint64 ProgressEvery = 16384;

bool writeAll(QSaveFile &file, QByteArray &buffer, SessionExporter::Result *result)
{
    if (buffer.isEmpty())
        return true;
    if (file.write(buffer) != buffer.size()) {
        result->error = file.errorString();
        return false;
    }
    result->bytes += buffer.size();
    buffer.clear();
    return true;
}

} // namespace

QString SessionExporter::formatName(SessionFileFormat format)
{
    switch (format) {
    case SessionFileFormat::JsonLines:
        return QStringLiteral("JSON Lines");
    case SessionFileFormat::Csv:
        return QStringLiteral("CSV");
    case SessionFileFormat::Scriptor:
        return QStringLiteral("scriptor text");
    case SessionFileFormat::Pcapng:
        return QStringLiteral("pcapng");
    }
    return QString();
}

QString SessionExporter::fileSuffix(SessionFileFormat format)
{
    switch (format) {
    case SessionFileFormat::JsonLines:
        return QStringLiteral("jsonl");
    case SessionFileFormat::Csv:
        return QStringLiteral("csv");
    case SessionFileFormat::Scriptor:
        return QStringLiteral("txt");
    case SessionFileFormat::Pcapng:
        return QStringLiteral("pcapng");
    }
    return QString();
}

std::unique_ptr<SessionWriter> SessionExporter::makeWriter(
    SessionFileFormat format, const SessionFileOptions &options)
{
    switch (format) {
    case SessionFileFormat::JsonLines:
        return std::make_unique<JsonLinesWriter>(options);
    case SessionFileFormat::Csv:
        return std::make_unique<CsvWriter>(options);
    case SessionFileFormat::Scriptor:
        return std::make_unique<ScriptorWriter>(options);
    case SessionFileFormat::Pcapng:
        return std::make_unique<PcapngWriter>(options);
    }
    return nullptr;
}

SessionExporter::Result SessionExporter::exportLog(const SessionLog &log,
    const std::vector<SessionLog::Index> *rows, const QString &path, SessionFileFormat format,
    SessionFileOptions options, const LogTaskControl &control)
{
    const qint64 count = rows ? qint64(rows->size()) : qint64(log.size());
    return exportEntries(
        count, [&](qint64 i) { return log.entry(rows ? (*rows)[std::size_t(i)] : SessionLog::Index(i)); },
        path, format, std::move(options), control);
}

SessionExporter::Result SessionExporter::exportEntries(qint64 count,
    const std::function<LogEntry(qint64)> &entryAt, const QString &path, SessionFileFormat format,
    SessionFileOptions options, const LogTaskControl &control)
{
    Result result;
    if (options.createdNs == 0)
        options.createdNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
        return result;
    }
    // Secrets or not, a session is nobody else's business: owner read/write only.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        result.error = file.errorString();
        file.cancelWriting();
        return result;
    }
    const std::unique_ptr<SessionWriter> writer = makeWriter(format, options);
    QByteArray buffer;
    buffer.reserve(FlushBytes + 4096);
    writer->writeHeader(buffer);
    for (qint64 i = 0; i < count; ++i) {
        writer->writeEntry(entryAt(i), buffer);
        if (buffer.size() >= FlushBytes && !writeAll(file, buffer, &result))
            break;
        if ((i + 1) % ProgressEvery == 0) {
            control.report(i + 1, count);
            if (control.isCancelled()) {
                result.cancelled = true;
                break;
            }
        }
        result.entries = i + 1;
    }
    if (result.cancelled || !result.error.isEmpty()) {
        file.cancelWriting();
        return result;
    }
    writer->writeFooter(buffer);
    if (!writeAll(file, buffer, &result) || !file.commit()) {
        if (result.error.isEmpty())
            result.error = file.errorString();
        return result;
    }
    control.report(count, count);
    result.ok = true;
    return result;
}

SessionExporter::ImportResult SessionExporter::importJsonLines(
    const QString &path, const LogTaskControl &control)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.read.ioError = file.errorString();
        return result;
    }
    auto log = std::make_unique<SessionLog>();
    result.read = JsonLinesReader::read(
        file, [&log](LogEntry &&entry) { log->append(entry); }, control);
    result.ok = result.read.ioError.isEmpty() && !result.read.cancelled;
    if (!result.read.cancelled)
        result.log = std::move(log);
    return result;
}

} // namespace smartcard
