#include "mainwindow.h"

#include "readerlistwidget.h"
#include "servicestatuslabel.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_readerList(new ReaderListWidget(this))
    , m_serviceStatus(new ServiceStatusLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CardScope"));
    setCentralWidget(m_readerList);
    statusBar()->addWidget(m_serviceStatus, 1);
    createActions();
    connect(&m_snapshotWatcher, &QFutureWatcher<smartcard::pcsc::ServiceSnapshot>::finished, this,
        &MainWindow::showSnapshot);
    resize(900, 560);
    refresh();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refreshAction = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CardScope"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(refreshAction);
}

void MainWindow::refresh()
{
    if (m_snapshotWatcher.isRunning())
        return;
    m_serviceStatus->showChecking();
    m_snapshotWatcher.setFuture(QtConcurrent::run([] { return smartcard::pcsc::takeServiceSnapshot(); }));
}

void MainWindow::showSnapshot()
{
    const smartcard::pcsc::ServiceSnapshot snapshot = m_snapshotWatcher.result();
    m_serviceStatus->showSnapshot(snapshot);
    m_readerList->showSnapshot(snapshot);
    emit snapshotShown();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CardScope"),
        tr("<h3>CardScope %1</h3><p>Watch PC/SC readers and cards, read ATRs, exchange APDUs.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                QString::fromLatin1(qVersion())));
}
