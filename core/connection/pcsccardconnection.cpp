#include "connection/pcsccardconnection.h"

#include "exceptions/exceptions.h"

namespace smartcard {

using pcsc::ReturnCode;

namespace {

[[noreturn]] void throwConnectFailure(
    const QString &what, const QString &reader, std::uint32_t protocol, ReturnCode rc)
{
    if (rc == ReturnCode::E_NoSmartcard || rc == ReturnCode::W_RemovedCard)
        throw NoCardException(what, rc);
    if (rc == ReturnCode::E_UnknownReader)
        throw InvalidReaderException(reader);
    throw CardConnectionException(
        QStringLiteral("%1 with protocol: %2").arg(what, CardConnection::protocolName(protocol)), rc);
}

} // namespace

PCSCCardConnection::PCSCCardConnection(const QString &reader, pcsc::PcscApi &api)
    : CardConnection(reader)
    , m_context(api)
{
    if (const ReturnCode rc = m_context.establish(); !pcsc::succeeded(rc))
        throw CardConnectionException(QStringLiteral("Failed to establish context"), rc);
}

PCSCCardConnection::~PCSCCardConnection()
{
    // Members release the card handle (with its disposition) and the context quietly.
}

std::uint32_t PCSCCardConnection::activePcscProtocol() const
{
    return m_card ? m_card->activeProtocol() : pcsc::protocol::Undefined;
}

const pcsc::CardHandle &PCSCCardConnection::connectedCard(const char *operation) const
{
    if (!m_context.isEstablished())
        throw CardConnectionException(
            QStringLiteral("The connection was released: cannot %1").arg(QLatin1String(operation)));
    if (!m_card || !m_card->isConnected())
        throw CardConnectionException(
            QStringLiteral("Card not connected: cannot %1").arg(QLatin1String(operation)));
    return *m_card;
}

std::uint32_t PCSCCardConnection::doConnect(std::uint32_t protocol, pcsc::ShareMode mode)
{
    if (!m_context.isEstablished())
        throw CardConnectionException(QStringLiteral("The connection was released"));
    m_card.emplace(m_context);
    const ReturnCode rc = m_card->connect(getReader().toStdString(), mode, toPcscProtocolMask(protocol));
    if (!pcsc::succeeded(rc)) {
        m_card.reset();
        throwConnectFailure(QStringLiteral("Unable to connect"), getReader(), protocol, rc);
    }
    m_card->setReleaseDisposition(disposition());
    return fromPcscProtocolMask(m_card->activeProtocol());
}

std::uint32_t PCSCCardConnection::doReconnect(
    std::uint32_t protocol, pcsc::ShareMode mode, pcsc::Disposition init)
{
    const pcsc::CardHandle &card = connectedCard("reconnect");
    const ReturnCode rc = m_card->reconnect(mode, toPcscProtocolMask(protocol), init);
    if (!pcsc::succeeded(rc))
        throwConnectFailure(QStringLiteral("Unable to reconnect"), getReader(), protocol, rc);
    return fromPcscProtocolMask(card.activeProtocol());
}

void PCSCCardConnection::doDisconnect(pcsc::Disposition disposition)
{
    if (!m_card || !m_card->isConnected())
        return;
    const ReturnCode rc = m_card->disconnect(disposition);
    m_card.reset();
    if (!pcsc::succeeded(rc))
        throw CardConnectionException(QStringLiteral("Failed to disconnect"), rc);
}

void PCSCCardConnection::doRelease()
{
    if (m_card)
        m_card->disconnect(pcsc::Disposition::LeaveCard);
    m_card.reset();
    m_context.release();
}

Bytes PCSCCardConnection::doGetATR()
{
    pcsc::CardStatus status;
    if (const ReturnCode rc = connectedCard("get the ATR").status(&status); !pcsc::succeeded(rc))
        throw CardConnectionException(QStringLiteral("Failed to get status"), rc);
    return status.atr;
}

CardConnection::Response PCSCCardConnection::doTransmit(const Bytes &command, std::uint32_t protocol)
{
    if (protocol != T0_protocol && protocol != T1_protocol && protocol != RAW_protocol) {
        throw CardConnectionException(
            QStringLiteral("Invalid protocol in transmit: %1; must be T0, T1 or RAW%2")
                .arg(protocolName(protocol),
                    protocol == 0 ? QStringLiteral(" (a direct connection without protocol cannot transmit)")
                                  : QString()));
    }
    const pcsc::CardHandle &card = connectedCard("transmit");
    if (m_receiveBuffer.empty())
        m_receiveBuffer.resize(pcsc::MaxBufferSizeExtended);
    std::size_t length = 0;
    const ReturnCode rc = card.transmit(toPcscProtocolMask(protocol), command, m_receiveBuffer, &length);
    if (!pcsc::succeeded(rc)) {
        throw CardConnectionException(
            QStringLiteral("Failed to transmit with protocol %1").arg(protocolName(protocol)), rc);
    }
    // vpcd answers a card pulled mid-command with success and no byte: not a response.
    if (length < 2) {
        throw CardConnectionException(
            QStringLiteral("Card returned no valid response: %1 byte(s), a response needs SW1 SW2")
                .arg(length));
    }
    Response response;
    response.data.assign(m_receiveBuffer.begin(), m_receiveBuffer.begin() + std::ptrdiff_t(length - 2));
    response.sw1 = m_receiveBuffer[length - 2];
    response.sw2 = m_receiveBuffer[length - 1];
    return response;
}

Bytes PCSCCardConnection::doControl(std::uint32_t controlCode, const Bytes &data)
{
    Bytes output;
    if (const ReturnCode rc = connectedCard("control").control(controlCode, data, &output);
        !pcsc::succeeded(rc))
        throw CardConnectionException(QStringLiteral("Failed to control"), rc);
    return output;
}

Bytes PCSCCardConnection::doGetAttrib(std::uint32_t attributeId)
{
    Bytes value;
    if (const ReturnCode rc = connectedCard("get an attribute").getAttrib(attributeId, &value);
        !pcsc::succeeded(rc))
        throw CardConnectionException(QStringLiteral("Failed to getAttrib"), rc);
    return value;
}

void PCSCCardConnection::doBeginTransaction()
{
    if (const ReturnCode rc = connectedCard("begin a transaction").beginTransaction(); !pcsc::succeeded(rc))
        throw CardConnectionException(QStringLiteral("Failed to begin transaction"), rc);
}

void PCSCCardConnection::doEndTransaction(pcsc::Disposition disposition)
{
    if (const ReturnCode rc = connectedCard("end a transaction").endTransaction(disposition);
        !pcsc::succeeded(rc))
        throw CardConnectionException(QStringLiteral("Failed to end transaction"), rc);
}

} // namespace smartcard
