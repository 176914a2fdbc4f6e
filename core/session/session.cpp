#include "session/session.h"

#include "exceptions/exceptions.h"
#include "reader/reader.h"

#include <algorithm>

namespace smartcard {

namespace {

Reader chooseReader(const QString &readerName, pcsc::PcscApi &api)
{
    const std::vector<Reader> available = readers({}, api);
    if (readerName.isEmpty()) {
        if (available.empty())
            throw NoReadersException();
        return available.front();
    }
    const auto found = std::find_if(available.begin(), available.end(),
        [&](const Reader &reader) { return reader.name() == readerName; });
    if (found == available.end())
        throw InvalidReaderException(readerName);
    return *found;
}

} // namespace

Session::Session(const QString &readerName, pcsc::PcscApi &api)
{
    const Reader reader = chooseReader(readerName, api);
    m_readerName = reader.name();
    m_service = std::make_unique<PassThruCardService>(reader.createConnection());
    m_service->connection().connect();
}

CardConnection::Response Session::sendCommandAPDU(const Bytes &command)
{
    return m_service->connection().transmit(command);
}

Bytes Session::getATR()
{
    return m_service->connection().getATR();
}

void Session::close()
{
    m_service->connection().disconnect();
}

} // namespace smartcard
