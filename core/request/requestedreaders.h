#pragma once

#include "reader/reader.h"

#include <QStringList>

#include <initializer_list>
#include <vector>

namespace smartcard {

// Which readers a CardRequest watches: readers by name, or every reader when none is
// given. pyscard takes a list of names or of Reader objects, or None for all readers; here
// an empty selection means all readers (pyscard's None). The constructors are implicit on
// purpose, so that a CardRequest takes {"Reader A"}, a QStringList or readers() alike.
// A named reader that is not connected is not an error: it is watched from the moment it
// appears.
class RequestedReaders
{
public:
    RequestedReaders() = default;
    RequestedReaders(QStringList names); // NOLINT(google-explicit-constructor)
    RequestedReaders(std::initializer_list<QString> names); // NOLINT(google-explicit-constructor)
    RequestedReaders(const std::vector<Reader> &readers); // NOLINT(google-explicit-constructor)

    bool isAll() const { return m_names.isEmpty(); }
    const QStringList &names() const { return m_names; }
    // Whether a reader of this name is one to watch (always true for all readers).
    bool includes(const QString &readerName) const { return isAll() || m_names.contains(readerName); }

private:
    QStringList m_names;
};

} // namespace smartcard
