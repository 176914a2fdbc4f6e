#pragma once

#include "connection/cardconnection.h"
#include "pcsc/cardhandle.h"

#include <optional>

namespace smartcard {

// pyscard's PCSCCardConnection: a CardConnection over PC/SC. It owns its own PC/SC context
// (pcsc-lite's one-context-per-thread rule): the constructor establishes it and throws
// CardConnectionException when the service does not answer. The destructor disconnects
// (with the disposition chosen at connect) and releases the context, and never throws.
class PCSCCardConnection : public CardConnection
{
public:
    explicit PCSCCardConnection(const QString &reader, pcsc::PcscApi &api = pcsc::systemPcsc());
    ~PCSCCardConnection() override;

    // The active protocol in PC/SC terms, SCARD_PROTOCOL_* (pcsc::protocol::*).
    std::uint32_t activePcscProtocol() const;

protected:
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
    const pcsc::CardHandle &connectedCard(const char *operation) const;

    pcsc::Context m_context;
    std::optional<pcsc::CardHandle> m_card;
    Bytes m_receiveBuffer;
};

} // namespace smartcard
