#include "readertree/readertreeview.h"

#include "readertree/readerstatedelegate.h"
#include "readertree/readertreemodel.h"
#include "util/hexstring.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>

namespace {

// The ReaderTreeModel under `model` and its proxies, if any.
const ReaderTreeModel *readerModelOf(const QAbstractItemModel *model)
{
    while (model) {
        if (const auto *readers = qobject_cast<const ReaderTreeModel *>(model))
            return readers;
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}

} // namespace

ReaderTreeView::ReaderTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_delegate(new ReaderStateDelegate(this))
    , m_emptyState(new QLabel(viewport()))
    , m_menu(new QMenu(this))
    , m_copyReaderName(new QAction(tr("Copy reader name"), this))
    , m_copyAtr(new QAction(tr("Copy ATR"), this))
{
    setObjectName(QStringLiteral("readerTree"));
    setAccessibleName(tr("Readers and cards"));
    setAccessibleDescription(
        tr("Every smart-card reader, live, with the card in it: state flags, event counter, "
           "ATR and how long the card has been present."));
    setItemDelegate(m_delegate);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    header()->setStretchLastSection(true);

    m_copyReaderName->setObjectName(QStringLiteral("copyReaderNameAction"));
    m_copyReaderName->setToolTip(tr("Copy the selected reader's name to the clipboard"));
    m_copyReaderName->setStatusTip(m_copyReaderName->toolTip());
    m_copyAtr->setObjectName(QStringLiteral("copyAtrAction"));
    m_copyAtr->setToolTip(tr("Copy the ATR of the card in the selected reader, in hexadecimal"));
    m_copyAtr->setStatusTip(m_copyAtr->toolTip());
    connect(m_copyReaderName, &QAction::triggered, this, &ReaderTreeView::copyReaderName);
    connect(m_copyAtr, &QAction::triggered, this, &ReaderTreeView::copyAtr);
    m_menu->setObjectName(QStringLiteral("readerTreeContextMenu"));
    m_menu->addAction(m_copyReaderName);
    m_menu->addAction(m_copyAtr);

    m_emptyState->setObjectName(QStringLiteral("readerTreeEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    // The text colour meant for the viewport's base, light or dark (themes do not all set a
    // readable PlaceholderText).
    m_emptyState->setForegroundRole(QPalette::Text);
    m_emptyState->setAttribute(Qt::WA_TransparentForMouseEvents);
    updateCurrentReader();
    updateEmptyState();
}

void ReaderTreeView::setModel(QAbstractItemModel *newModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTreeView::setModel(newModel);
    if (newModel) {
        // After the view's own handlers (connected first): the current index is already moved.
        m_modelConnections = {
            connect(newModel, &QAbstractItemModel::rowsRemoved, this, &ReaderTreeView::updateEmptyState),
            connect(newModel, &QAbstractItemModel::rowsRemoved, this, &ReaderTreeView::updateCurrentReader),
            connect(newModel, &QAbstractItemModel::modelReset, this, &ReaderTreeView::updateEmptyState),
            connect(newModel, &QAbstractItemModel::modelReset, this, &ReaderTreeView::updateCurrentReader),
            connect(newModel, &QAbstractItemModel::dataChanged, this, &ReaderTreeView::updateCurrentReader),
        };
        if (const ReaderTreeModel *readers = readerModelOf(newModel)) {
            m_modelConnections << connect(readers, &ReaderTreeModel::serviceAvailabilityChanged, this,
                &ReaderTreeView::updateEmptyState);
        }
        // Interactive widths (never ResizeToContents: the rows are not measured).
        const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
        header()->resizeSection(ReaderTreeModel::NameColumn, 17 * em);
        header()->resizeSection(ReaderTreeModel::StateColumn, 9 * em); // more flags: "+N"
        header()->resizeSection(ReaderTreeModel::CounterColumn, 5 * em);
        // Room for a 24-byte ATR ("3B 8F 80 01 ..."); longer ones are elided, whole in the tooltip.
        header()->resizeSection(
            ReaderTreeModel::AtrColumn, fontMetrics().horizontalAdvance(QStringLiteral("3B ").repeated(24)));
        expandAll();
    }
    applyWish();
    updateCurrentReader();
    updateEmptyState();
}

bool ReaderTreeView::selectReader(const QString &name)
{
    m_wantedReader = name;
    return applyWish();
}

bool ReaderTreeView::applyWish()
{
    if (m_wantedReader.isEmpty() || !model() || model()->rowCount() == 0)
        return false;
    const QModelIndexList found = model()->match(model()->index(0, 0), ReaderTreeModel::ReaderNameRole,
        m_wantedReader, 1, Qt::MatchExactly | Qt::MatchCaseSensitive);
    if (found.isEmpty())
        return false;
    m_wantedReader.clear();
    setCurrentIndex(found.first());
    scrollTo(found.first());
    return true;
}

QString ReaderTreeView::emptyStateText() const
{
    return m_emptyState->isHidden() ? QString() : m_emptyState->text();
}

void ReaderTreeView::copyReaderName()
{
    if (!m_currentReader.isEmpty())
        QGuiApplication::clipboard()->setText(m_currentReader);
}

void ReaderTreeView::copyAtr()
{
    if (m_currentAtr.isEmpty())
        return;
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(m_currentAtr.constData());
    QGuiApplication::clipboard()->setText(
        smartcard::toHexString({ bytes, std::size_t(m_currentAtr.size()) }));
}

void ReaderTreeView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    updateCurrentReader();
}

void ReaderTreeView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTreeView::rowsInserted(parent, start, end);
    // A card appears under its reader, unfolded.
    if (parent.isValid())
        expand(parent);
    applyWish();
    updateCurrentReader();
    updateEmptyState();
}

void ReaderTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    QPoint position = event->pos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QModelIndex index = indexAt(position);
        if (index.isValid())
            setCurrentIndex(index);
    } else {
        position = visualRect(currentIndex()).center();
    }
    if (!currentIndex().isValid())
        return;
    // popup(), not exec(): no nested event loop.
    m_menu->popup(
        event->reason() == QContextMenuEvent::Mouse ? event->globalPos() : viewport()->mapToGlobal(position));
    event->accept();
}

void ReaderTreeView::mousePressEvent(QMouseEvent *event)
{
    m_wantedReader.clear(); // the user chooses now
    QTreeView::mousePressEvent(event);
}

void ReaderTreeView::keyPressEvent(QKeyEvent *event)
{
    m_wantedReader.clear();
    QTreeView::keyPressEvent(event);
}

void ReaderTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    m_emptyState->setGeometry(viewport()->rect().adjusted(12, 12, -12, -12));
}

void ReaderTreeView::updateCurrentReader()
{
    const QModelIndex current = currentIndex();
    const QString reader = current.data(ReaderTreeModel::ReaderNameRole).toString();
    const QByteArray atr = current.data(ReaderTreeModel::AtrRole).toByteArray();
    m_copyReaderName->setEnabled(!reader.isEmpty());
    m_copyAtr->setEnabled(!atr.isEmpty());
    if (reader == m_currentReader && atr == m_currentAtr)
        return;
    m_currentReader = reader;
    m_currentAtr = atr;
    Q_EMIT currentReaderChanged(reader, atr);
}

void ReaderTreeView::updateEmptyState()
{
    const bool empty = !model() || model()->rowCount() == 0;
    m_emptyState->setText(isServiceAvailable()
            ? tr("No smart-card reader found. Plug one in; it will appear here.")
            : tr("The PC/SC service (pcscd) is not answering. Start it, for example with "
                 "\"sudo systemctl start pcscd.socket\"; the readers will appear here when it answers."));
    m_emptyState->setAccessibleName(m_emptyState->text());
    m_emptyState->setVisible(empty);
}

bool ReaderTreeView::isServiceAvailable() const
{
    const ReaderTreeModel *readers = readerModelOf(model());
    return !readers || readers->isServiceAvailable();
}
