#pragma once

#include "connection/cardconnection.h"

namespace smartcard {

// pyscard's CardConnectionDecorator: wraps a connection (and owns it here) and forwards
// every call to it, so a subclass changes one behaviour and keeps the rest. Observers,
// the error checking chain and the GET RESPONSE helpers are the wrapped connection's.
class CardConnectionDecorator : public CardConnection
{
public:
    explicit CardConnectionDecorator(std::unique_ptr<CardConnection> component);

    CardConnection &component() const { return *m_component; }

    void addObserver(CardConnectionObserver *observer) override;
    void deleteObserver(CardConnectionObserver *observer) override;
    void setErrorCheckingChain(std::shared_ptr<ErrorCheckingChain> chain) override;
    void addSWExceptionToFilter(SWExceptionKind kind) override;
    void connect(std::optional<std::uint32_t> protocol = {}, std::optional<pcsc::ShareMode> mode = {},
        std::optional<pcsc::Disposition> disposition = {}) override;
    void reconnect(std::optional<std::uint32_t> protocol = {}, std::optional<pcsc::ShareMode> mode = {},
        std::optional<pcsc::Disposition> disposition = {}) override;
    void disconnect(std::optional<pcsc::Disposition> disposition = {}) override;
    void release() override;
    Bytes getATR() override;
    std::uint32_t getProtocol() const override;
    void setProtocol(std::uint32_t protocol) override;
    QString getReader() const override;
    Response transmit(const Bytes &command, std::optional<std::uint32_t> protocol = {}) override;
    Bytes control(std::uint32_t controlCode, const Bytes &data = {}) override;
    Bytes getAttrib(std::uint32_t attributeId) override;
    void beginTransaction() override;
    void endTransaction(pcsc::Disposition disposition = pcsc::Disposition::LeaveCard) override;
    void setAutoGetResponse(bool enabled) override;
    bool autoGetResponse() const override;
    void setAutoLeCorrection(bool enabled) override;
    bool autoLeCorrection() const override;

protected:
    // Never reached through the public calls above; they forward for completeness.
    std::uint32_t doConnect(std::uint32_t protocol, pcsc::ShareMode mode) override;
    std::uint32_t doReconnect(std::uint32_t protocol, pcsc::ShareMode mode, pcsc::Disposition init) override;
    void doDisconnect(pcsc::Disposition disposition) override;
    void doRelease() override;
    Bytes doGetATR() override;
    Response doTransmit(const Bytes &command, std::uint32_t protocol) override;
    Bytes doControl(std::uint32_t controlCode, const Bytes &data) override;
    Bytes doGetAttrib(std::uint32_t attributeId) override;
    void doBeginTransaction() override;
    void doEndTransaction(pcsc::Disposition disposition) override;

private:
    std::unique_ptr<CardConnection> m_component;
};

// pyscard's ExclusiveConnectCardConnection: connect() always asks for exclusive access.
class ExclusiveConnectCardConnection : public CardConnectionDecorator
{
public:
    using CardConnectionDecorator::CardConnectionDecorator;
    void connect(std::optional<std::uint32_t> protocol = {}, std::optional<pcsc::ShareMode> mode = {},
        std::optional<pcsc::Disposition> disposition = {}) override;
};

// pyscard's ExclusiveTransmitCardConnection: lock() and unlock() bracket a sequence of
// transmits in a PC/SC transaction, so that no other application talks to the card between
// them (SCardBeginTransaction / SCardEndTransaction with SCARD_LEAVE_CARD).
class ExclusiveTransmitCardConnection : public CardConnectionDecorator
{
public:
    using CardConnectionDecorator::CardConnectionDecorator;
    void lock();
    void unlock();
};

} // namespace smartcard
