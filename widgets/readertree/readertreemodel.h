#pragma once

#include "monitor/readerstatus.h"
#include "pcsc/returncode.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <vector>

class QTimer;

namespace smartcard {
class Monitor;
}

// The live reader tree: one top-level row per reader, in the order the readers appeared,
// and under a reader one child row for the card in it.
//
// Fed by a Monitor's signals (attach()) or by calling the slots with recorded events (the
// tests). The monitor emits on its engine thread, so the connections are queued and the
// model only ever changes on its own (GUI) thread; it makes no PC/SC call.
//
// Design:
// - Stable places: a new reader is appended; an update never moves a row; a removal removes
//   that row only, so persistent indexes and selections elsewhere survive. A card row's
//   internal id is its reader's serial number (never reused), not a row number, so that a
//   card row's parent stays right when a reader above it goes.
// - Exact updates: an event emits dataChanged for the cells whose value changed, with the
//   roles concerned, and nothing else.
// - Card rows follow the card events (cardInserted / cardRemoved): a card pulled and put back
//   between two looks (the counter moved) is a new row with its own "present for"; the
//   reader's row follows readerStateChanged. Slots are idempotent, so that a state seeded
//   from Monitor::states() and the same events arriving later agree.
// - Service loss: the rows stay (the readers are unknown, not gone) and every cell reports
//   ServiceAvailableRole false and a disabled foreground until serviceRestored, which the
//   monitor sends after the differences (readers gone, come or changed meanwhile).
// - "Present for" counts from when the model first saw the card (monotonic clock): a card
//   already in a reader when monitoring started was there for at least that long. A 1 s
//   timer, running only while a card is present, emits dataChanged for that column only.
class ReaderTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, CounterColumn, AtrColumn, PresentForColumn, ColumnCount };

    enum Role {
        ReaderNameRole = Qt::UserRole + 1, // QString: the reader's name, on reader and card rows
        AtrRole, // QByteArray: the card's ATR (reader and card rows); empty without a card
        StateFlagsRole, // QStringList, StateColumn of a reader: the SCARD_STATE_* flags, as
                        // readerStateNames() names them
        StateBitsRole, // uint, StateColumn of a reader: the raw flags (without SCARD_STATE_CHANGED)
        EventCounterRole, // int, CounterColumn of a reader: the reader's event counter
        IsCardRole, // bool: a card row
        ServiceAvailableRole, // bool: false while the PC/SC service is lost (the row is stale)
        CardSinceRole, // QDateTime: when the model first saw the card (card rows)
    };
    Q_ENUM(Role)

    explicit ReaderTreeModel(QObject *parent = nullptr);
    ~ReaderTreeModel() override;

    // Follows `monitor` (nullptr: none) instead of the previous one. Connect first, then start
    // the monitor: its start() emits the current state. A monitor already started is read
    // once (Monitor::states()) so that a late model does not miss what is there.
    void attach(smartcard::Monitor *monitor);

    int readerCount() const { return int(m_readers.size()); }
    bool isServiceAvailable() const { return m_serviceAvailable; }
    QModelIndex indexOfReader(const QString &reader, int column = NameColumn) const;
    // The card row of `reader`, or an invalid index when no card is in it.
    QModelIndex indexOfCard(const QString &reader, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public Q_SLOTS:
    void onReaderAdded(const smartcard::ReaderStatus &status);
    void onReaderRemoved(const smartcard::ReaderStatus &status);
    void onReaderStateChanged(const smartcard::ReaderStatus &status);
    void onCardInserted(const smartcard::ReaderStatus &status);
    void onCardRemoved(const smartcard::ReaderStatus &status);
    void onServiceLost(smartcard::pcsc::ReturnCode code);
    void onServiceRestored();

Q_SIGNALS:
    void serviceAvailabilityChanged(bool available);

private:
    struct Card
    {
        smartcard::Bytes atr;
        std::uint16_t eventCounter = 0;
        qint64 seenAtMs = 0; // on m_clock
        QDateTime seenAt;
    };
    struct Reader
    {
        quintptr id = 0; // serial number, never reused; a card row's internal id
        smartcard::ReaderStatus status;
        bool hasCard = false;
        Card card;
    };

    int rowOf(const QString &reader) const;
    int rowOfId(quintptr id) const;
    // The reader's row, appended first when it is new.
    int ensureReader(const smartcard::ReaderStatus &status);
    void insertCard(int row, const smartcard::ReaderStatus &status);
    void removeCard(int row);
    QVariant readerData(const Reader &reader, int column, int role) const;
    QVariant cardData(const Reader &reader, int column, int role) const;
    QVariant commonData(const Reader &reader, bool isCard, int role) const;
    void emitAllChanged(const QList<int> &roles);
    void refreshPresentFor();
    void updatePresenceTimer();

    std::vector<Reader> m_readers;
    quintptr m_nextId = 1;
    bool m_serviceAvailable = true;
    smartcard::pcsc::ReturnCode m_serviceError = smartcard::pcsc::ReturnCode::Success;
    QElapsedTimer m_clock;
    QTimer *m_presenceTimer;
    QPointer<smartcard::Monitor> m_monitor;
    QList<QMetaObject::Connection> m_connections;
};
