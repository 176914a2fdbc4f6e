#include "eventlog/eventlogview.h"

#include "eventlog/eventlogfiltermodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

EventLogView::EventLogView(QWidget *parent)
    : QWidget(parent)
    , m_ownModel(new EventLogModel(this))
    , m_filter(new EventLogFilterModel(this))
    , m_table(new QTableView(this))
    , m_contextMenu(new QMenu(this))
    , m_copy(new QAction(tr("&Copy"), this))
    , m_clear(new QAction(tr("C&lear"), this))
{
    setObjectName(QStringLiteral("eventLog"));
    setAccessibleName(tr("Event log"));

    m_copy->setObjectName(QStringLiteral("eventLogCopyAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut); // the table's own Ctrl+C, not the window's
    m_copy->setToolTip(tr("Copy the selected events as tab-separated text"));
    m_copy->setStatusTip(m_copy->toolTip());
    m_clear->setObjectName(QStringLiteral("eventLogClearAction"));
    m_clear->setToolTip(tr("Remove every event from the log"));
    m_clear->setStatusTip(m_clear->toolTip());
    connect(m_copy, &QAction::triggered, this, &EventLogView::copySelection);
    connect(m_clear, &QAction::triggered, this, &EventLogView::clear);
    m_contextMenu->setObjectName(QStringLiteral("eventLogContextMenu"));
    m_contextMenu->addAction(m_copy);
    m_contextMenu->addAction(m_clear);

    m_table->setObjectName(QStringLiteral("eventLogTable"));
    m_table->setAccessibleName(tr("Monitor events"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->addAction(m_copy);
    // Fixed heights and interactive widths: no row or column is measured.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QWidget::customContextMenuRequested, this, &EventLogView::showContextMenu);

    // Follow new rows only while scrolled to the bottom: reading older rows is not disturbed.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_following = bar->value() == bar->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_following)
            m_table->scrollToBottom();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_table);
    setModel(m_ownModel);
    // Once the header has its sections.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_table) + 8;
    m_table->horizontalHeader()->resizeSection(
        EventLogModel::TimeColumn, fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + padding);
    m_table->horizontalHeader()->resizeSection(EventLogModel::KindColumn, 10 * em);
    m_table->horizontalHeader()->resizeSection(EventLogModel::ReaderColumn, 20 * em);
}

QWidget *EventLogView::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_readerFilter = new QComboBox(bar);
    m_readerFilter->setObjectName(QStringLiteral("eventLogReaderFilter"));
    m_readerFilter->setAccessibleName(tr("Reader filter"));
    m_readerFilter->setToolTip(tr("Show the events of one reader (and the service's own events)"));
    m_readerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_readerFilter->setMinimumContentsLength(20);
    connect(m_readerFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setReaderFilter(m_readerFilter->currentData().toString()); });
    auto *label = new QLabel(tr("&Reader:"), bar);
    label->setBuddy(m_readerFilter);

    m_kindFilter = new QToolButton(bar);
    m_kindFilter->setObjectName(QStringLiteral("eventLogKindFilter"));
    m_kindFilter->setText(tr("&Events"));
    m_kindFilter->setAccessibleName(tr("Event kind filter"));
    m_kindFilter->setToolTip(tr("Choose which kinds of event are shown"));
    m_kindFilter->setPopupMode(QToolButton::InstantPopup);
    m_kindFilter->setMenu(createKindMenu());

    auto *copy = new QToolButton(bar);
    copy->setObjectName(QStringLiteral("eventLogCopy"));
    copy->setDefaultAction(m_copy);
    auto *clear = new QToolButton(bar);
    clear->setObjectName(QStringLiteral("eventLogClear"));
    clear->setDefaultAction(m_clear);

    layout->addWidget(label);
    layout->addWidget(m_readerFilter);
    layout->addWidget(m_kindFilter);
    layout->addStretch();
    layout->addWidget(copy);
    layout->addWidget(clear);
    return bar;
}

QMenu *EventLogView::createKindMenu()
{
    auto *menu = new QMenu(m_kindFilter);
    menu->setObjectName(QStringLiteral("eventLogKindMenu"));
    for (int i = 0; i < EventLogModel::KindCount; ++i) {
        const auto kind = EventLogModel::Kind(i);
        QAction *action = menu->addAction(EventLogModel::kindName(kind));
        // "eventLogKind_card_inserted": the names cardscope-cli scan --json uses.
        action->setObjectName(
            QStringLiteral("eventLogKind_%1").arg(QLatin1String(smartcard::MonitorEvent::typeName(kind))));
        action->setCheckable(true);
        action->setChecked(m_filter->isKindShown(kind));
        connect(action, &QAction::toggled, this,
            [this, kind](bool shown) { m_filter->setKindShown(kind, shown); });
    }
    return menu;
}

void EventLogView::setModel(EventLogModel *model)
{
    if (!model || model == m_model)
        return;
    disconnect(m_readerSeen);
    if (m_ownModel && model != m_ownModel) {
        delete m_ownModel;
        m_ownModel = nullptr;
    }
    m_model = model;
    m_filter->setSourceModel(model);
    m_readerSeen = connect(model, &EventLogModel::readerSeen, this, &EventLogView::addReader);
    rebuildReaderFilter();
}

void EventLogView::rebuildReaderFilter()
{
    const QString chosen = m_filter->readerFilter();
    const QSignalBlocker blocker(m_readerFilter);
    m_readerFilter->clear();
    m_readerFilter->addItem(tr("All readers"), QString());
    for (const QString &reader : m_model->readers())
        m_readerFilter->addItem(reader, reader);
    const int index = m_readerFilter->findData(chosen);
    m_readerFilter->setCurrentIndex(std::max(index, 0));
    m_filter->setReaderFilter(m_readerFilter->currentData().toString());
}

void EventLogView::addReader(const QString &reader)
{
    if (m_readerFilter->findData(reader) < 0)
        m_readerFilter->addItem(reader, reader);
}

QString EventLogView::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : std::as_const(rows))
        lines << m_model->rowText(row);
    return lines.join(QLatin1Char('\n'));
}

void EventLogView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void EventLogView::clear()
{
    m_model->clear();
}

void EventLogView::showContextMenu(const QPoint &position)
{
    // popup(), not exec(): no nested event loop.
    m_contextMenu->popup(m_table->viewport()->mapToGlobal(position));
}
