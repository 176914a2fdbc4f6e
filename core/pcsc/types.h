#pragma once

// Value types and constants of the PC/SC layer: the counterpart of the constants in
// pyscard's smartcard.scard module (docs/pyscard-mapping.md maps each name). The values are
// those of pcsc-lite; systempcsc.cpp checks each against <winscard.h> at compile time.
// Enumerators do not repeat the SCARD_ names because <winscard.h> defines those as macros.

#include "util/bytes.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace smartcard::pcsc {

// SCARDCONTEXT and SCARDHANDLE are `long` in pcsc-lite; intptr_t has that width on Linux.
using ContextId = std::intptr_t;
using CardId = std::intptr_t;

enum class Scope : std::uint32_t { User = 0, Terminal = 1, System = 2, Global = 3 };

enum class ShareMode : std::uint32_t { Exclusive = 1, Shared = 2, Direct = 3 };

enum class Disposition : std::uint32_t { LeaveCard = 0, ResetCard = 1, UnpowerCard = 2, EjectCard = 3 };

// Protocol masks (SCARD_PROTOCOL_*): combinable, hence plain constants rather than an enum.
namespace protocol {
inline constexpr std::uint32_t Undefined = 0x0000;
inline constexpr std::uint32_t T0 = 0x0001;
inline constexpr std::uint32_t T1 = 0x0002;
inline constexpr std::uint32_t Raw = 0x0004;
inline constexpr std::uint32_t T15 = 0x0008;
inline constexpr std::uint32_t Any = T0 | T1;
} // namespace protocol

// SCARD_STATE_* flags of a reader state (SCardGetStatusChange). The upper 16 bits of an
// event state carry the reader's event counter.
namespace readerstate {
inline constexpr std::uint32_t Unaware = 0x0000;
inline constexpr std::uint32_t Ignore = 0x0001;
inline constexpr std::uint32_t Changed = 0x0002;
inline constexpr std::uint32_t Unknown = 0x0004;
inline constexpr std::uint32_t Unavailable = 0x0008;
inline constexpr std::uint32_t Empty = 0x0010;
inline constexpr std::uint32_t Present = 0x0020;
inline constexpr std::uint32_t AtrMatch = 0x0040;
inline constexpr std::uint32_t Exclusive = 0x0080;
inline constexpr std::uint32_t InUse = 0x0100;
inline constexpr std::uint32_t Mute = 0x0200;
inline constexpr std::uint32_t Unpowered = 0x0400;
inline constexpr std::uint32_t FlagMask = 0xFFFF;

constexpr std::uint32_t eventCounter(std::uint32_t eventState)
{
    return eventState >> 16;
}
} // namespace readerstate

// Card states of SCardStatus (SCARD_ABSENT ... SCARD_SPECIFIC).
namespace cardstate {
inline constexpr std::uint32_t Unknown = 0x0001;
inline constexpr std::uint32_t Absent = 0x0002;
inline constexpr std::uint32_t Present = 0x0004;
inline constexpr std::uint32_t Swallowed = 0x0008;
inline constexpr std::uint32_t Powered = 0x0010;
inline constexpr std::uint32_t Negotiable = 0x0020;
inline constexpr std::uint32_t Specific = 0x0040;
} // namespace cardstate

inline constexpr std::uint32_t InfiniteTimeout = 0xFFFFFFFF;
inline constexpr std::size_t MaxAtrSize = 33;
// Largest extended APDU or response pcsc-lite carries: 64 KiB data + header, Lc, Le and SW.
inline constexpr std::size_t MaxBufferSizeExtended = 4 + 3 + (1 << 16) + 3 + 2;

// The pseudo-reader whose state changes when a reader is added or removed.
inline constexpr const char *PnpNotificationReader = "\\\\?PnP?\\Notification";

// SCARD_CTL_CODE as pcsc-lite defines it (Linux and macOS; Windows differs).
constexpr std::uint32_t controlCode(std::uint32_t code)
{
    return 0x42000000u + code;
}
inline constexpr std::uint32_t GetFeatureRequestControlCode = controlCode(3400);

// SCARD_ATTR_VALUE(class, tag) and the attributes CardScope reads.
constexpr std::uint32_t attributeId(std::uint32_t attributeClass, std::uint32_t tag)
{
    return (attributeClass << 16) | tag;
}
namespace attribute {
inline constexpr std::uint32_t VendorName = attributeId(1, 0x0100);
inline constexpr std::uint32_t VendorIfdType = attributeId(1, 0x0101);
inline constexpr std::uint32_t VendorIfdVersion = attributeId(1, 0x0102);
inline constexpr std::uint32_t VendorIfdSerialNo = attributeId(1, 0x0103);
inline constexpr std::uint32_t ChannelId = attributeId(2, 0x0110);
inline constexpr std::uint32_t MaxIfsd = attributeId(3, 0x0125);
inline constexpr std::uint32_t CurrentProtocolType = attributeId(8, 0x0201);
inline constexpr std::uint32_t IccPresence = attributeId(9, 0x0300);
inline constexpr std::uint32_t IccInterfaceStatus = attributeId(9, 0x0301);
inline constexpr std::uint32_t AtrString = attributeId(9, 0x0303);
inline constexpr std::uint32_t IccTypePerAtr = attributeId(9, 0x0304);
inline constexpr std::uint32_t MaxInput = attributeId(7, 0xA007);
inline constexpr std::uint32_t DeviceUnit = attributeId(0x7fff, 0x0001);
inline constexpr std::uint32_t DeviceFriendlyName = attributeId(0x7fff, 0x0003);
inline constexpr std::uint32_t DeviceSystemName = attributeId(0x7fff, 0x0004);
} // namespace attribute

// One entry of SCardGetStatusChange: what the caller believes (currentState) and, after
// the call, what the service reports (eventState, atr).
struct ReaderState
{
    std::string reader;
    std::uint32_t currentState = readerstate::Unaware;
    std::uint32_t eventState = 0;
    Bytes atr;
};

// What SCardStatus reports for a connected card.
struct CardStatus
{
    std::string reader;
    std::uint32_t state = 0;
    std::uint32_t protocol = protocol::Undefined;
    Bytes atr;
};

} // namespace smartcard::pcsc
