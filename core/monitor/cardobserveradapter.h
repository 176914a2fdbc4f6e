#pragma once

#include "monitor/cardobserver.h"
#include "monitor/readerstatus.h"

#include <QList>
#include <QObject>

namespace smartcard {

// A CardObserver that re-emits each update() as a Qt signal, so that receivers in other
// threads (the GUI) are called there through queued connections. The cards are values:
// ReaderStatus with the reader name and the ATR (state: present; no event counter, which
// CardObserver does not carry). Register it with CardMonitor::addObserver(); delete it only
// after deleteObserver() has returned (or after the monitor is gone).
class CardObserverAdapter final : public QObject, public CardObserver
{
    Q_OBJECT

public:
    explicit CardObserverAdapter(QObject *parent = nullptr);
    void update(const std::vector<Card> &added, const std::vector<Card> &removed) override;

Q_SIGNALS:
    void cardsChanged(
        const QList<smartcard::ReaderStatus> &added, const QList<smartcard::ReaderStatus> &removed);
};

} // namespace smartcard
