#pragma once

#include "pcsc/pcscapi.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <set>

namespace cardscope::testing {

// A PC/SC service in memory, for what the pcscd rig cannot produce: readers appearing and
// vanishing, rare return codes, a leak check of every context and card handle. Thread-safe;
// getStatusChange() blocks like pcscd's until a state changes, the timeout expires or
// cancel() is called on its context.
class FakePcsc final : public smartcard::pcsc::PcscApi
{
public:
    using ReturnCode = smartcard::pcsc::ReturnCode;
    using Bytes = smartcard::Bytes;
    // Answers a command APDU for a card; the default answers 90 00.
    using CardBehaviour = std::function<Bytes(const Bytes &command)>;

    enum class Call {
        EstablishContext,
        ReleaseContext,
        ListReaders,
        ListReaderGroups,
        GetStatusChange,
        Cancel,
        Connect,
        Reconnect,
        Disconnect,
        Status,
        Transmit,
        Control,
        GetAttrib,
        BeginTransaction,
        EndTransaction,
    };

    // Scenario set-up, callable from any thread; a change wakes blocked getStatusChange().
    void addReader(const std::string &name);
    void removeReader(const std::string &name);
    void insertCard(const std::string &reader, const Bytes &atr, CardBehaviour behaviour = {});
    void removeCard(const std::string &reader);
    void setAttribute(const std::string &reader, std::uint32_t id, const Bytes &value);
    // What control() with that code answers on a card handle of that reader: `output`, or the
    // failure `result`. Codes not scripted keep the default answer (success, no byte).
    void setControlResponse(const std::string &reader, std::uint32_t controlCode, const Bytes &output,
        ReturnCode result = ReturnCode::Success);
    // The control codes control() was called with, in order.
    std::vector<std::uint32_t> controlCodes() const;
    // The next `count` calls of `call` return `code` instead of doing their work.
    void failNext(Call call, ReturnCode code, int count = 1);
    // Every later call returns SCARD_E_NO_SERVICE, as after pcscd died; setServiceRunning(true) revives it.
    void setServiceRunning(bool running);

    // Observation.
    int callCount(Call call) const;
    std::vector<Bytes> transmittedCommands() const;
    int openContexts() const;
    int openCards() const;

    ReturnCode establishContext(smartcard::pcsc::Scope scope, smartcard::pcsc::ContextId *context) override;
    ReturnCode releaseContext(smartcard::pcsc::ContextId context) override;
    ReturnCode listReaders(smartcard::pcsc::ContextId context, const std::vector<std::string> &groups,
        std::vector<std::string> *readers) override;
    ReturnCode listReaderGroups(
        smartcard::pcsc::ContextId context, std::vector<std::string> *groups) override;
    ReturnCode getStatusChange(smartcard::pcsc::ContextId context, std::uint32_t timeoutMs,
        std::span<smartcard::pcsc::ReaderState> states) override;
    ReturnCode cancel(smartcard::pcsc::ContextId context) override;
    ReturnCode connect(smartcard::pcsc::ContextId context, const std::string &reader,
        smartcard::pcsc::ShareMode mode, std::uint32_t preferredProtocols, smartcard::pcsc::CardId *card,
        std::uint32_t *activeProtocol) override;
    ReturnCode reconnect(smartcard::pcsc::CardId card, smartcard::pcsc::ShareMode mode,
        std::uint32_t preferredProtocols, smartcard::pcsc::Disposition initialization,
        std::uint32_t *activeProtocol) override;
    ReturnCode disconnect(smartcard::pcsc::CardId card, smartcard::pcsc::Disposition disposition) override;
    ReturnCode status(smartcard::pcsc::CardId card, smartcard::pcsc::CardStatus *status) override;
    ReturnCode transmit(smartcard::pcsc::CardId card, std::uint32_t protocol,
        std::span<const std::uint8_t> command, std::span<std::uint8_t> response,
        std::size_t *responseLength) override;
    ReturnCode control(smartcard::pcsc::CardId card, std::uint32_t controlCode,
        std::span<const std::uint8_t> input, std::span<std::uint8_t> output,
        std::size_t *outputLength) override;
    ReturnCode getAttrib(smartcard::pcsc::CardId card, std::uint32_t attributeId, Bytes *value) override;
    ReturnCode beginTransaction(smartcard::pcsc::CardId card) override;
    ReturnCode endTransaction(
        smartcard::pcsc::CardId card, smartcard::pcsc::Disposition disposition) override;

private:
    struct Reader
    {
        bool cardPresent = false;
        Bytes atr;
        CardBehaviour behaviour;
        std::uint32_t eventCounter = 0;
        std::map<std::uint32_t, Bytes> attributes;
        std::map<std::uint32_t, std::pair<ReturnCode, Bytes>> controlResponses;
    };
    struct OpenCard
    {
        std::string reader;
        std::uint32_t protocol = 0;
    };

    // Counts the call and returns the injected failure, if any. Caller holds m_mutex.
    ReturnCode enter(Call call);
    // enter(), then SCARD_E_INVALID_HANDLE for a card handle that is not open.
    ReturnCode enterWithCard(Call call, smartcard::pcsc::CardId card);
    std::uint32_t stateOf(const std::string &reader) const;
    void changed();

    mutable std::mutex m_mutex;
    std::condition_variable m_stateChanged;
    std::map<std::string, Reader> m_readers;
    std::uint32_t m_readerListCounter = 0;
    std::set<smartcard::pcsc::ContextId> m_contexts;
    std::set<smartcard::pcsc::ContextId> m_cancelled;
    std::map<smartcard::pcsc::CardId, OpenCard> m_cards;
    std::map<Call, int> m_calls;
    std::map<Call, std::pair<ReturnCode, int>> m_failures;
    std::vector<Bytes> m_transmitted;
    std::vector<std::uint32_t> m_controlCodes;
    bool m_serviceRunning = true;
    std::intptr_t m_nextId = 0x1000;
};

} // namespace cardscope::testing
