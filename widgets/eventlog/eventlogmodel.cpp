#include "eventlog/eventlogmodel.h"

#include "monitor/monitor.h"
#include "util/hexstring.h"

#include <QDateTime>
#include <QTimer>

using smartcard::MonitorEvent;
using smartcard::ReaderStatus;
using smartcard::pcsc::ReturnCode;

namespace {

bool isReaderEvent(EventLogModel::Kind kind)
{
    return kind != EventLogModel::Kind::ServiceLost && kind != EventLogModel::Kind::ServiceRestored;
}

QString codeText(ReturnCode code)
{
    // "SCARD_E_NO_SERVICE (0x8010001D)", as pcsc-lite's headers write them.
    return QStringLiteral("%1 (0x%2)")
        .arg(QString::fromStdString(smartcard::pcsc::errorName(code)),
            QString::number(smartcard::pcsc::toUint(code), 16).toUpper().rightJustified(8, QLatin1Char('0')));
}

} // namespace

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_batchTimer(new QTimer(this))
{
    m_batchTimer->setObjectName(QStringLiteral("eventLogBatchTimer"));
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(BatchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, &EventLogModel::flush);
}

EventLogModel::~EventLogModel() = default;

void EventLogModel::attach(smartcard::Monitor *monitor)
{
    if (monitor == m_monitor)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_monitor = monitor;
    if (!monitor)
        return;
    using smartcard::Monitor;
    m_connections = {
        connect(monitor, &Monitor::readerAdded, this, &EventLogModel::onReaderAdded),
        connect(monitor, &Monitor::readerRemoved, this, &EventLogModel::onReaderRemoved),
        connect(monitor, &Monitor::readerStateChanged, this, &EventLogModel::onReaderStateChanged),
        connect(monitor, &Monitor::cardInserted, this, &EventLogModel::onCardInserted),
        connect(monitor, &Monitor::cardRemoved, this, &EventLogModel::onCardRemoved),
        connect(monitor, &Monitor::serviceLost, this, &EventLogModel::onServiceLost),
        connect(monitor, &Monitor::serviceRestored, this, &EventLogModel::onServiceRestored),
    };
}

void EventLogModel::setMaximumRows(int rows)
{
    m_maximumRows = std::max(rows, 1);
    if (rowCount() > m_maximumRows)
        dropOldest(rowCount() - m_maximumRows);
}

void EventLogModel::onReaderAdded(const ReaderStatus &status)
{
    append(Kind::ReaderAdded, status);
}

void EventLogModel::onReaderRemoved(const ReaderStatus &status)
{
    append(Kind::ReaderRemoved, status);
}

void EventLogModel::onReaderStateChanged(const ReaderStatus &status)
{
    append(Kind::StateChanged, status);
}

void EventLogModel::onCardInserted(const ReaderStatus &status)
{
    append(Kind::CardInserted, status);
}

void EventLogModel::onCardRemoved(const ReaderStatus &status)
{
    append(Kind::CardRemoved, status);
}

void EventLogModel::onServiceLost(ReturnCode code)
{
    append(Kind::ServiceLost, {}, code);
}

void EventLogModel::onServiceRestored()
{
    append(Kind::ServiceRestored, {});
}

void EventLogModel::append(Kind kind, const ReaderStatus &status, ReturnCode code)
{
    // The time of arrival, not of insertion: the batch delay must not show in the log.
    m_pending.push_back({ QDateTime::currentMSecsSinceEpoch(), MonitorEvent { kind, status, code } });
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void EventLogModel::flush()
{
    m_batchTimer->stop();
    if (m_pending.empty())
        return;
    std::vector<Entry> batch;
    batch.swap(m_pending);
    // A batch larger than the cap keeps its newest events only.
    if (batch.size() > std::size_t(m_maximumRows))
        batch.erase(batch.begin(), batch.end() - m_maximumRows);
    const int overflow = rowCount() + int(batch.size()) - m_maximumRows;
    if (overflow > 0)
        dropOldest(overflow);

    const int first = rowCount();
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    QStringList seen;
    for (Entry &entry : batch) {
        const QString &reader = entry.event.status.reader;
        if (!reader.isEmpty() && !m_readers.contains(reader) && !seen.contains(reader))
            seen << reader;
        m_rows.push_back(std::move(entry));
    }
    endInsertRows();
    for (const QString &reader : std::as_const(seen)) {
        m_readers << reader;
        Q_EMIT readerSeen(reader);
    }
}

void EventLogModel::dropOldest(int count)
{
    count = std::min(count, rowCount());
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}

void EventLogModel::clear()
{
    // The readers seen stay: a reader filter chosen before a Clear keeps its meaning.
    m_batchTimer->stop();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_rows[std::size_t(index.row())];
    const MonitorEvent &event = entry.event;
    switch (role) {
    case KindRole:
        return int(event.type);
    case ReaderNameRole:
        return event.status.reader;
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch);
    case AtrRole:
        return QByteArray(
            reinterpret_cast<const char *>(event.status.atr.data()), qsizetype(event.status.atr.size()));
    case ReturnCodeRole:
        return uint(smartcard::pcsc::toUint(event.code));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch)
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case KindColumn:
            return kindName(event.type);
        case ReaderColumn:
            return event.status.reader;
        case DetailsColumn:
            return detailsText(event);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return timeText(QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch));
        if (index.column() == DetailsColumn)
            return detailsToolTip(event);
        if (index.column() == ReaderColumn)
            return event.status.reader;
        break;
    default:
        break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case KindColumn:
            return tr("Event");
        case ReaderColumn:
            return tr("Reader");
        case DetailsColumn:
            return tr("Details");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("When CardScope received the event (local time, to the millisecond)");
        case KindColumn:
            return tr("What happened");
        case ReaderColumn:
            return tr("The reader concerned; empty for the PC/SC service's own events");
        case DetailsColumn:
            return tr("The reader's state flags, event counter and the card's ATR; the return code of a "
                      "service loss");
        }
    }
    return {};
}

QString EventLogModel::rowText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Entry &entry = m_rows[std::size_t(row)];
    return QStringList { timeText(QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch)),
        kindName(entry.event.type), entry.event.status.reader, detailsText(entry.event) }
        .join(QLatin1Char('\t'));
}

QString EventLogModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ReaderAdded:
        return tr("Reader added");
    case Kind::ReaderRemoved:
        return tr("Reader removed");
    case Kind::StateChanged:
        return tr("State changed");
    case Kind::CardInserted:
        return tr("Card inserted");
    case Kind::CardRemoved:
        return tr("Card removed");
    case Kind::ServiceLost:
        return tr("Service lost");
    case Kind::ServiceRestored:
        return tr("Service restored");
    }
    return {};
}

QString EventLogModel::timeText(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QString EventLogModel::detailsText(const MonitorEvent &event) const
{
    if (event.type == Kind::ServiceLost)
        return codeText(event.code);
    if (!isReaderEvent(event.type))
        return {};
    const ReaderStatus &status = event.status;
    const QStringList flags = status.stateNames();
    QStringList parts;
    parts << (flags.isEmpty() ? tr("no flag") : flags.join(QLatin1Char(' ')));
    parts << tr("counter %1").arg(status.eventCounter);
    if (!status.atr.empty())
        parts << tr("ATR %1").arg(smartcard::toHexString(status.atr));
    return parts.join(QLatin1String("; "));
}

QString EventLogModel::detailsToolTip(const MonitorEvent &event) const
{
    if (event.type == Kind::ServiceLost)
        return QString::fromStdString(smartcard::pcsc::describe(event.code));
    if (event.type == Kind::ServiceRestored)
        return tr("The PC/SC service answers again; the changes found meanwhile are listed just before.");
    if (event.type == Kind::CardRemoved)
        return tr("The card as last seen: %1").arg(detailsText(event));
    return detailsText(event);
}
