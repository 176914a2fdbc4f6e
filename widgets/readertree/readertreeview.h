#pragma once

#include <QTreeView>

class QAction;
class QLabel;
class QMenu;
class ReaderStateDelegate;

// The live reader tree's view (objectName "readerTree") over a ReaderTreeModel, or over any
// model offering its roles (a proxy of it, for instance).
//
// - State flags painted as badges (ReaderStateDelegate), one fixed row height, a new card's
//   row shown expanded under its reader.
// - currentReaderChanged(reader, atr) whenever the current reader or its card changes: a
//   selection, a card inserted or removed in the current reader, the current reader gone
//   (the view then makes a neighbour current). `atr` is empty when no card is in the reader.
// - selectReader(name) selects a reader now, or remembers the wish and selects it when it
//   appears (the app's --reader option); a click or a key in the view drops the wish.
// - A context menu (never a nested event loop: popup()) with "Copy reader name" and "Copy
//   ATR" (objectNames copyReaderNameAction, copyAtrAction), acting on the current row.
// - An empty state (a QLabel over the viewport, objectName "readerTreeEmptyState") when the
//   model has no reader, saying whether the PC/SC service answers.
class ReaderTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit ReaderTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // True when `name` is selected now; false when it is not there yet (it will be selected
    // when it appears, unless the user acts first). An empty name drops a pending wish.
    bool selectReader(const QString &name);
    QString pendingReader() const { return m_wantedReader; }

    QString currentReader() const { return m_currentReader; }
    QByteArray currentAtr() const { return m_currentAtr; }
    // The empty state's text, or an empty string when the model has readers.
    QString emptyStateText() const;

    QAction *copyReaderNameAction() const { return m_copyReaderName; }
    QAction *copyAtrAction() const { return m_copyAtr; }

public Q_SLOTS:
    void copyReaderName();
    void copyAtr();

Q_SIGNALS:
    void currentReaderChanged(const QString &reader, const QByteArray &atr);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool applyWish();
    void updateCurrentReader();
    void updateEmptyState();
    bool isServiceAvailable() const;

    ReaderStateDelegate *m_delegate;
    QLabel *m_emptyState;
    QMenu *m_menu;
    QAction *m_copyReaderName;
    QAction *m_copyAtr;
    QList<QMetaObject::Connection> m_modelConnections;
    QString m_wantedReader;
    QString m_currentReader;
    QByteArray m_currentAtr;
};
