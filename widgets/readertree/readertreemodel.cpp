#include "readertree/readertreemodel.h"

#include "monitor/monitor.h"
#include "readertree/readertreetext.h"
#include "util/hexstring.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <mutex>

using smartcard::ReaderStatus;
using smartcard::pcsc::ReturnCode;

namespace {

constexpr int PresenceRefreshMs = 1000;

QByteArray toByteArray(const smartcard::Bytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

// The roles whose value a column shows: what dataChanged names when that column changes.
QList<int> displayRoles()
{
    return { Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole };
}

} // namespace

ReaderTreeModel::ReaderTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_presenceTimer(new QTimer(this))
{
    m_clock.start();
    m_presenceTimer->setObjectName(QStringLiteral("presentForTimer"));
    m_presenceTimer->setInterval(PresenceRefreshMs);
    connect(m_presenceTimer, &QTimer::timeout, this, &ReaderTreeModel::refreshPresentFor);
}

ReaderTreeModel::~ReaderTreeModel() = default;

void ReaderTreeModel::attach(smartcard::Monitor *monitor)
{
    if (monitor == m_monitor)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_readers.clear();
    m_serviceAvailable = true;
    m_serviceError = ReturnCode::Success;
    endResetModel();
    updatePresenceTimer();
    m_monitor = monitor;
    if (!monitor)
        return;

    using smartcard::Monitor;
    m_connections = {
        connect(monitor, &Monitor::readerAdded, this, &ReaderTreeModel::onReaderAdded),
        connect(monitor, &Monitor::readerRemoved, this, &ReaderTreeModel::onReaderRemoved),
        connect(monitor, &Monitor::readerStateChanged, this, &ReaderTreeModel::onReaderStateChanged),
        connect(monitor, &Monitor::cardInserted, this, &ReaderTreeModel::onCardInserted),
        connect(monitor, &Monitor::cardRemoved, this, &ReaderTreeModel::onCardRemoved),
        connect(monitor, &Monitor::serviceLost, this, &ReaderTreeModel::onServiceLost),
        connect(monitor, &Monitor::serviceRestored, this, &ReaderTreeModel::onServiceRestored),
    };
    if (!monitor->isStarted())
        return;
    // Already started: its start() events are gone. Read the engine's state under its mutex (one
    // consistent look), apply it outside. Events queued meanwhile repeat it; the slots are idempotent.
    std::vector<ReaderStatus> snapshot;
    std::optional<bool> available;
    ReturnCode error = ReturnCode::Success;
    {
        const std::lock_guard lock(monitor->engine()->mutex());
        snapshot = monitor->engine()->snapshotLocked();
        available = monitor->engine()->serviceAvailableLocked();
        error = monitor->engine()->lastServiceErrorLocked();
    }
    for (const ReaderStatus &status : snapshot) {
        onReaderAdded(status);
        if (status.isPresent())
            onCardInserted(status);
    }
    if (available == false)
        onServiceLost(error);
}

QModelIndex ReaderTreeModel::indexOfReader(const QString &reader, int column) const
{
    const int row = rowOf(reader);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex ReaderTreeModel::indexOfCard(const QString &reader, int column) const
{
    const int row = rowOf(reader);
    if (row < 0 || !m_readers[std::size_t(row)].hasCard)
        return {};
    return createIndex(0, column, m_readers[std::size_t(row)].id);
}

QModelIndex ReaderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, m_readers[std::size_t(parent.row())].id);
}

QModelIndex ReaderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfId(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int ReaderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return readerCount();
    // Only a reader's first column has children: its card.
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_readers[std::size_t(parent.row())].hasCard ? 1 : 0;
}

int ReaderTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReaderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return readerData(m_readers[std::size_t(index.row())], index.column(), role);
    const int row = rowOfId(index.internalId());
    return row < 0 ? QVariant() : cardData(m_readers[std::size_t(row)], index.column(), role);
}

QVariant ReaderTreeModel::commonData(const Reader &reader, bool isCard, int role) const
{
    switch (role) {
    case ReaderNameRole:
        return reader.status.reader;
    case AtrRole:
        return reader.hasCard ? toByteArray(reader.card.atr) : QByteArray();
    case IsCardRole:
        return isCard;
    case ServiceAvailableRole:
        return m_serviceAvailable;
    case Qt::ForegroundRole:
        // Stale while the service is lost: the palette's own disabled colour, light or dark.
        if (!m_serviceAvailable)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ReaderTreeModel::readerData(const Reader &reader, int column, int role) const
{
    const ReaderStatus &status = reader.status;
    if (column == StateColumn && role == StateFlagsRole)
        return status.stateNames();
    if (column == StateColumn && role == StateBitsRole)
        return uint(status.state);
    if (column == CounterColumn && role == EventCounterRole)
        return int(status.eventCounter);
    const bool shown = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    switch (column) {
    case NameColumn:
        if (shown)
            return status.reader;
        if (role == Qt::ToolTipRole)
            return m_serviceAvailable
                ? status.reader
                : tr("%1\nLast known state: the PC/SC service is not answering (%2).")
                      .arg(status.reader, QString::fromStdString(smartcard::pcsc::errorName(m_serviceError)));
        break;
    case StateColumn:
        if (shown)
            return status.stateNames().join(QLatin1Char(' '));
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const QString &flag : status.stateNames())
                lines << readertreetext::stateFlagDescription(flag);
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case CounterColumn:
        if (shown)
            return int(status.eventCounter);
        if (role == Qt::ToolTipRole)
            return tr("Event counter: pcscd moves it on each card insertion and removal.");
        break;
    default:
        break;
    }
    return commonData(reader, false, role);
}

QVariant ReaderTreeModel::cardData(const Reader &reader, int column, int role) const
{
    const Card &card = reader.card;
    if (role == CardSinceRole)
        return card.seenAt;
    const bool shown = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    switch (column) {
    case NameColumn:
        if (shown)
            return tr("Card");
        if (role == Qt::ToolTipRole)
            return tr("The card in %1").arg(reader.status.reader);
        break;
    case AtrColumn:
        if (shown || role == Qt::ToolTipRole)
            return smartcard::toHexString(card.atr);
        break;
    case PresentForColumn:
        if (shown)
            return readertreetext::durationText(m_clock.elapsed() - card.seenAtMs);
        if (role == Qt::ToolTipRole)
            return tr("Present since %1 (when CardScope first saw it; it may have been there before).")
                .arg(QLocale().toString(card.seenAt.time(), QStringLiteral("HH:mm:ss")));
        break;
    default:
        break;
    }
    return commonData(reader, true, role);
}

QVariant ReaderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return readertreetext::columnTitle(section);
    if (role == Qt::ToolTipRole)
        return readertreetext::columnToolTip(section);
    return {};
}

Qt::ItemFlags ReaderTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Children only at column 0; a card row never has any.
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

void ReaderTreeModel::onReaderAdded(const ReaderStatus &status)
{
    // Known already (a seeded state, or a reader back after an outage): it is a state update.
    onReaderStateChanged(status);
}

void ReaderTreeModel::onReaderRemoved(const ReaderStatus &status)
{
    const int row = rowOf(status.reader);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_readers.erase(m_readers.begin() + row);
    endRemoveRows();
    updatePresenceTimer();
}

void ReaderTreeModel::onReaderStateChanged(const ReaderStatus &status)
{
    const int row = rowOf(status.reader);
    if (row < 0) {
        ensureReader(status);
        return;
    }
    ReaderStatus &old = m_readers[std::size_t(row)].status;
    const bool stateMoved = old.state != status.state;
    const bool counterMoved = old.eventCounter != status.eventCounter;
    old = status;
    if (stateMoved) {
        const QModelIndex cell = index(row, StateColumn);
        Q_EMIT dataChanged(cell, cell, displayRoles() + QList<int> { StateFlagsRole, StateBitsRole });
    }
    if (counterMoved) {
        const QModelIndex cell = index(row, CounterColumn);
        Q_EMIT dataChanged(cell, cell, displayRoles() + QList<int> { EventCounterRole });
    }
}

void ReaderTreeModel::onCardInserted(const ReaderStatus &status)
{
    const int row = ensureReader(status);
    const Reader &reader = m_readers[std::size_t(row)];
    if (reader.hasCard) {
        if (reader.card.atr == status.atr && reader.card.eventCounter == status.eventCounter)
            return; // the card already shown
        removeCard(row); // another card, whose removal was not reported
    }
    insertCard(row, status);
}

void ReaderTreeModel::onCardRemoved(const ReaderStatus &status)
{
    const int row = rowOf(status.reader);
    if (row >= 0 && m_readers[std::size_t(row)].hasCard)
        removeCard(row);
}

void ReaderTreeModel::onServiceLost(ReturnCode code)
{
    m_serviceError = code;
    if (!m_serviceAvailable)
        return;
    m_serviceAvailable = false;
    emitAllChanged({ Qt::ForegroundRole, Qt::ToolTipRole, ServiceAvailableRole });
    Q_EMIT serviceAvailabilityChanged(false);
}

void ReaderTreeModel::onServiceRestored()
{
    if (m_serviceAvailable)
        return;
    m_serviceAvailable = true;
    m_serviceError = ReturnCode::Success;
    emitAllChanged({ Qt::ForegroundRole, Qt::ToolTipRole, ServiceAvailableRole });
    Q_EMIT serviceAvailabilityChanged(true);
}

int ReaderTreeModel::rowOf(const QString &reader) const
{
    // A handful of readers: a scan costs less than keeping a hash in step with the rows.
    const auto found = std::find_if(m_readers.begin(), m_readers.end(),
        [&](const Reader &candidate) { return candidate.status.reader == reader; });
    return found == m_readers.end() ? -1 : int(found - m_readers.begin());
}

int ReaderTreeModel::rowOfId(quintptr id) const
{
    const auto found = std::find_if(
        m_readers.begin(), m_readers.end(), [&](const Reader &candidate) { return candidate.id == id; });
    return found == m_readers.end() ? -1 : int(found - m_readers.begin());
}

int ReaderTreeModel::ensureReader(const ReaderStatus &status)
{
    const int existing = rowOf(status.reader);
    if (existing >= 0)
        return existing;
    const int row = readerCount();
    beginInsertRows({}, row, row);
    Reader reader;
    reader.id = m_nextId++;
    reader.status = status;
    m_readers.push_back(std::move(reader));
    endInsertRows();
    return row;
}

void ReaderTreeModel::insertCard(int row, const ReaderStatus &status)
{
    const QModelIndex readerIndex = index(row, 0);
    beginInsertRows(readerIndex, 0, 0);
    Reader &reader = m_readers[std::size_t(row)];
    reader.hasCard = true;
    reader.card.atr = status.atr;
    reader.card.eventCounter = status.eventCounter;
    reader.card.seenAtMs = m_clock.elapsed();
    reader.card.seenAt = QDateTime::currentDateTime();
    endInsertRows();
    Q_EMIT dataChanged(readerIndex, index(row, ColumnCount - 1), { AtrRole });
    updatePresenceTimer();
}

void ReaderTreeModel::removeCard(int row)
{
    const QModelIndex readerIndex = index(row, 0);
    beginRemoveRows(readerIndex, 0, 0);
    Reader &reader = m_readers[std::size_t(row)];
    reader.hasCard = false;
    reader.card = {};
    endRemoveRows();
    Q_EMIT dataChanged(readerIndex, index(row, ColumnCount - 1), { AtrRole });
    updatePresenceTimer();
}

void ReaderTreeModel::emitAllChanged(const QList<int> &roles)
{
    if (m_readers.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(readerCount() - 1, ColumnCount - 1), roles);
    for (const Reader &reader : m_readers) {
        if (reader.hasCard)
            Q_EMIT dataChanged(
                indexOfCard(reader.status.reader), indexOfCard(reader.status.reader, ColumnCount - 1), roles);
    }
}

void ReaderTreeModel::refreshPresentFor()
{
    for (const Reader &reader : m_readers) {
        if (!reader.hasCard)
            continue;
        const QModelIndex cell = indexOfCard(reader.status.reader, PresentForColumn);
        Q_EMIT dataChanged(cell, cell, { Qt::DisplayRole, Qt::AccessibleTextRole });
    }
}

void ReaderTreeModel::updatePresenceTimer()
{
    const bool anyCard = std::any_of(
        m_readers.begin(), m_readers.end(), [](const Reader &reader) { return reader.hasCard; });
    if (anyCard && !m_presenceTimer->isActive())
        m_presenceTimer->start();
    else if (!anyCard)
        m_presenceTimer->stop();
}
