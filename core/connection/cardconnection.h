#pragma once

#include "connection/cardconnectionevent.h"
#include "connection/cardconnectionobserver.h"
#include "sw/swexceptionkind.h"

#include <memory>
#include <mutex>
#include <vector>

namespace smartcard {

class ErrorCheckingChain;

// pyscard's CardConnection: a connection to the card in one reader. transmit() sends the
// bytes given, notifies observers of the command and the response, applies the error
// checking chain and returns data, SW1 and SW2.
//
// Beyond pyscard, two helpers, off by default: automatic GET RESPONSE on 61xx and re-sending
// with the right Le on 6Cxx. Every exchange they add is notified to observers, with the
// exchange it serves as originId.
//
// Threads: a connection is used from one thread at a time (its PC/SC context belongs to
// the thread that calls it); it may be handed to another thread between calls. Observers
// may be added and removed from any thread, also while events are being notified.
class CardConnection
{
public:
    // pyscard's protocol mask (note RAW: pyscard's 0x10000, not SCARD_PROTOCOL_RAW).
    static constexpr std::uint32_t T0_protocol = 0x00000001;
    static constexpr std::uint32_t T1_protocol = 0x00000002;
    static constexpr std::uint32_t RAW_protocol = 0x00010000;
    static constexpr std::uint32_t T15_protocol = 0x00000008;

    struct Response
    {
        Bytes data;
        std::uint8_t sw1 = 0;
        std::uint8_t sw2 = 0;
        std::uint16_t sw() const { return std::uint16_t(sw1 << 8 | sw2); }
        bool operator==(const Response &) const = default;
    };

    explicit CardConnection(QString reader);
    virtual ~CardConnection();
    CardConnection(const CardConnection &) = delete;
    CardConnection &operator=(const CardConnection &) = delete;

    virtual void addObserver(CardConnectionObserver *observer);
    virtual void deleteObserver(CardConnectionObserver *observer);
    virtual void setErrorCheckingChain(std::shared_ptr<ErrorCheckingChain> chain);
    // Filter an SW exception class in the chain's first link (pyscard's semantics).
    virtual void addSWExceptionToFilter(SWExceptionKind kind);

    // Defaults: protocol = getProtocol() (T0|T1 at first), mode = shared, disposition on
    // disconnect = leave the card (pyscard unpowers it; see docs/connections.md).
    virtual void connect(std::optional<std::uint32_t> protocol = {}, std::optional<pcsc::ShareMode> mode = {},
        std::optional<pcsc::Disposition> disposition = {});
    // Defaults: protocol = getProtocol(), mode = shared, initialization = reset (pyscard's).
    virtual void reconnect(std::optional<std::uint32_t> protocol = {},
        std::optional<pcsc::ShareMode> mode = {}, std::optional<pcsc::Disposition> disposition = {});
    // `disposition`: what to do with the card this time; default: the one given to connect().
    virtual void disconnect(std::optional<pcsc::Disposition> disposition = {});
    // Disconnect and release the PC/SC context; the connection cannot be used afterwards.
    virtual void release();

    virtual Bytes getATR();
    virtual std::uint32_t getProtocol() const;
    virtual void setProtocol(std::uint32_t protocol);
    virtual QString getReader() const;

    virtual Response transmit(const Bytes &command, std::optional<std::uint32_t> protocol = {});
    virtual Bytes control(std::uint32_t controlCode, const Bytes &data = {});
    virtual Bytes getAttrib(std::uint32_t attributeId);

    virtual void beginTransaction();
    virtual void endTransaction(pcsc::Disposition disposition = pcsc::Disposition::LeaveCard);

    virtual void setAutoGetResponse(bool enabled) { m_autoGetResponse = enabled; }
    virtual bool autoGetResponse() const { return m_autoGetResponse; }
    virtual void setAutoLeCorrection(bool enabled) { m_autoLeCorrection = enabled; }
    virtual bool autoLeCorrection() const { return m_autoLeCorrection; }

    static std::uint32_t toPcscProtocolMask(std::uint32_t protocol);
    static std::uint32_t fromPcscProtocolMask(std::uint32_t pcscProtocol);
    // "T0", "T1", "T0 or T1", "RAW", "T15"; "none" for 0 (a direct connection without protocol)
    static QString protocolName(std::uint32_t protocol);

protected:
    // The PC/SC work, done by subclasses; the base notifies observers around it.
    // Failures throw SmartcardException subclasses.
    virtual std::uint32_t doConnect(std::uint32_t protocol, pcsc::ShareMode mode) = 0;
    virtual std::uint32_t doReconnect(std::uint32_t protocol, pcsc::ShareMode mode, pcsc::Disposition init)
        = 0;
    virtual void doDisconnect(pcsc::Disposition disposition) = 0;
    virtual void doRelease() = 0;
    virtual Bytes doGetATR() = 0;
    virtual Response doTransmit(const Bytes &command, std::uint32_t protocol) = 0;
    virtual Bytes doControl(std::uint32_t controlCode, const Bytes &data) = 0;
    virtual Bytes doGetAttrib(std::uint32_t attributeId) = 0;
    virtual void doBeginTransaction() = 0;
    virtual void doEndTransaction(pcsc::Disposition disposition) = 0;

    // The disposition connect() chose for disconnecting.
    pcsc::Disposition disposition() const { return m_disposition; }
    void notify(const CardConnectionEvent &event);
    // Whether an event would reach anyone now: data is copied into an event only then.
    bool hasObservers() const;
    CardConnectionEvent makeEvent(CardConnectionEvent::Type type) const;

private:
    // Runs an operation, then notifies `event` with its duration and, if it threw, its error.
    template<class Operation> auto observed(CardConnectionEvent &event, Operation operation);
    // Connect and Reconnect events carry the ATR, read only when someone will see it.
    void addAtrForObservers(CardConnectionEvent &event);
    Response exchange(const Bytes &command, std::uint32_t protocol, quint64 originId, quint64 *exchangeId);
    Response completeResponse(
        const Bytes &command, std::uint32_t protocol, Response response, quint64 originId);

    QString m_reader;
    std::uint32_t m_protocol = T0_protocol | T1_protocol;
    pcsc::Disposition m_disposition = pcsc::Disposition::LeaveCard;
    std::shared_ptr<ErrorCheckingChain> m_errorCheckingChain;
    bool m_autoGetResponse = false;
    bool m_autoLeCorrection = false;
    quint64 m_lastExchangeId = 0;

    // Copy on write: notify() takes the current list under the mutex (a reference count,
    // no allocation per event), and add/delete replace it, also while it is being notified.
    using ObserverList = std::vector<CardConnectionObserver *>;
    std::shared_ptr<const ObserverList> observerList() const;
    mutable std::mutex m_observersMutex;
    std::shared_ptr<const ObserverList> m_observers;
};

} // namespace smartcard
