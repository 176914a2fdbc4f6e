#include "atrdetailswidget.h"

#include "atr/atr.h"
#include "atr/smartcardlist.h"
#include "atrbreakdownmodel.h"
#include "atrhistoricaltree.h"
#include "atridentificationlabel.h"
#include "atrsummaryform.h"
#include "icons/themedicons.h"
#include "util/hexstring.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using smartcard::ATR;
using smartcard::SmartcardList;

AtrDetailsWidget::AtrDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_listPaths(SmartcardList::userPaths() << SmartcardList::systemPath())
{
    setObjectName(QStringLiteral("atrDetails"));
    setAccessibleName(tr("ATR details"));
    m_icons = new ThemedIcons(this);
    buildLayout();
    setAtr({});
}

AtrDetailsWidget::~AtrDetailsWidget() = default;

void AtrDetailsWidget::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_emptyState = new QLabel(tr("Select a card to see its ATR"));
    m_emptyState->setObjectName(QStringLiteral("atrEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyState);

    m_content = new QWidget;
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(buildHeader());
    m_summary = new AtrSummaryForm;
    connect(m_summary, &AtrSummaryForm::problemActivated, this, &AtrDetailsWidget::selectByte);
    content->addWidget(m_summary);

    buildBreakdown();

    m_historical = new AtrHistoricalTree;
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("atrSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_breakdown);
    splitter->addWidget(m_historical);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    content->addWidget(splitter, 1);
    layout->addWidget(m_content, 1);
}

void AtrDetailsWidget::buildBreakdown()
{
    m_breakdownModel = new AtrBreakdownModel(this);
    m_breakdown = new QTableView;
    m_breakdown->setObjectName(QStringLiteral("atrBreakdown"));
    m_breakdown->setAccessibleName(tr("ATR byte breakdown"));
    m_breakdown->setToolTip(tr("Every byte of the ATR with its ISO/IEC 7816-3 name and meaning"));
    m_breakdown->setModel(m_breakdownModel);
    m_breakdown->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakdown->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *copyRows = new QAction(tr("Copy the selected bytes"), m_breakdown);
    copyRows->setObjectName(QStringLiteral("atrCopyBytes"));
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_breakdown->addAction(copyRows);
    m_breakdown->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyRows, &QAction::triggered, this, &AtrDetailsWidget::copySelectedBytes);
    // The view takes Ctrl+C for itself (the current cell's text): the filter gives it whole rows.
    m_breakdown->installEventFilter(this);
    m_breakdown->setAlternatingRowColors(true);
    m_breakdown->setWordWrap(false);
    m_breakdown->verticalHeader()->hide();
    m_breakdown->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_breakdown->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_breakdown->horizontalHeader();
    header->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(AtrBreakdownModel::OffsetColumn, 7 * digit);
    header->resizeSection(AtrBreakdownModel::HexColumn, 6 * digit);
    header->resizeSection(AtrBreakdownModel::NameColumn, 9 * digit);
    header->resizeSection(AtrBreakdownModel::BitsColumn, 11 * digit);
}

QWidget *AtrDetailsWidget::buildHeader()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hex = new QLineEdit;
    m_hex->setObjectName(QStringLiteral("atrHex"));
    m_hex->setReadOnly(true);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hex->setAccessibleName(tr("ATR in hex"));
    m_hex->setToolTip(tr("The ATR as the reader gave it; select to copy"));
    auto *copy = new QToolButton;
    copy->setObjectName(QStringLiteral("atrCopy"));
    m_icons->bind(copy, QStringLiteral("copy"));
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAccessibleName(tr("Copy the ATR"));
    copy->setToolTip(tr("Copy the ATR in hex to the clipboard"));
    connect(copy, &QToolButton::clicked, this, &AtrDetailsWidget::copyAtr);
    m_length = new QLabel;
    m_length->setObjectName(QStringLiteral("atrLength"));
    m_length->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(new QLabel(tr("ATR")));
    layout->addWidget(m_hex, 1);
    layout->addWidget(m_length);
    layout->addWidget(copy);
    return row;
}

void AtrDetailsWidget::setAtr(const QByteArray &atr)
{
    // The same ATR again (another update of the same card) keeps the reader's selection and scroll.
    if (m_shown && atr == m_atr)
        return;
    m_shown = true;
    m_atr = atr;
    const bool empty = atr.isEmpty();
    m_emptyState->setVisible(empty);
    m_content->setVisible(!empty);
    if (empty) {
        m_hex->clear();
        m_breakdownModel->clear();
        m_historical->clear();
        m_summary->clear();
        return;
    }
    const auto *data = reinterpret_cast<const std::uint8_t *>(atr.constData());
    showAtr(ATR(smartcard::Bytes(data, data + atr.size())));
    if (!m_listWatcher)
        startListLoad();
    showIdentification();
}

void AtrDetailsWidget::showAtr(const ATR &atr)
{
    m_hex->setText(atr.toString());
    m_hex->setCursorPosition(0);
    m_length->setText(tr("%n byte(s)", nullptr, int(atr.bytes().size())));
    m_summary->setAtr(atr);
    m_breakdownModel->setAtr(atr);
    m_historical->setHistorical(atr.historical());
}

void AtrDetailsWidget::selectByte(int offset)
{
    const int row = m_breakdownModel->rowForOffset(offset);
    if (row >= 0) {
        m_breakdown->selectRow(row);
        m_breakdown->scrollTo(m_breakdownModel->index(row, 0));
    }
}

void AtrDetailsWidget::copySelectedBytes()
{
    QGuiApplication::clipboard()->setText(
        m_breakdownModel->rowsAsText(m_breakdown->selectionModel()->selectedRows()));
}

bool AtrDetailsWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_breakdown && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelectedBytes();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AtrDetailsWidget::copyAtr()
{
    QGuiApplication::clipboard()->setText(m_hex->text());
}

void AtrDetailsWidget::setSmartcardListPaths(const QStringList &paths)
{
    m_listPaths = paths;
    startListLoad();
    if (!m_atr.isEmpty())
        showIdentification();
}

void AtrDetailsWidget::startListLoad()
{
    // A load still running for older paths is abandoned: its watcher goes, its result with it.
    delete m_listWatcher;
    m_list.reset();
    m_listWatcher = new QFutureWatcher<std::shared_ptr<const SmartcardList>>(this);
    connect(m_listWatcher, &QFutureWatcherBase::finished, this, &AtrDetailsWidget::listLoaded);
    m_listWatcher->setFuture(QtConcurrent::run([paths = m_listPaths]() {
        auto list = std::make_shared<SmartcardList>();
        list->load(paths);
        return std::shared_ptr<const SmartcardList>(std::move(list));
    }));
}

void AtrDetailsWidget::listLoaded()
{
    m_list = m_listWatcher->result();
    if (!m_atr.isEmpty())
        showIdentification();
    Q_EMIT smartcardListLoaded();
}

void AtrDetailsWidget::showIdentification()
{
    const auto *data = reinterpret_cast<const std::uint8_t *>(m_atr.constData());
    m_summary->identificationLabel()->showIdentification(
        m_list.get(), smartcard::Bytes(data, data + m_atr.size()), m_listPaths);
}
