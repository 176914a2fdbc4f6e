#include "eventlog/eventlogfiltermodel.h"

namespace {

constexpr unsigned AllKinds = (1u << EventLogModel::KindCount) - 1;

} // namespace

EventLogFilterModel::EventLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kinds(AllKinds)
{ }

void EventLogFilterModel::setReaderFilter(const QString &reader)
{
    if (reader == m_reader)
        return;
    m_reader = reader;
    invalidateFilter();
}

void EventLogFilterModel::setKindShown(Kind kind, bool shown)
{
    const unsigned kinds = shown ? m_kinds | bit(kind) : m_kinds & ~bit(kind);
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateFilter();
}

bool EventLogFilterModel::isKindShown(Kind kind) const
{
    return m_kinds & bit(kind);
}

void EventLogFilterModel::resetFilters()
{
    if (m_reader.isEmpty() && m_kinds == AllKinds)
        return;
    m_reader.clear();
    m_kinds = AllKinds;
    invalidateFilter();
}

bool EventLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = Kind(index.data(EventLogModel::KindRole).toInt());
    if (!isKindShown(kind))
        return false;
    if (m_reader.isEmpty() || kind == Kind::ServiceLost || kind == Kind::ServiceRestored)
        return true;
    return index.data(EventLogModel::ReaderNameRole).toString() == m_reader;
}
