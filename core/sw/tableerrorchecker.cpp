#include "sw/tableerrorchecker.h"

namespace smartcard {

void TableErrorChecker::check(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const
{
    if (const Entry *entry = find(sw1, sw2))
        throwSWException(entry->kind, data, sw1, sw2, message(sw1, sw2));
}

const TableErrorChecker::Entry *TableErrorChecker::find(std::uint8_t sw1, std::uint8_t sw2) const
{
    for (const Entry &entry : m_entries) {
        if (entry.sw1 == sw1 && sw2 >= entry.sw2First && sw2 <= entry.sw2Last)
            return &entry;
    }
    return nullptr;
}

QString TableErrorChecker::message(std::uint8_t sw1, std::uint8_t sw2) const
{
    const Entry *entry = find(sw1, sw2);
    if (!entry)
        return {};
    QString text = QString::fromUtf8(entry->text);
    if (text.contains(QLatin1String("%1")))
        text = text.arg(sw2 - entry->sw2First);
    return text;
}

} // namespace smartcard
