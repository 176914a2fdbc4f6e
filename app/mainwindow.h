#pragma once

#include "pcsc/returncode.h"

#include <QList>
#include <QMainWindow>

#include <memory>
#include <optional>

class AtrDetailsWidget;
class EventLogModel;
class EventLogView;
class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class ReaderDetailsWidget;
class ReaderTreeModel;
class ReaderTreeView;
class ServiceBanner;
class ServiceStatusLabel;
class SessionWiring;
class ThemedIcons;

namespace smartcard {
class Monitor;
class MonitorEngine;
} // namespace smartcard

// CardScope's main window: wiring only; the views are in widgets/.
//
// One ReaderMonitor (core/monitor) feeds the reader tree (left dock) and the event log
// (bottom dock); the current card's ATR goes to the ATR details and its reader to the reader
// details, tabs of the central QTabWidget ("detailTabs"). The service state shows in the
// status bar ("serviceStatus") and, when pcscd does not answer, in a banner
// ("serviceBanner") that goes by itself when the monitor reports the service back; the
// actions that need the service are disabled meanwhile. No PC/SC call is made on the GUI
// thread: the monitor's engine has its own, the reader details read on the thread pool.
//
// Issue 7: the APDU console ("apduConsole") is a detail tab following the reader selected
// in the tree, the session log ("sessionLog") a bottom dock tabbed with the event log, the
// journal and the crash recovery bar with it: SessionWiring (sessionwiring.h) holds them.
//
// Geometry, dock layout and the last selected reader persist in QSettings (the
// application's organisation and name), saved on close.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `engine`: the monitor engine to follow (tests: one over a fake PC/SC); nullptr: the
    // process's shared engine over the system's PC/SC. The reader details read through the
    // engine's PcscApi.
    explicit MainWindow(
        std::shared_ptr<smartcard::MonitorEngine> engine = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the detail tabs and returns its index (issue 7: console, session log).
    int addDetailTab(QWidget *page, const QString &title);
    // Actions that need the PC/SC service: disabled while it does not answer.
    void addServiceAction(QAction *action);

    // Selects `reader` in the tree now or when it appears (--reader). Without a call the last
    // reader selected in a previous session is wished for; without one either, the first
    // card that appears is selected.
    void preselectReader(const QString &reader);

    smartcard::Monitor *monitor() const { return m_monitor; }
    SessionWiring *session() const { return m_session.get(); }
    // Unknown until the monitor's first look at the service.
    std::optional<bool> isServiceAvailable() const { return m_serviceAvailable; }

    // The QSettings keys.
    static QString geometryKey() { return QStringLiteral("mainWindow/geometry"); }
    static QString stateKey() { return QStringLiteral("mainWindow/state"); }
    static QString lastReaderKey() { return QStringLiteral("readers/last"); }

Q_SIGNALS:
    // The status bar and the banner show a new service state (tests wait on it).
    void serviceStateShown(bool available);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralArea();
    void createDocks();
    void createActions();
    void createMenus();
    void addSessionMenus(QMenu *file, QMenu *edit);
    void createToolBar();
    void connectMonitor();
    void restoreSettings();
    void saveSettings() const;
    void resetLayout();

    void showServiceLost(smartcard::pcsc::ReturnCode code);
    void showServiceAvailable();
    void updateReaderCount();
    void selectFirstCard();
    void showCurrentReader(const QString &reader, const QByteArray &atr);
    void refreshDetails();
    void showAbout();

    std::shared_ptr<smartcard::MonitorEngine> m_engine;
    smartcard::Monitor *m_monitor;
    ThemedIcons *m_icons;
    ReaderTreeModel *m_readerModel;
    ReaderTreeView *m_readerTree;
    EventLogModel *m_eventModel;
    EventLogView *m_eventLog;
    AtrDetailsWidget *m_atrDetails;
    ReaderDetailsWidget *m_readerDetails;
    QTabWidget *m_detailTabs = nullptr;
    ServiceBanner *m_banner = nullptr;
    ServiceStatusLabel *m_serviceStatus = nullptr;
    QDockWidget *m_readersDock = nullptr;
    QDockWidget *m_eventLogDock = nullptr;
    QDockWidget *m_sessionLogDock = nullptr;
    QByteArray m_defaultState;

    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_serviceActions;

    // After m_engine: destroyed first, it stops the console's workers that use the engine's API.
    std::unique_ptr<SessionWiring> m_session;

    std::optional<bool> m_serviceAvailable;
    bool m_selectFirstCard = false;
};
