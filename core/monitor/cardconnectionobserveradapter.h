#pragma once

#include "connection/cardconnectionobserver.h"

#include <QMetaType>
#include <QObject>

Q_DECLARE_METATYPE(smartcard::CardConnectionEvent)

namespace smartcard {

// A CardConnectionObserver that re-emits each event as a Qt signal carrying the event by
// value (its reader included, never the connection pointer), so that a receiver in the GUI
// thread is called there through a queued connection while the connection works on its
// own thread. update() runs on the connection's thread: delete the adapter only after
// deleteObserver() when no call on the connection is in progress (CardConnection may still
// be notifying a list it took before deleteObserver()), or after the connection is gone.
class CardConnectionObserverAdapter final : public QObject, public CardConnectionObserver
{
    Q_OBJECT

public:
    explicit CardConnectionObserverAdapter(QObject *parent = nullptr);
    void update(CardConnection *connection, const CardConnectionEvent &event) override;

Q_SIGNALS:
    void eventOccurred(const smartcard::CardConnectionEvent &event);
};

} // namespace smartcard
