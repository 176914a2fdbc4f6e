// The only translation unit of CardScope that includes <winscard.h>: every SCard call of
// the project goes through here.
#include "pcsc/pcscapi.h"

#include <reader.h>
#include <winscard.h>

#include <algorithm>
#include <cstring>

namespace smartcard::pcsc {
namespace {

// Our constants must be pcsc-lite's: checked here, where both are visible.
static_assert(sizeof(ContextId) == sizeof(SCARDCONTEXT));
static_assert(sizeof(CardId) == sizeof(SCARDHANDLE));
static_assert(static_cast<std::uint32_t>(ShareMode::Shared) == SCARD_SHARE_SHARED);
static_assert(static_cast<std::uint32_t>(ShareMode::Exclusive) == SCARD_SHARE_EXCLUSIVE);
static_assert(static_cast<std::uint32_t>(ShareMode::Direct) == SCARD_SHARE_DIRECT);
static_assert(static_cast<std::uint32_t>(Disposition::LeaveCard) == SCARD_LEAVE_CARD);
static_assert(static_cast<std::uint32_t>(Disposition::ResetCard) == SCARD_RESET_CARD);
static_assert(static_cast<std::uint32_t>(Disposition::UnpowerCard) == SCARD_UNPOWER_CARD);
static_assert(static_cast<std::uint32_t>(Disposition::EjectCard) == SCARD_EJECT_CARD);
static_assert(static_cast<std::uint32_t>(Scope::System) == SCARD_SCOPE_SYSTEM);
static_assert(protocol::T0 == SCARD_PROTOCOL_T0 && protocol::T1 == SCARD_PROTOCOL_T1);
static_assert(protocol::Raw == SCARD_PROTOCOL_RAW && protocol::T15 == SCARD_PROTOCOL_T15);
static_assert(readerstate::Present == SCARD_STATE_PRESENT && readerstate::Empty == SCARD_STATE_EMPTY);
static_assert(readerstate::Changed == SCARD_STATE_CHANGED && readerstate::Unknown == SCARD_STATE_UNKNOWN);
static_assert(readerstate::Unavailable == SCARD_STATE_UNAVAILABLE && readerstate::Mute == SCARD_STATE_MUTE);
static_assert(readerstate::Exclusive == SCARD_STATE_EXCLUSIVE && readerstate::InUse == SCARD_STATE_INUSE);
static_assert(
    readerstate::Unpowered == SCARD_STATE_UNPOWERED && readerstate::AtrMatch == SCARD_STATE_ATRMATCH);
static_assert(cardstate::Specific == SCARD_SPECIFIC && cardstate::Absent == SCARD_ABSENT);
static_assert(InfiniteTimeout == INFINITE);
static_assert(MaxAtrSize == MAX_ATR_SIZE);
static_assert(MaxBufferSizeExtended == MAX_BUFFER_SIZE_EXTENDED);
static_assert(GetFeatureRequestControlCode == CM_IOCTL_GET_FEATURE_REQUEST);
static_assert(attribute::VendorName == SCARD_ATTR_VENDOR_NAME);
static_assert(attribute::AtrString == SCARD_ATTR_ATR_STRING);
static_assert(attribute::MaxInput == SCARD_ATTR_MAXINPUT);
static_assert(attribute::DeviceFriendlyName == SCARD_ATTR_DEVICE_FRIENDLY_NAME);
static_assert(toUint(ReturnCode::E_NoService) == static_cast<std::uint32_t>(SCARD_E_NO_SERVICE));
static_assert(
    toUint(ReturnCode::W_CardNotAuthenticated) == static_cast<std::uint32_t>(SCARD_W_CARD_NOT_AUTHENTICATED));

ReturnCode code(LONG rc)
{
    return static_cast<ReturnCode>(static_cast<std::uint32_t>(rc));
}

// A multi-string: NUL-separated names ended by an empty one.
std::vector<std::string> splitMultiString(const char *text, DWORD length)
{
    std::vector<std::string> names;
    const char *end = text + length;
    while (text < end && *text != '\0') {
        const std::size_t size = strnlen(text, static_cast<std::size_t>(end - text));
        names.emplace_back(text, size);
        text += size + 1;
    }
    return names;
}

std::string joinMultiString(const std::vector<std::string> &names)
{
    std::string joined;
    for (const std::string &name : names) {
        joined += name;
        joined += '\0';
    }
    joined += '\0';
    return joined;
}

// A multi-string query with a length probe first; the list can grow between the two calls,
// which pcsc-lite reports as SCARD_E_INSUFFICIENT_BUFFER: then ask again.
template<typename Query> ReturnCode queryMultiString(Query query, std::vector<std::string> *names)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        DWORD length = 0;
        LONG rc = query(nullptr, &length);
        if (rc != SCARD_S_SUCCESS)
            return code(rc);
        std::string buffer(length, '\0');
        rc = query(buffer.data(), &length);
        if (rc == SCARD_E_INSUFFICIENT_BUFFER)
            continue;
        if (rc == SCARD_S_SUCCESS)
            *names = splitMultiString(buffer.data(), length);
        return code(rc);
    }
    return ReturnCode::E_InsufficientBuffer;
}

class SystemPcsc final : public PcscApi
{
public:
    ReturnCode establishContext(Scope scope, ContextId *context) override
    {
        SCARDCONTEXT id = 0;
        const LONG rc = SCardEstablishContext(static_cast<DWORD>(scope), nullptr, nullptr, &id);
        *context = id;
        return code(rc);
    }

    ReturnCode releaseContext(ContextId context) override { return code(SCardReleaseContext(context)); }

    ReturnCode listReaders(
        ContextId context, const std::vector<std::string> &groups, std::vector<std::string> *readers) override
    {
        const std::string groupList = joinMultiString(groups);
        const char *groupArgument = groups.empty() ? nullptr : groupList.c_str();
        return queryMultiString(
            [&](char *buffer, DWORD *length) {
                return SCardListReaders(context, groupArgument, buffer, length);
            },
            readers);
    }

    ReturnCode listReaderGroups(ContextId context, std::vector<std::string> *groups) override
    {
        return queryMultiString(
            [&](char *buffer, DWORD *length) { return SCardListReaderGroups(context, buffer, length); },
            groups);
    }

    ReturnCode getStatusChange(
        ContextId context, std::uint32_t timeoutMs, std::span<ReaderState> states) override
    {
        std::vector<SCARD_READERSTATE> native(states.size());
        for (std::size_t i = 0; i < states.size(); ++i) {
            native[i].szReader = states[i].reader.c_str();
            native[i].dwCurrentState = states[i].currentState;
        }
        const LONG rc
            = SCardGetStatusChange(context, timeoutMs, native.data(), static_cast<DWORD>(native.size()));
        for (std::size_t i = 0; i < states.size(); ++i) {
            states[i].eventState = static_cast<std::uint32_t>(native[i].dwEventState);
            const std::size_t atrLength = std::min<std::size_t>(native[i].cbAtr, MAX_ATR_SIZE);
            states[i].atr.assign(native[i].rgbAtr, native[i].rgbAtr + atrLength);
        }
        return code(rc);
    }

    ReturnCode cancel(ContextId context) override { return code(SCardCancel(context)); }

    ReturnCode connect(ContextId context, const std::string &reader, ShareMode mode,
        std::uint32_t preferredProtocols, CardId *card, std::uint32_t *activeProtocol) override
    {
        SCARDHANDLE handle = 0;
        DWORD active = 0;
        const LONG rc = SCardConnect(
            context, reader.c_str(), static_cast<DWORD>(mode), preferredProtocols, &handle, &active);
        *card = handle;
        *activeProtocol = static_cast<std::uint32_t>(active);
        return code(rc);
    }

    ReturnCode reconnect(CardId card, ShareMode mode, std::uint32_t preferredProtocols,
        Disposition initialization, std::uint32_t *activeProtocol) override
    {
        DWORD active = 0;
        const LONG rc = SCardReconnect(
            card, static_cast<DWORD>(mode), preferredProtocols, static_cast<DWORD>(initialization), &active);
        *activeProtocol = static_cast<std::uint32_t>(active);
        return code(rc);
    }

    ReturnCode disconnect(CardId card, Disposition disposition) override
    {
        return code(SCardDisconnect(card, static_cast<DWORD>(disposition)));
    }

    ReturnCode status(CardId card, CardStatus *status) override
    {
        char reader[MAX_READERNAME + 1] = {};
        DWORD readerLength = sizeof reader;
        DWORD state = 0;
        DWORD active = 0;
        BYTE atr[MAX_ATR_SIZE];
        DWORD atrLength = sizeof atr;
        const LONG rc = SCardStatus(card, reader, &readerLength, &state, &active, atr, &atrLength);
        if (rc == SCARD_S_SUCCESS) {
            status->reader = reader;
            status->state = static_cast<std::uint32_t>(state);
            status->protocol = static_cast<std::uint32_t>(active);
            status->atr.assign(atr, atr + std::min<DWORD>(atrLength, MAX_ATR_SIZE));
        }
        return code(rc);
    }

    ReturnCode transmit(CardId card, std::uint32_t protocol, std::span<const std::uint8_t> command,
        std::span<std::uint8_t> response, std::size_t *responseLength) override
    {
        const SCARD_IO_REQUEST sendPci { protocol, sizeof(SCARD_IO_REQUEST) };
        DWORD length = static_cast<DWORD>(response.size());
        const LONG rc = SCardTransmit(card, &sendPci, command.data(), static_cast<DWORD>(command.size()),
            nullptr, response.data(), &length);
        *responseLength = rc == SCARD_S_SUCCESS ? length : 0;
        return code(rc);
    }

    ReturnCode control(CardId card, std::uint32_t controlCode, std::span<const std::uint8_t> input,
        std::span<std::uint8_t> output, std::size_t *outputLength) override
    {
        DWORD returned = 0;
        const LONG rc = SCardControl(card, controlCode, input.data(), static_cast<DWORD>(input.size()),
            output.data(), static_cast<DWORD>(output.size()), &returned);
        *outputLength = rc == SCARD_S_SUCCESS ? returned : 0;
        return code(rc);
    }

    ReturnCode getAttrib(CardId card, std::uint32_t attributeId, Bytes *value) override
    {
        DWORD length = 0;
        LONG rc = SCardGetAttrib(card, attributeId, nullptr, &length);
        if (rc != SCARD_S_SUCCESS)
            return code(rc);
        value->resize(length);
        rc = SCardGetAttrib(card, attributeId, value->data(), &length);
        value->resize(rc == SCARD_S_SUCCESS ? length : 0);
        return code(rc);
    }

    ReturnCode beginTransaction(CardId card) override { return code(SCardBeginTransaction(card)); }

    ReturnCode endTransaction(CardId card, Disposition disposition) override
    {
        return code(SCardEndTransaction(card, static_cast<DWORD>(disposition)));
    }
};

} // namespace

PcscApi &systemPcsc()
{
    static SystemPcsc instance;
    return instance;
}

} // namespace smartcard::pcsc
