#include "request/requestedreaders.h"

namespace smartcard {

RequestedReaders::RequestedReaders(QStringList names)
    : m_names(std::move(names))
{
    m_names.removeDuplicates();
}

RequestedReaders::RequestedReaders(std::initializer_list<QString> names)
    : RequestedReaders(QStringList(names))
{ }

RequestedReaders::RequestedReaders(const std::vector<Reader> &readers)
{
    for (const Reader &reader : readers)
        m_names << reader.name();
    m_names.removeDuplicates();
}

} // namespace smartcard
