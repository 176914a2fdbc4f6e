#pragma once

#include "eventlog/eventlogmodel.h"

#include <QSortFilterProxyModel>

// The event log filtered by reader and by kind, in the source's order (never sorted).
//
// A proxy suits the event log: it is small (a few events per card movement, a cap of
// EventLogModel::maximumRows()); the session log, a million rows, keeps an index vector instead.
// The service's own events (lost, restored) concern every reader: a reader filter keeps them.
class EventLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using Kind = EventLogModel::Kind;

    explicit EventLogFilterModel(QObject *parent = nullptr);

    // Only this reader's events (and the service's); empty: every reader.
    void setReaderFilter(const QString &reader);
    QString readerFilter() const { return m_reader; }

    void setKindShown(Kind kind, bool shown);
    bool isKindShown(Kind kind) const;
    // Every kind shown again, and every reader.
    void resetFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static unsigned bit(Kind kind) { return 1u << unsigned(kind); }

    QString m_reader;
    unsigned m_kinds;
};
