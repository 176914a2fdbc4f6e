#pragma once

#include "connectionworker.h"

#include <QThread>

// Owns a ConnectionWorker and the thread it lives on (as qBittorrent's utils/thread.h): the
// destructor quits the thread and waits, and the worker is deleted on its own thread just
// before the thread ends, so its PC/SC context is released where it was made. Waiting may
// take as long as a card call in progress: PC/SC cannot interrupt SCardTransmit.
class WorkerThread
{
public:
    explicit WorkerThread(ConnectionWorker *worker)
        : m_worker(worker)
    {
        m_thread.setObjectName(QStringLiteral("console: ") + worker->reader());
        worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
        m_thread.start();
    }
    ~WorkerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    ConnectionWorker *worker() const { return m_worker; }

private:
    QThread m_thread;
    ConnectionWorker *m_worker;
};
