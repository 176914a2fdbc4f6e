#pragma once

#include "pcsc/returncode.h"
#include "pcsc/types.h"

#include <span>
#include <string>
#include <vector>

namespace smartcard::pcsc {

// One virtual function per SCard function CardScope uses, with C++ value types instead of
// the C API's buffers and counts. systemPcsc() talks to pcsc-lite; tests put a fake behind
// this interface for what the pcscd rig cannot produce (hot-plug, rare error codes).
// Implementations must be callable from several threads at once, each thread with its own
// context (pcsc-lite's rule); SCardCancel is the one call made on another thread's context.
class PcscApi
{
public:
    virtual ~PcscApi() = default;

    virtual ReturnCode establishContext(Scope scope, ContextId *context) = 0;
    virtual ReturnCode releaseContext(ContextId context) = 0;
    // An empty group list lists the readers of every group.
    virtual ReturnCode listReaders(
        ContextId context, const std::vector<std::string> &groups, std::vector<std::string> *readers)
        = 0;
    virtual ReturnCode listReaderGroups(ContextId context, std::vector<std::string> *groups) = 0;
    virtual ReturnCode getStatusChange(
        ContextId context, std::uint32_t timeoutMs, std::span<ReaderState> states)
        = 0;
    virtual ReturnCode cancel(ContextId context) = 0;

    virtual ReturnCode connect(ContextId context, const std::string &reader, ShareMode mode,
        std::uint32_t preferredProtocols, CardId *card, std::uint32_t *activeProtocol)
        = 0;
    virtual ReturnCode reconnect(CardId card, ShareMode mode, std::uint32_t preferredProtocols,
        Disposition initialization, std::uint32_t *activeProtocol)
        = 0;
    virtual ReturnCode disconnect(CardId card, Disposition disposition) = 0;
    virtual ReturnCode status(CardId card, CardStatus *status) = 0;

    // Sends command as it is; writes at most response.size() bytes and sets *responseLength.
    virtual ReturnCode transmit(CardId card, std::uint32_t protocol, std::span<const std::uint8_t> command,
        std::span<std::uint8_t> response, std::size_t *responseLength)
        = 0;
    virtual ReturnCode control(CardId card, std::uint32_t controlCode, std::span<const std::uint8_t> input,
        std::span<std::uint8_t> output, std::size_t *outputLength)
        = 0;
    virtual ReturnCode getAttrib(CardId card, std::uint32_t attributeId, Bytes *value) = 0;
    virtual ReturnCode beginTransaction(CardId card) = 0;
    virtual ReturnCode endTransaction(CardId card, Disposition disposition) = 0;
};

// The process-wide implementation over libpcsclite.
PcscApi &systemPcsc();

} // namespace smartcard::pcsc
