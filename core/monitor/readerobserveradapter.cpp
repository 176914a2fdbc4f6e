#include "monitor/readerobserveradapter.h"

namespace smartcard {

namespace {
QStringList namesOf(const std::vector<Reader> &readers)
{
    QStringList names;
    names.reserve(qsizetype(readers.size()));
    for (const Reader &reader : readers)
        names << reader.name();
    return names;
}
} // namespace

ReaderObserverAdapter::ReaderObserverAdapter(QObject *parent)
    : QObject(parent)
{ }

void ReaderObserverAdapter::update(const std::vector<Reader> &added, const std::vector<Reader> &removed)
{
    Q_EMIT readersChanged(namesOf(added), namesOf(removed));
}

} // namespace smartcard
