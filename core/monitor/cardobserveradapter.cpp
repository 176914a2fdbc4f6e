#include "monitor/cardobserveradapter.h"

namespace smartcard {

namespace {
QList<ReaderStatus> valuesOf(const std::vector<Card> &cards)
{
    QList<ReaderStatus> values;
    values.reserve(qsizetype(cards.size()));
    for (const Card &card : cards) {
        ReaderStatus value;
        value.reader = card.reader().name();
        value.state = pcsc::readerstate::Present;
        value.atr = card.atr();
        values << value;
    }
    return values;
}
} // namespace

CardObserverAdapter::CardObserverAdapter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<smartcard::ReaderStatus>>();
}

void CardObserverAdapter::update(const std::vector<Card> &added, const std::vector<Card> &removed)
{
    Q_EMIT cardsChanged(valuesOf(added), valuesOf(removed));
}

} // namespace smartcard
