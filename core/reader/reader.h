#pragma once

#include "connection/cardconnection.h"
#include "pcsc/pcscapi.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace smartcard {

// pyscard's Reader (PCSCReader): a reader by name. Readers compare and hash by name. A
// value type, cheap to copy and safe to pass between threads.
class Reader
{
public:
    explicit Reader(QString name, pcsc::PcscApi &api = pcsc::systemPcsc());

    const QString &name() const { return m_name; }
    QString toString() const { return m_name; }

    // A new PCSCCardConnection to this reader (not connected yet).
    std::unique_ptr<CardConnection> createConnection() const;

    // Reader groups cannot be changed on pcsc-lite (it has no SCardAddReaderToGroup): these
    // throw AddReaderToGroupException / RemoveReaderFromGroupException with
    // SCARD_E_UNSUPPORTED_FEATURE, never fail silently.
    void addToReaderGroup(const QString &group) const;
    void removeFromReaderGroup(const QString &group) const;

    bool operator==(const Reader &other) const { return m_name == other.m_name; }

private:
    QString m_name;
    pcsc::PcscApi *m_api;
};

size_t qHash(const Reader &reader, size_t seed = 0) noexcept;

// pyscard's smartcard.System.readers(groups) and readergroups(). Throw
// EstablishContextException when the service does not answer and ListReadersException
// when listing fails; no reader is an empty list.
std::vector<Reader> readers(const QStringList &groups = {}, pcsc::PcscApi &api = pcsc::systemPcsc());
QStringList readerGroups(pcsc::PcscApi &api = pcsc::systemPcsc());

} // namespace smartcard
