#pragma once

#include "pcsc/readerstates.h"

#include <QFutureWatcher>
#include <QMainWindow>

class ReaderListWidget;
class ServiceStatusLabel;

// CardScope's main window: wiring only. The snapshot of the PC/SC service is taken on a
// worker thread (QtConcurrent), never on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

public slots:
    void refresh();

signals:
    void snapshotShown();

private:
    void createActions();
    void showSnapshot();
    void showAbout();

    ReaderListWidget *m_readerList;
    ServiceStatusLabel *m_serviceStatus;
    QFutureWatcher<smartcard::pcsc::ServiceSnapshot> m_snapshotWatcher;
};
