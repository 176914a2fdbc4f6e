#include "sessionlogview.h"

#include "exchangedetails.h"
#include "log/sessionrecorderadapter.h"
#include "sessionlogfilterbar.h"
#include "sessionlogmodel.h"
#include "unmaskconfirmation.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using smartcard::LogEntry;
using smartcard::SessionExporter;
using smartcard::SessionFileFormat;
using smartcard::SessionLog;

namespace {

constexpr SessionFileFormat ExportFormats[] = { SessionFileFormat::JsonLines, SessionFileFormat::Csv,
    SessionFileFormat::Scriptor, SessionFileFormat::Pcapng };
// Entries appended to a non-empty log per model insertion when an import is added.
constexpr SessionLog::Index ImportChunk = 8192;

QToolButton *toolButton(QAction *action, const QString &objectName)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

SessionLogView::SessionLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SessionLogModel(this))
    , m_runner(new SessionLogTaskRunner(this))
{
    setObjectName(QStringLiteral("sessionLog"));
    setAccessibleName(tr("Session log"));
    createActions();
    buildLayout();
    connect(m_runner, &SessionLogTaskRunner::finished, this, &SessionLogView::taskFinished);
    connect(m_runner, &SessionLogTaskRunner::progressed, m_progress, &QProgressBar::setValue);
    connect(m_filterBar, &SessionLogFilterBar::filterChanged, m_model, &SessionLogModel::setFilter);
    connect(m_model, &QAbstractItemModel::modelReset, m_details, &ExchangeDetails::clearEntry);
    connect(
        m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &SessionLogView::rowsAboutToBeInserted);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionLogView::rowsInserted);
    connect(m_model, &SessionLogModel::unmaskedChanged, this, [this](bool unmasked) {
        m_unmaskAction->setText(unmasked ? tr("Mask secrets") : tr("Unmask secrets…"));
        showCurrent();
        Q_EMIT unmaskedChanged(unmasked);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SessionLogView::showCurrent);
    connect(m_details, &ExchangeDetails::annotationEdited, this, &SessionLogView::commitAnnotation);
    connect(m_details, &ExchangeDetails::originRequested, this, &SessionLogView::goToOrigin);
}

SessionLogView::~SessionLogView()
{
    // Before the model: a running export reads the model's log until the runner has waited.
    delete m_runner;
}

SessionLog &SessionLogView::log()
{
    return m_model->log();
}

void SessionLogView::createActions()
{
    m_exportAction = new QAction(tr("Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("logExportAction"));
    m_exportAction->setToolTip(
        tr("Write the entries shown (the filtered view) as JSON Lines, CSV, scriptor text or pcapng"));
    connect(m_exportAction, &QAction::triggered, this, &SessionLogView::exportWithDialog);
    m_importAction = new QAction(tr("Import JSON Lines…"), this);
    m_importAction->setObjectName(QStringLiteral("logImportAction"));
    m_importAction->setToolTip(tr("Add the entries of a JSON Lines session file to the log"));
    connect(m_importAction, &QAction::triggered, this, &SessionLogView::importWithDialog);
    m_unmaskAction = new QAction(tr("Unmask secrets…"), this);
    m_unmaskAction->setObjectName(QStringLiteral("logUnmaskAction"));
    m_unmaskAction->setToolTip(tr("Show PINs and keys of this session in the log and its exports"));
    connect(m_unmaskAction, &QAction::triggered, this, &SessionLogView::requestUnmask);
    m_clearAction = new QAction(tr("Clear"), this);
    m_clearAction->setObjectName(QStringLiteral("logClearAction"));
    m_clearAction->setToolTip(tr("Empty the log and start a new session (masked again)"));
    connect(m_clearAction, &QAction::triggered, this, &SessionLogView::clear);
}

QWidget *SessionLogView::buildToolBar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolButton(m_exportAction, QStringLiteral("logExportButton")));
    layout->addWidget(toolButton(m_importAction, QStringLiteral("logImportButton")));
    layout->addWidget(toolButton(m_unmaskAction, QStringLiteral("logUnmaskButton")));
    layout->addWidget(toolButton(m_clearAction, QStringLiteral("logClearButton")));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setAccessibleName(tr("Log status"));
    layout->addWidget(m_status, 1);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("logProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("logCancel"));
    m_cancel->setToolTip(tr("Stop: an export leaves no file, an import changes nothing"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &SessionLogView::cancelTask);
    layout->addWidget(m_cancel);
    return bar;
}

void SessionLogView::buildLayout()
{
    m_filterBar = new SessionLogFilterBar;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("sessionLogTable"));
    m_table->setAccessibleName(tr("Session log entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // A million rows: every row the same height, never measured (STYLE.md).
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    rows->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    m_table->setColumnWidth(SessionLogModel::IndexColumn, width(QStringLiteral("0000000")));
    m_table->setColumnWidth(SessionLogModel::TimeColumn, width(QStringLiteral("00:00:00.000000")));
    m_table->setColumnWidth(SessionLogModel::ReaderColumn, width(QStringLiteral("Virtual PCD 00 00")));
    m_table->setColumnWidth(SessionLogModel::NameColumn, width(QStringLiteral("GET RESPONSE ...")));
    m_table->setColumnWidth(SessionLogModel::CommandColumn, width(QString(40, u'0')));
    m_table->setColumnWidth(SessionLogModel::ResponseColumn, width(QString(40, u'0')));
    m_table->setColumnWidth(SessionLogModel::SwColumn, width(QStringLiteral("00 00")));
    m_table->setColumnWidth(SessionLogModel::MeaningColumn, width(QString(28, u'n')));
    m_table->setColumnWidth(SessionLogModel::DurationColumn, width(QStringLiteral("0000000")));
    m_details = new ExchangeDetails;
    m_unmaskConfirm = new UnmaskConfirmation;
    connect(m_unmaskConfirm, &UnmaskConfirmation::confirmed, this, [this] { setUnmasked(true); });

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_filterBar);
    layout->addWidget(m_unmaskConfirm);
    layout->addWidget(splitter, 1);
}

void SessionLogView::attach(smartcard::SessionRecorderAdapter *adapter)
{
    connect(
        adapter, &smartcard::SessionRecorderAdapter::entriesRecorded, this, &SessionLogView::appendEntries);
}

void SessionLogView::appendEntries(const QList<LogEntry> &entries)
{
    m_model->appendEntries(entries);
    refreshReaders();
}

void SessionLogView::clear()
{
    if (isBusy())
        return;
    m_model->clear();
    refreshReaders();
    m_status->clear();
}

bool SessionLogView::isUnmasked() const
{
    return m_model->isUnmasked();
}

void SessionLogView::setUnmasked(bool unmasked)
{
    m_model->setUnmasked(unmasked);
}

void SessionLogView::requestUnmask()
{
    if (isUnmasked())
        setUnmasked(false);
    else
        m_unmaskConfirm->show();
}

void SessionLogView::refreshReaders()
{
    if (m_filterBar->readerCount() != log().readers().size())
        m_filterBar->setReaders(log().readers());
}

bool SessionLogView::startExport(const QString &path, SessionFileFormat format)
{
    if (isBusy())
        return false;
    m_model->flush();
    m_model->setAppendsHeld(true); // the worker reads the log: it must not change meanwhile
    std::optional<std::vector<SessionLog::Index>> rows; // nullopt: no filter, the whole log
    if (!m_model->filter().isEmpty())
        rows = m_model->rows();
    smartcard::SessionFileOptions options;
    options.maskSecrets = !isUnmasked();
    const bool started = m_runner->startExport(m_model->log(), std::move(rows), path, format, options);
    if (!started)
        m_model->setAppendsHeld(false);
    taskStarted(started);
    return started;
}

bool SessionLogView::startImport(const QString &path)
{
    const bool started = m_runner->startImport(path);
    taskStarted(started);
    return started;
}

bool SessionLogView::startRecovery(const QString &journalPath)
{
    const bool started = m_runner->startRecovery(journalPath);
    taskStarted(started);
    return started;
}

void SessionLogView::taskStarted(bool started)
{
    if (started)
        setBusy(true);
}

void SessionLogView::cancelTask()
{
    m_runner->cancel();
}

void SessionLogView::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    for (QAction *action : { m_exportAction, m_importAction, m_clearAction })
        action->setEnabled(!busy);
    m_details->setAnnotationEditable(!busy);
    if (busy)
        m_status->setText(tr("Working…"));
}

void SessionLogView::taskFinished(Task task, bool ok, const QString &message)
{
    setBusy(false);
    if (task == Task::Export)
        m_model->setAppendsHeld(false);
    else if (std::unique_ptr<SessionLog> imported = m_runner->takeLog())
        adoptLog(std::move(imported));
    refreshReaders();
    m_status->setText(message);
    switch (task) {
    case Task::Export:
        Q_EMIT exportFinished(ok, message);
        break;
    case Task::Import:
        Q_EMIT importFinished(ok, message);
        break;
    case Task::Recovery:
        Q_EMIT recoveryFinished(ok, message);
        break;
    case Task::None:
        break;
    }
}

// An empty session takes the file's log as it is (a move, no copy); otherwise the entries
// are added after the session's own, a chunk per model insertion.
void SessionLogView::adoptLog(std::unique_ptr<SessionLog> imported)
{
    if (log().isEmpty()) {
        m_model->setLog(std::move(imported));
        return;
    }
    QList<LogEntry> chunk;
    for (SessionLog::Index i = 0; i < imported->size(); ++i) {
        chunk.append(imported->entry(i));
        if (chunk.size() == qsizetype(ImportChunk) || i + 1 == imported->size()) {
            m_model->appendEntries(chunk);
            chunk.clear();
        }
    }
}

void SessionLogView::showCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->clearEntry();
        return;
    }
    const SessionLog::Index index = m_model->logIndex(row);
    const std::optional<SessionLog::Index> origin = m_model->originOf(index);
    m_details->setEntry(log().entry(index), isUnmasked(), origin ? qint64(*origin) + 1 : 0);
}

void SessionLogView::goToOrigin()
{
    const int origin = m_table->currentIndex().data(SessionLogModel::OriginRowRole).toInt();
    if (origin < 0) {
        m_status->setText(tr("The origin of this exchange is hidden by the filter"));
        return;
    }
    m_table->setCurrentIndex(m_model->index(origin, SessionLogModel::NameColumn));
    m_table->scrollTo(m_table->currentIndex());
}

void SessionLogView::commitAnnotation(const QString &text)
{
    if (isBusy())
        return;
    m_model->setAnnotation(m_table->currentIndex().row(), text);
}

void SessionLogView::rowsAboutToBeInserted()
{
    const QScrollBar *bar = m_table->verticalScrollBar();
    m_followTail = bar->value() >= bar->maximum();
}

void SessionLogView::rowsInserted()
{
    if (m_followTail)
        m_table->scrollToBottom();
}

void SessionLogView::exportWithDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export the session log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    QStringList filters;
    for (SessionFileFormat format : ExportFormats)
        filters
            << tr("%1 (*.%2)").arg(SessionExporter::formatName(format), SessionExporter::fileSuffix(format));
    dialog->setNameFilters(filters);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, filters](const QString &file) {
        const SessionFileFormat format
            = ExportFormats[std::max(0, int(filters.indexOf(dialog->selectedNameFilter())))];
        const QString suffix = SessionExporter::fileSuffix(format);
        startExport(QFileInfo(file).suffix().isEmpty() ? file + u'.' + suffix : file, format);
    });
    dialog->open();
}

void SessionLogView::importWithDialog()
{
    auto *dialog = new QFileDialog(this, tr("Import a JSON Lines session"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("JSON Lines sessions (*.jsonl *.journal)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { startImport(file); });
    dialog->open();
}
