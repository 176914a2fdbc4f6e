#pragma once

#include "monitor/monitorevent.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <vector>

class QTimer;

namespace smartcard {
class Monitor;
}

// Every monitor event, one row each, in the order they arrived: the wall-clock time of
// arrival to the millisecond, the kind, the reader and the details (flags, event counter, ATR;
// the return code's name for a service loss).
//
// Design:
// - Batched insertion (Qt's fetchmore pattern turned around): events are collected and
//   inserted by one beginInsertRows per tick of a 40 ms timer, so a burst of events (a hub
//   of readers plugged in, a service restart) costs the views one layout, not one per event.
//   flush() inserts what is pending at once.
//   The time is taken when the event arrives, not when it is inserted.
// - A cap (maximumRows(), 100 000 by default): when a batch would exceed it, the oldest rows
//   go first, in one beginRemoveRows, and only then is the batch inserted.
// - Storage is a deque of values (the MonitorEvent itself and the arrival time); the texts
//   are made in data(), for the rows a view shows.
// - The kind is smartcard::MonitorEvent::Type (KindRole), for filtering (EventLogFilterModel).
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Kind = smartcard::MonitorEvent::Type;
    enum Column { TimeColumn, KindColumn, ReaderColumn, DetailsColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int: the Kind
        ReaderNameRole, // QString: the reader; empty for service events
        TimestampRole, // QDateTime: the wall-clock time the event arrived
        AtrRole, // QByteArray: the ATR the event carries (empty without a card)
        ReturnCodeRole, // uint: the PC/SC code of a service loss
    };
    Q_ENUM(Role)

    static constexpr int DefaultMaximumRows = 100000;
    static constexpr int BatchIntervalMs = 40;
    static constexpr int KindCount = int(Kind::ServiceRestored) + 1;

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    // Follows `monitor` (nullptr: none) instead of the previous one; the rows stay. Connect
    // first, then start the monitor: its start() reports what is there as events.
    void attach(smartcard::Monitor *monitor);

    int maximumRows() const { return m_maximumRows; }
    // At least 1. Lowering it drops the oldest rows at once.
    void setMaximumRows(int rows);
    // Events received and not inserted yet.
    int pendingCount() const { return int(m_pending.size()); }
    // The readers the log has seen, in order of first appearance (for a reader filter).
    QStringList readers() const { return m_readers; }

    // A row as text: time (ISO 8601 with milliseconds and offset), kind, reader and details,
    // tab-separated: what Copy puts on the clipboard, one line per row.
    QString rowText(int row) const;

    static QString kindName(Kind kind);
    static QString timeText(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void onReaderAdded(const smartcard::ReaderStatus &status);
    void onReaderRemoved(const smartcard::ReaderStatus &status);
    void onReaderStateChanged(const smartcard::ReaderStatus &status);
    void onCardInserted(const smartcard::ReaderStatus &status);
    void onCardRemoved(const smartcard::ReaderStatus &status);
    void onServiceLost(smartcard::pcsc::ReturnCode code);
    void onServiceRestored();

    // Inserts the pending events now.
    void flush();
    // Drops every row and every pending event.
    void clear();

Q_SIGNALS:
    // A reader name the log had not seen yet (readers() grew).
    void readerSeen(const QString &reader);

private:
    struct Entry
    {
        qint64 msecsSinceEpoch = 0;
        smartcard::MonitorEvent event;
    };

    void append(Kind kind, const smartcard::ReaderStatus &status,
        smartcard::pcsc::ReturnCode code = smartcard::pcsc::ReturnCode::Success);
    void dropOldest(int count);
    QString detailsText(const smartcard::MonitorEvent &event) const;
    QString detailsToolTip(const smartcard::MonitorEvent &event) const;

    std::deque<Entry> m_rows;
    std::vector<Entry> m_pending;
    QStringList m_readers;
    int m_maximumRows = DefaultMaximumRows;
    QTimer *m_batchTimer;
    QPointer<smartcard::Monitor> m_monitor;
    QList<QMetaObject::Connection> m_connections;
};
