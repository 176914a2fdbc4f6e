#include "log/sessionjournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace smartcard {
namespace {

const QLatin1String JournalSuffix(".journal");

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Whether a live process holds the journal open (its flock).
bool isHeld(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

} // namespace

QString SessionJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal");
}

SessionJournal::SessionJournal(QString directory)
    : m_directory(std::move(directory))
{ }

SessionJournal::~SessionJournal()
{
    finish();
}

bool SessionJournal::open(const SessionFileOptions &options)
{
    std::lock_guard lock(m_mutex);
    if (m_fd >= 0) {
        // A new session: the previous one ends cleanly.
        closeLocked();
        retire(m_path, true);
    }
    if (!QDir().mkpath(m_directory)) {
        m_error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    QFile::setPermissions(
        m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    SessionFileOptions fileOptions = options;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (fileOptions.createdNs == 0)
        fileOptions.createdNs = now.toMSecsSinceEpoch() * 1000000;
    // Two journals opened in the same millisecond by one process get "-2", "-3", ... (a
    // finished one's .jsonl counts as taken: finishing must not replace it).
    const QString base = QStringLiteral("%1/session-%2-%3")
                             .arg(m_directory, now.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")))
                             .arg(::getpid());
    QString path;
    int fd = -1;
    for (int attempt = 1; fd < 0 && attempt <= 100; ++attempt) {
        const QString stem = attempt == 1 ? base : base + QStringLiteral("-%1").arg(attempt);
        path = stem + JournalSuffix;
        if (QFile::exists(stem + QStringLiteral(".jsonl")))
            continue;
        fd = ::open(
            QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        m_error = QStringLiteral("cannot create %1: %2").arg(path, systemError());
        return false;
    }
    ::flock(fd, LOCK_EX | LOCK_NB);
    m_fd = fd;
    m_path = path;
    m_entries = 0;
    m_failed = 0;
    m_error.clear();
    m_writer = std::make_unique<JsonLinesWriter>(fileOptions);
    m_buffer.clear();
    m_writer->writeHeader(m_buffer);
    return writeLocked(m_buffer);
}

bool SessionJournal::isOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_fd >= 0;
}

QString SessionJournal::path() const
{
    std::lock_guard lock(m_mutex);
    return m_path;
}

QString SessionJournal::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void SessionJournal::setDurable(bool durable)
{
    std::lock_guard lock(m_mutex);
    m_durable = durable;
}

void SessionJournal::append(const LogEntry &entry)
{
    std::lock_guard lock(m_mutex);
    if (m_fd < 0)
        return;
    m_buffer.clear();
    m_writer->writeEntry(entry, m_buffer);
    if (writeLocked(m_buffer))
        ++m_entries;
}

qint64 SessionJournal::entriesWritten() const
{
    std::lock_guard lock(m_mutex);
    return m_entries;
}

qint64 SessionJournal::failedWrites() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

bool SessionJournal::writeLocked(const QByteArray &bytes)
{
    // One write(2) for the whole line; a short write (a signal, a full disk) continues
    // where it stopped so that the line is either complete or the file's truncated end.
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, std::size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            m_error = QStringLiteral("cannot write %1: %2").arg(m_path, systemError());
            ++m_failed;
            return false;
        }
        data += written;
        left -= written;
    }
    if (m_durable)
        ::fdatasync(m_fd);
    return true;
}

void SessionJournal::closeLocked()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_writer.reset();
}

QString SessionJournal::finish()
{
    std::lock_guard lock(m_mutex);
    if (m_fd < 0)
        return QString();
    closeLocked();
    QString finished;
    if (!retire(m_path, true, &finished)) {
        m_error = QStringLiteral("cannot rename %1").arg(m_path);
        return QString();
    }
    m_path = finished;
    return finished;
}

void SessionJournal::discard()
{
    std::lock_guard lock(m_mutex);
    if (m_fd < 0)
        return;
    closeLocked();
    QFile::remove(m_path);
    m_path.clear();
}

QStringList SessionJournal::unfinished(const QString &directory)
{
    const QDir dir(directory);
    QStringList journals;
    const QStringList names = dir.entryList({ QStringLiteral("*") + JournalSuffix }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (!isHeld(path))
            journals << path;
    }
    return journals;
}

SessionExporter::ImportResult SessionJournal::recover(
    const QString &journalPath, const LogTaskControl &control)
{
    return SessionExporter::importJsonLines(journalPath, control);
}

int SessionJournal::pruneFinished(qsizetype keep, const QString &directory)
{
    const QDir dir(directory);
    const QStringList finished
        = dir.entryList({ QStringLiteral("session-*.jsonl") }, QDir::Files, QDir::Name | QDir::Reversed);
    int deleted = 0;
    for (qsizetype i = std::max<qsizetype>(keep, 0); i < finished.size(); ++i) {
        if (QFile::remove(dir.filePath(finished.at(i))))
            ++deleted;
    }
    return deleted;
}

bool SessionJournal::retire(const QString &journalPath, bool keep, QString *finishedPath)
{
    if (!keep)
        return QFile::remove(journalPath);
    QString finished = journalPath;
    if (finished.endsWith(JournalSuffix))
        finished.chop(JournalSuffix.size());
    finished += QStringLiteral(".jsonl");
    if (!QFile::rename(journalPath, finished))
        return false;
    if (finishedPath)
        *finishedPath = finished;
    return true;
}

} // namespace smartcard
