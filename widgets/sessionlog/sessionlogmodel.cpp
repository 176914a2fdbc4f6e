#include "sessionlogmodel.h"

#include "sessionlogtext.h"

#include <QFontDatabase>

#include <algorithm>

using smartcard::LogEntry;
using smartcard::SessionLog;
using Index = SessionLog::Index;

namespace {

constexpr int CoalesceMs = 40;

} // namespace

SessionLogModel::SessionLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(std::make_unique<SessionLog>())
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &SessionLogModel::flush);
}

SessionLogModel::~SessionLogModel() = default;

void SessionLogModel::setLog(std::unique_ptr<SessionLog> log)
{
    if (!log)
        log = std::make_unique<SessionLog>();
    m_coalesce.stop();
    beginResetModel();
    m_log = std::move(log);
    m_rows = m_filter.filter(*m_log);
    m_scanned = m_log->size();
    endResetModel();
    Q_EMIT logReplaced();
}

void SessionLogModel::clear()
{
    // The view disables Clear while the log is read elsewhere (held appends); the log must
    // not change under an export.
    if (m_held)
        return;
    m_coalesce.stop();
    beginResetModel();
    m_log->clear();
    m_rows.clear();
    m_scanned = 0;
    endResetModel();
    setUnmasked(false); // unmasking was a choice for the session that is gone
}

void SessionLogModel::appendEntries(const QList<LogEntry> &entries)
{
    if (m_held) {
        m_heldEntries.append(entries);
        return;
    }
    for (const LogEntry &entry : entries)
        m_log->append(entry);
    m_coalesce.stop();
    insertNewRows();
}

void SessionLogModel::appendEntry(const LogEntry &entry)
{
    if (m_held) {
        m_heldEntries.append(entry);
        return;
    }
    m_log->append(entry);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void SessionLogModel::flush()
{
    m_coalesce.stop();
    if (!m_held)
        insertNewRows();
}

void SessionLogModel::setAppendsHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (!held) {
        const QList<LogEntry> waiting = std::exchange(m_heldEntries, {});
        appendEntries(waiting);
    }
}

// The filter runs over the log's new tail only; the new rows go in as one insertion.
void SessionLogModel::insertNewRows()
{
    if (m_scanned >= m_log->size())
        return;
    std::vector<Index> fresh;
    m_filter.appendMatches(*m_log, m_scanned, fresh);
    m_scanned = m_log->size();
    if (fresh.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

void SessionLogModel::setFilter(const smartcard::SessionLogFilter &filter)
{
    m_coalesce.stop();
    beginResetModel();
    m_filter = filter;
    m_filter.setSearchSecrets(m_unmasked);
    m_rows = m_filter.filter(*m_log);
    m_scanned = m_log->size();
    endResetModel();
}

int SessionLogModel::rowOfLogIndex(Index index) const
{
    const auto found = std::lower_bound(m_rows.begin(), m_rows.end(), index);
    return (found != m_rows.end() && *found == index) ? int(found - m_rows.begin()) : -1;
}

std::optional<Index> SessionLogModel::originOf(Index index) const
{
    const std::uint32_t origin = m_log->originId(index);
    if (origin == 0)
        return std::nullopt;
    const Index stop = index > Index(OriginSearchDepth) ? index - Index(OriginSearchDepth) : 0;
    for (Index i = index; i > stop; --i) {
        if (m_log->exchangeId(i - 1) == origin && m_log->kind(i - 1) == LogEntry::Kind::Exchange)
            return i - 1;
    }
    return std::nullopt;
}

void SessionLogModel::setUnmasked(bool unmasked)
{
    if (m_unmasked == unmasked)
        return;
    m_unmasked = unmasked;
    // A text search may look into secret bytes only when they are shown.
    setFilter(m_filter);
    Q_EMIT unmaskedChanged(unmasked);
}

void SessionLogModel::setAnnotation(int row, const QString &text)
{
    if (row < 0 || row >= rowCount())
        return;
    m_log->setAnnotation(logIndex(row), text);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SessionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ReaderColumn:
        return tr("Reader");
    case NameColumn:
        return tr("Command");
    case CommandColumn:
        return tr("APDU");
    case ResponseColumn:
        return tr("Response");
    case SwColumn:
        return tr("SW");
    case MeaningColumn:
        return tr("Meaning");
    case DurationColumn:
        return tr("µs");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

QVariant SessionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Index entry = logIndex(index.row());
    const int column = index.column();
    const bool failed = m_log->flags(entry) & LogEntry::Failed;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, column);
    case Qt::ToolTipRole:
        if (column == CommandColumn || column == ResponseColumn)
            return bytesText(entry, column, -1);
        if (column == TimeColumn)
            return sessionlogtext::localTime(m_log->timeNs(entry), true);
        if (column == MeaningColumn || column == NameColumn || column == FlagsColumn)
            return displayData(entry, column);
        return {};
    case Qt::BackgroundRole:
        return failed ? QVariant(failedBackground()) : QVariant();
    case Qt::FontRole:
        if (column == CommandColumn || column == ResponseColumn || column == SwColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (column == IndexColumn || column == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return roleData(entry, role);
    }
}

QVariant SessionLogModel::roleData(Index entry, int role) const
{
    const std::uint8_t flags = m_log->flags(entry);
    switch (role) {
    case LogIndexRole:
        return uint(entry);
    case KindRole:
        return int(m_log->kind(entry));
    case FlagsRole:
        return uint(flags);
    case SwRole:
        return uint(m_log->sw(entry));
    case FailedRole:
        return bool(flags & LogEntry::Failed);
    case MaskedRole:
        return bool(flags & LogEntry::Masked);
    case LinkedRole:
        return m_log->originId(entry) != 0;
    case OriginLogIndexRole: {
        const std::optional<Index> origin = originOf(entry);
        return origin ? int(*origin) : -1;
    }
    case OriginRowRole: {
        const std::optional<Index> origin = originOf(entry);
        return origin ? rowOfLogIndex(*origin) : -1;
    }
    case ErrorTextRole: {
        const std::uint32_t error = m_log->errorId(entry);
        return error ? m_log->errorMessages().at(int(error) - 1) : QString();
    }
    case AnnotationRole:
        return m_log->annotation(entry);
    default:
        return {};
    }
}

QVariant SessionLogModel::displayData(Index entry, int column) const
{
    switch (column) {
    case IndexColumn:
        return qulonglong(entry) + 1;
    case TimeColumn:
        return sessionlogtext::localTime(m_log->timeNs(entry), false);
    case ReaderColumn:
        return m_log->readers().value(int(m_log->readerId(entry)));
    case NameColumn:
        return sessionlogtext::entryName(*m_log, entry);
    case CommandColumn:
    case ResponseColumn:
        return bytesText(entry, column, CellBytes);
    case SwColumn:
        return (m_log->kind(entry) == LogEntry::Kind::Exchange
                   && (m_log->flags(entry) & LogEntry::HasResponse))
            ? sessionlogtext::statusWord(m_log->sw(entry))
            : QString();
    case MeaningColumn:
        return sessionlogtext::meaning(*m_log, entry);
    case DurationColumn:
        return qlonglong(m_log->durationNs(entry) / 1000);
    case FlagsColumn:
        return sessionlogtext::flags(*m_log, entry, m_unmasked);
    default:
        return {};
    }
}

QString SessionLogModel::bytesText(Index entry, int column, int limit) const
{
    if (column == CommandColumn) {
        const bool masked = !m_unmasked && (m_log->flags(entry) & LogEntry::Masked);
        return sessionlogtext::hex(
            m_log->command(entry), masked, m_log->maskOffset(entry), m_log->maskLength(entry), limit);
    }
    return sessionlogtext::hex(m_log->response(entry), false, 0, 0, limit);
}

QColor SessionLogModel::failedBackground()
{
    return QColor(0xE5, 0x53, 0x4B, 0x50);
}
