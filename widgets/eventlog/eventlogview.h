#pragma once

#include "eventlog/eventlogmodel.h"

#include <QWidget>

class EventLogFilterModel;
class QAction;
class QComboBox;
class QMenu;
class QTableView;
class QToolButton;

// The event log's widget (objectName "eventLog"): the table of monitor events
// ("eventLogTable"), filters by reader ("eventLogReaderFilter", a combo) and by kind
// ("eventLogKindFilter", a button with a menu of checkable kinds), Copy and Clear.
//
// - It makes its own EventLogModel (model()); attach it to a monitor, or give another with
//   setModel(). The table shows it through an EventLogFilterModel, in arrival order.
// - Copy (Ctrl+C in the table, the context menu, "eventLogCopyAction") puts the selected rows
//   on the clipboard, one line each, tab-separated (EventLogModel::rowText()), in log order.
// - Clear ("eventLogClearAction") empties the log; the reader filter's list stays.
// - Fixed row heights; the table follows new rows while it is scrolled to the bottom.
class EventLogView : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogView(QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; }
    // Shows `model` instead (not owned; the view's own model is deleted).
    void setModel(EventLogModel *model);
    EventLogFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QAction *copyAction() const { return m_copy; }
    QAction *clearAction() const { return m_clear; }

    // The text Copy puts on the clipboard for the current selection.
    QString selectedText() const;

public Q_SLOTS:
    void copySelection();
    void clear();

private:
    QWidget *createFilterBar();
    QMenu *createKindMenu();
    void rebuildReaderFilter();
    void addReader(const QString &reader);
    void showContextMenu(const QPoint &position);

    EventLogModel *m_model = nullptr;
    EventLogModel *m_ownModel = nullptr;
    EventLogFilterModel *m_filter;
    QTableView *m_table;
    QComboBox *m_readerFilter = nullptr;
    QToolButton *m_kindFilter = nullptr;
    QMenu *m_contextMenu;
    QAction *m_copy;
    QAction *m_clear;
    QMetaObject::Connection m_readerSeen;
    bool m_following = true;
};
