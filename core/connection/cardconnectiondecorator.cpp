#include "connection/cardconnectiondecorator.h"

#include "exceptions/exceptions.h"

namespace smartcard {

CardConnectionDecorator::CardConnectionDecorator(std::unique_ptr<CardConnection> component)
    : CardConnection(component->getReader())
    , m_component(std::move(component))
{ }

void CardConnectionDecorator::addObserver(CardConnectionObserver *observer)
{
    m_component->addObserver(observer);
}

void CardConnectionDecorator::deleteObserver(CardConnectionObserver *observer)
{
    m_component->deleteObserver(observer);
}

void CardConnectionDecorator::setErrorCheckingChain(std::shared_ptr<ErrorCheckingChain> chain)
{
    m_component->setErrorCheckingChain(std::move(chain));
}

void CardConnectionDecorator::addSWExceptionToFilter(SWExceptionKind kind)
{
    m_component->addSWExceptionToFilter(kind);
}

void CardConnectionDecorator::connect(std::optional<std::uint32_t> protocol,
    std::optional<pcsc::ShareMode> mode, std::optional<pcsc::Disposition> disposition)
{
    m_component->connect(protocol, mode, disposition);
}

void CardConnectionDecorator::reconnect(std::optional<std::uint32_t> protocol,
    std::optional<pcsc::ShareMode> mode, std::optional<pcsc::Disposition> disposition)
{
    m_component->reconnect(protocol, mode, disposition);
}

void CardConnectionDecorator::disconnect(std::optional<pcsc::Disposition> disposition)
{
    m_component->disconnect(disposition);
}

void CardConnectionDecorator::release()
{
    m_component->release();
}

Bytes CardConnectionDecorator::getATR()
{
    return m_component->getATR();
}

std::uint32_t CardConnectionDecorator::getProtocol() const
{
    return m_component->getProtocol();
}

void CardConnectionDecorator::setProtocol(std::uint32_t protocol)
{
    m_component->setProtocol(protocol);
}

QString CardConnectionDecorator::getReader() const
{
    return m_component->getReader();
}

CardConnection::Response CardConnectionDecorator::transmit(
    const Bytes &command, std::optional<std::uint32_t> protocol)
{
    return m_component->transmit(command, protocol);
}

Bytes CardConnectionDecorator::control(std::uint32_t controlCode, const Bytes &data)
{
    return m_component->control(controlCode, data);
}

Bytes CardConnectionDecorator::getAttrib(std::uint32_t attributeId)
{
    return m_component->getAttrib(attributeId);
}

void CardConnectionDecorator::beginTransaction()
{
    m_component->beginTransaction();
}

void CardConnectionDecorator::endTransaction(pcsc::Disposition disposition)
{
    m_component->endTransaction(disposition);
}

void CardConnectionDecorator::setAutoGetResponse(bool enabled)
{
    m_component->setAutoGetResponse(enabled);
}

bool CardConnectionDecorator::autoGetResponse() const
{
    return m_component->autoGetResponse();
}

void CardConnectionDecorator::setAutoLeCorrection(bool enabled)
{
    m_component->setAutoLeCorrection(enabled);
}

bool CardConnectionDecorator::autoLeCorrection() const
{
    return m_component->autoLeCorrection();
}

std::uint32_t CardConnectionDecorator::doConnect(std::uint32_t protocol, pcsc::ShareMode mode)
{
    m_component->connect(protocol, mode);
    return m_component->getProtocol();
}

std::uint32_t CardConnectionDecorator::doReconnect(
    std::uint32_t protocol, pcsc::ShareMode mode, pcsc::Disposition init)
{
    m_component->reconnect(protocol, mode, init);
    return m_component->getProtocol();
}

void CardConnectionDecorator::doDisconnect(pcsc::Disposition)
{
    m_component->disconnect();
}

void CardConnectionDecorator::doRelease()
{
    m_component->release();
}

Bytes CardConnectionDecorator::doGetATR()
{
    return m_component->getATR();
}

CardConnection::Response CardConnectionDecorator::doTransmit(const Bytes &command, std::uint32_t protocol)
{
    return m_component->transmit(command, protocol);
}

Bytes CardConnectionDecorator::doControl(std::uint32_t controlCode, const Bytes &data)
{
    return m_component->control(controlCode, data);
}

Bytes CardConnectionDecorator::doGetAttrib(std::uint32_t attributeId)
{
    return m_component->getAttrib(attributeId);
}

void CardConnectionDecorator::doBeginTransaction()
{
    m_component->beginTransaction();
}

void CardConnectionDecorator::doEndTransaction(pcsc::Disposition disposition)
{
    m_component->endTransaction(disposition);
}

void ExclusiveConnectCardConnection::connect(std::optional<std::uint32_t> protocol,
    std::optional<pcsc::ShareMode>, std::optional<pcsc::Disposition> disposition)
{
    CardConnectionDecorator::connect(protocol, pcsc::ShareMode::Exclusive, disposition);
}

void ExclusiveTransmitCardConnection::lock()
{
    beginTransaction();
}

void ExclusiveTransmitCardConnection::unlock()
{
    endTransaction(pcsc::Disposition::LeaveCard);
}

} // namespace smartcard
