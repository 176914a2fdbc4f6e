#include "mainwindow.h"

#include "aboutbox.h"
#include "atrdetails/atrdetailswidget.h"
#include "console/apduconsole.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogview.h"
#include "icons/themedicons.h"
#include "monitor/readermonitor.h"
#include "readerdetails/readerdetailswidget.h"
#include "readertree/readertreemodel.h"
#include "readertree/readertreeview.h"
#include "servicebanner/servicebanner.h"
#include "servicestatus/servicestatuslabel.h"
#include "sessionlog/sessionlogview.h"
#include "sessionwiring.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

using smartcard::pcsc::ReturnCode;

MainWindow::MainWindow(std::shared_ptr<smartcard::MonitorEngine> engine, QWidget *parent)
    : QMainWindow(parent)
    , m_monitor(new smartcard::ReaderMonitor(std::move(engine), this))
    , m_icons(new ThemedIcons(this))
    , m_readerModel(new ReaderTreeModel(this))
    , m_readerTree(new ReaderTreeView(this))
    , m_eventModel(new EventLogModel(this))
    , m_eventLog(new EventLogView(this))
    , m_atrDetails(new AtrDetailsWidget(this))
    , m_readerDetails(new ReaderDetailsWidget(m_monitor->engine()->api(), this))
{
    m_engine = m_monitor->engine();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CardScope"));
    setWindowIcon(ThemedIcons::applicationIcon());
    createCentralArea();
    createDocks();
    createActions();
    createMenus();
    createToolBar();
    m_serviceStatus = new ServiceStatusLabel(this);
    statusBar()->addWidget(m_serviceStatus, 1);
    resize(1100, 720);
    m_defaultState = saveState();
    restoreSettings();
    connectMonitor();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralArea()
{
    m_banner = new ServiceBanner(this);
    m_detailTabs = new QTabWidget(this);
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->setAccessibleName(tr("Details"));
    m_detailTabs->setDocumentMode(true);
    addDetailTab(m_atrDetails, tr("ATR"));
    addDetailTab(m_readerDetails, tr("Reader"));
    m_session = std::make_unique<SessionWiring>(&m_monitor->engine()->api());
    // Scrolled: the console's full height must not set the window's minimum size.
    auto *consoleArea = new QScrollArea(this);
    consoleArea->setObjectName(QStringLiteral("apduConsoleArea"));
    consoleArea->setWidgetResizable(true);
    consoleArea->setFrameShape(QFrame::NoFrame);
    consoleArea->setWidget(m_session->console());
    addDetailTab(consoleArea, tr("APDU Console"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_detailTabs, 1);
    setCentralWidget(central);
}

int MainWindow::addDetailTab(QWidget *page, const QString &title)
{
    return m_detailTabs->addTab(page, title);
}

void MainWindow::createDocks()
{
    m_readerTree->setModel(m_readerModel);
    m_readersDock = new QDockWidget(tr("Readers"), this);
    m_readersDock->setObjectName(QStringLiteral("readersDock"));
    m_readersDock->setWidget(m_readerTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_readersDock);

    m_eventLog->setModel(m_eventModel);
    m_eventLogDock = new QDockWidget(tr("Event Log"), this);
    m_eventLogDock->setObjectName(QStringLiteral("eventLogDock"));
    m_eventLogDock->setWidget(m_eventLog);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventLogDock);
    m_sessionLogDock = new QDockWidget(tr("Session Log"), this);
    m_sessionLogDock->setObjectName(QStringLiteral("sessionLogDock"));
    m_sessionLogDock->setWidget(m_session->logPanel());
    tabifyDockWidget(m_eventLogDock, m_sessionLogDock);
    // The tree takes the full height on the left; the log spans the details only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    resizeDocks({ m_readersDock }, { 470 }, Qt::Horizontal);
    resizeDocks({ m_eventLogDock }, { 170 }, Qt::Vertical);
    // The session log has the details pane: more height, and in front of the event log.
    resizeDocks({ m_sessionLogDock }, { 260 }, Qt::Vertical);
    m_sessionLogDock->raise();

    connect(m_readerTree, &ReaderTreeView::currentReaderChanged, this, &MainWindow::showCurrentReader);
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(tr("&Refresh Reader Details"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read the selected reader's attributes and features again"));
    m_icons->bind(m_refreshAction, QStringLiteral("refresh"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshDetails);
    addServiceAction(m_refreshAction);

    // Ctrl+Shift+C: Ctrl+C stays with the focused view (the event log, the ATR's hex field).
    m_readerTree->copyAtrAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_icons->bind(m_readerTree->copyAtrAction(), QStringLiteral("copy"));

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_resetLayoutAction = new QAction(tr("Reset &Layout"), this);
    m_resetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    m_aboutAction = new QAction(tr("&About CardScope"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_readerTree->copyAtrAction());
    edit->addAction(m_readerTree->copyReaderNameAction());
    addSessionMenus(file, edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *readers = m_readersDock->toggleViewAction();
    readers->setObjectName(QStringLiteral("toggleReadersAction"));
    readers->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(readers);
    QAction *log = m_eventLogDock->toggleViewAction();
    log->setObjectName(QStringLiteral("toggleEventLogAction"));
    log->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addAction(log);
    QAction *session = m_sessionLogDock->toggleViewAction();
    session->setObjectName(QStringLiteral("toggleSessionLogAction"));
    session->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    view->addAction(session);
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addSeparator();
    view->addAction(m_resetLayoutAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

// File > Export Session… / Import Session…, Edit > Unmask Secrets… / Clear Session: the
// session log view's actions (their dialogs are non-modal), enabled when the view's are.
void MainWindow::addSessionMenus(QMenu *file, QMenu *edit)
{
    SessionLogView *log = m_session->logView();
    const auto mirror
        = [this](QAction *target, const QString &text, const char *name, const QKeySequence &shortcut) {
              auto *action = new QAction(text, this);
              action->setObjectName(QLatin1String(name));
              action->setShortcut(shortcut);
              action->setToolTip(target->toolTip());
              action->setEnabled(target->isEnabled());
              connect(action, &QAction::triggered, target, &QAction::trigger);
              connect(target, &QAction::changed, action,
                  [action, target] { action->setEnabled(target->isEnabled()); });
              return action;
          };
    QAction *quit = file->actions().value(0);
    file->insertAction(quit,
        mirror(log->exportAction(), tr("&Export Session…"), "exportSessionAction", QKeySequence::SaveAs));
    file->insertAction(
        quit, mirror(log->importAction(), tr("&Import Session…"), "importSessionAction", QKeySequence::Open));
    file->insertSeparator(quit);
    edit->addSeparator();
    // The unmask action's own text says what it does next (Unmask secrets… / Mask secrets).
    edit->addAction(log->unmaskAction());
    edit->addAction(mirror(log->clearAction(), tr("C&lear Session"), "clearSessionAction", QKeySequence()));
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_readerTree->copyAtrAction());
    QAction *toggle = toolBar->toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggleToolBarAction"));
    findChild<QMenu *>(QStringLiteral("viewMenu"))->insertAction(m_refreshAction, toggle);
}

void MainWindow::addServiceAction(QAction *action)
{
    m_serviceActions << action;
    action->setEnabled(m_serviceAvailable.value_or(true));
}

void MainWindow::connectMonitor()
{
    // Models first: a queued event reaches them before the window's own slots.
    m_readerModel->attach(m_monitor);
    m_eventModel->attach(m_monitor);
    connect(m_monitor, &smartcard::Monitor::serviceLost, this, &MainWindow::showServiceLost);
    connect(m_monitor, &smartcard::Monitor::serviceRestored, this, &MainWindow::showServiceAvailable);
    connect(m_readerModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateReaderCount);
    connect(m_readerModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateReaderCount);
    connect(m_readerModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateReaderCount);

    // A first look that finds the service with no reader emits nothing: wait for the
    // engine's first look on the thread pool (it blocks) and read the answer then.
    auto *ready = new QFutureWatcher<void>(this);
    connect(ready, &QFutureWatcher<void>::finished, this, [this] {
        if (!m_serviceAvailable && m_engine->isServiceAvailable() == true)
            showServiceAvailable();
    });
    ready->setFuture(
        QtConcurrent::run([engine = m_engine] { engine->waitForReady(std::chrono::seconds(30)); }));
    m_monitor->start();
}

void MainWindow::showServiceLost(ReturnCode code)
{
    m_serviceAvailable = false;
    m_banner->showServiceLost(code);
    m_serviceStatus->showLost(code);
    for (QAction *action : std::as_const(m_serviceActions))
        action->setEnabled(false);
    Q_EMIT serviceStateShown(false);
}

void MainWindow::showServiceAvailable()
{
    m_serviceAvailable = true;
    m_banner->clear();
    m_serviceStatus->showAvailable(m_readerModel->readerCount());
    for (QAction *action : std::as_const(m_serviceActions))
        action->setEnabled(true);
    Q_EMIT serviceStateShown(true);
}

void MainWindow::selectFirstCard()
{
    // Until the user or a wish picked a reader: the first card that shows up is selected, so
    // that a first start (scripts/run) shows an ATR decoded without a click.
    if (!m_selectFirstCard || !m_readerTree->pendingReader().isEmpty())
        return;
    for (int row = 0; row < m_readerModel->rowCount(); ++row) {
        const QString reader = m_readerModel->index(row, 0).data(ReaderTreeModel::ReaderNameRole).toString();
        if (const QModelIndex card = m_readerModel->indexOfCard(reader); card.isValid()) {
            m_selectFirstCard = false;
            m_readerTree->setCurrentIndex(card);
            return;
        }
    }
}

void MainWindow::updateReaderCount()
{
    selectFirstCard();
    // Readers listed mean the service answered, also before any serviceRestored.
    if (!m_serviceAvailable && m_readerModel->readerCount() > 0)
        showServiceAvailable();
    else if (m_serviceAvailable == true)
        m_serviceStatus->showAvailable(m_readerModel->readerCount());
}

void MainWindow::showCurrentReader(const QString &reader, const QByteArray &atr)
{
    if (!reader.isEmpty())
        m_selectFirstCard = false;
    m_atrDetails->setAtr(atr);
    m_session->setReader(reader);
    if (reader != m_readerDetails->reader())
        m_readerDetails->setReader(reader);
    if (!reader.isEmpty())
        QSettings().setValue(lastReaderKey(), reader);
}

void MainWindow::refreshDetails()
{
    m_readerDetails->refresh();
}

void MainWindow::preselectReader(const QString &reader)
{
    m_selectFirstCard = false;
    m_readerTree->selectReader(reader);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey()).toByteArray());
    restoreState(settings.value(stateKey()).toByteArray());
    const QString last = settings.value(lastReaderKey()).toString();
    m_selectFirstCard = last.isEmpty();
    if (!last.isEmpty())
        m_readerTree->selectReader(last);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    if (!m_readerTree->currentReader().isEmpty())
        settings.setValue(lastReaderKey(), m_readerTree->currentReader());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    m_readersDock->show();
    m_eventLogDock->show();
    m_sessionLogDock->show();
    m_sessionLogDock->raise();
}

void MainWindow::showAbout()
{
    AboutBox::open(this);
}
