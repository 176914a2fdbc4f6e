#include "monitor/cardconnectionobserveradapter.h"

namespace smartcard {

CardConnectionObserverAdapter::CardConnectionObserverAdapter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<smartcard::CardConnectionEvent>();
}

void CardConnectionObserverAdapter::update(CardConnection *, const CardConnectionEvent &event)
{
    Q_EMIT eventOccurred(event);
}

} // namespace smartcard
