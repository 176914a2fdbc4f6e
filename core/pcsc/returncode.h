#pragma once

#include <cstdint>
#include <string>

namespace smartcard::pcsc {

// A PC/SC return code. The enumerators are the codes pcsc-lite 1.9.9 defines; any other
// value a driver or service returns still fits (fixed underlying type) and is named
// "unknown" by errorName(). Named without the SCARD_ prefix because <winscard.h> defines
// those names as macros.
enum class ReturnCode : std::uint32_t {
    Success = 0x00000000,
    F_InternalError = 0x80100001,
    E_Cancelled = 0x80100002,
    E_InvalidHandle = 0x80100003,
    E_InvalidParameter = 0x80100004,
    E_InvalidTarget = 0x80100005,
    E_NoMemory = 0x80100006,
    F_WaitedTooLong = 0x80100007,
    E_InsufficientBuffer = 0x80100008,
    E_UnknownReader = 0x80100009,
    E_Timeout = 0x8010000A,
    E_SharingViolation = 0x8010000B,
    E_NoSmartcard = 0x8010000C,
    E_UnknownCard = 0x8010000D,
    E_CantDispose = 0x8010000E,
    E_ProtoMismatch = 0x8010000F,
    E_NotReady = 0x80100010,
    E_InvalidValue = 0x80100011,
    E_SystemCancelled = 0x80100012,
    F_CommError = 0x80100013,
    F_UnknownError = 0x80100014,
    E_InvalidAtr = 0x80100015,
    E_NotTransacted = 0x80100016,
    E_ReaderUnavailable = 0x80100017,
    P_Shutdown = 0x80100018,
    E_PciTooSmall = 0x80100019,
    E_ReaderUnsupported = 0x8010001A,
    E_DuplicateReader = 0x8010001B,
    E_CardUnsupported = 0x8010001C,
    E_NoService = 0x8010001D,
    E_ServiceStopped = 0x8010001E,
    // pcsc-lite gives SCARD_E_UNEXPECTED and SCARD_E_UNSUPPORTED_FEATURE the same value.
    E_UnsupportedFeature = 0x8010001F,
    E_IccInstallation = 0x80100020,
    E_IccCreateOrder = 0x80100021,
    E_DirNotFound = 0x80100023,
    E_FileNotFound = 0x80100024,
    E_NoDir = 0x80100025,
    E_NoFile = 0x80100026,
    E_NoAccess = 0x80100027,
    E_WriteTooMany = 0x80100028,
    E_BadSeek = 0x80100029,
    E_InvalidChv = 0x8010002A,
    E_UnknownResMng = 0x8010002B,
    E_NoSuchCertificate = 0x8010002C,
    E_CertificateUnavailable = 0x8010002D,
    E_NoReadersAvailable = 0x8010002E,
    E_CommDataLost = 0x8010002F,
    E_NoKeyContainer = 0x80100030,
    E_ServerTooBusy = 0x80100031,
    W_UnsupportedCard = 0x80100065,
    W_UnresponsiveCard = 0x80100066,
    W_UnpoweredCard = 0x80100067,
    W_ResetCard = 0x80100068,
    W_RemovedCard = 0x80100069,
    W_SecurityViolation = 0x8010006A,
    W_WrongChv = 0x8010006B,
    W_ChvBlocked = 0x8010006C,
    W_Eof = 0x8010006D,
    W_CancelledByUser = 0x8010006E,
    W_CardNotAuthenticated = 0x8010006F,
};

constexpr bool succeeded(ReturnCode code)
{
    return code == ReturnCode::Success;
}
constexpr std::uint32_t toUint(ReturnCode code)
{
    return static_cast<std::uint32_t>(code);
}

// "SCARD_E_NO_SERVICE"; "SCARD_UNKNOWN_0x12345678" for a code outside the table.
std::string errorName(ReturnCode code);

// The human message for a code, from the project's own table: pcsc_stringify_error() returns
// one shared buffer, so two calls in one expression print the same text.
std::string errorMessage(ReturnCode code);

// "SCARD_E_NO_SERVICE (0x8010001D): The smart card resource manager is not running."
std::string describe(ReturnCode code);

} // namespace smartcard::pcsc
