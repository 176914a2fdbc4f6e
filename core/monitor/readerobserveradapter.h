#pragma once

#include "monitor/readerobserver.h"

#include <QObject>
#include <QStringList>

namespace smartcard {

// A ReaderObserver that re-emits each update() as a Qt signal with reader names, so that
// receivers in other threads (the GUI) are called there through queued connections.
// Register it with ReaderMonitor::addObserver(); delete it only after deleteObserver()
// has returned (or after the monitor is gone).
class ReaderObserverAdapter final : public QObject, public ReaderObserver
{
    Q_OBJECT

public:
    explicit ReaderObserverAdapter(QObject *parent = nullptr);
    void update(const std::vector<Reader> &added, const std::vector<Reader> &removed) override;

Q_SIGNALS:
    void readersChanged(const QStringList &added, const QStringList &removed);
};

} // namespace smartcard
