#pragma once

#include "pcsc/pcscapi.h"
#include "service/cardservice.h"

namespace smartcard {

// pyscard's Session: connect to the card in a reader (the first reader by default), send
// APDUs, close. Throws NoReadersException when there is no reader, InvalidReaderException
// for an unknown reader name, and the connection's exceptions otherwise.
// One difference on purpose: pyscard's sendCommandAPDU appends SW1 SW2 to the data when
// the data is longer than two bytes; here the data never includes the status word.
class Session
{
public:
    explicit Session(const QString &readerName = {}, pcsc::PcscApi &api = pcsc::systemPcsc());

    CardConnection::Response sendCommandAPDU(const Bytes &command);
    Bytes getATR();
    void close();
    const QString &readerName() const { return m_readerName; }
    CardService &cardService() const { return *m_service; }

private:
    QString m_readerName;
    std::unique_ptr<CardService> m_service;
};

} // namespace smartcard
