#include "pcsc/returncode.h"

#include <array>
#include <cstdio>

namespace smartcard::pcsc {
namespace {

struct CodeInfo
{
    ReturnCode code;
    const char *name;
    const char *message;
};

// Messages are the project's own wording, written for someone debugging a reader.
constexpr std::array codeTable {
    CodeInfo { ReturnCode::Success, "SCARD_S_SUCCESS", "Success." },
    CodeInfo {
        ReturnCode::F_InternalError, "SCARD_F_INTERNAL_ERROR", "An internal consistency check failed." },
    CodeInfo { ReturnCode::E_Cancelled, "SCARD_E_CANCELLED", "The wait was cancelled by SCardCancel." },
    CodeInfo {
        ReturnCode::E_InvalidHandle, "SCARD_E_INVALID_HANDLE", "The context or card handle is not valid." },
    CodeInfo { ReturnCode::E_InvalidParameter, "SCARD_E_INVALID_PARAMETER",
        "A parameter could not be interpreted." },
    CodeInfo { ReturnCode::E_InvalidTarget, "SCARD_E_INVALID_TARGET",
        "Registry start-up information is missing or not valid." },
    CodeInfo { ReturnCode::E_NoMemory, "SCARD_E_NO_MEMORY", "Not enough memory to complete the command." },
    CodeInfo {
        ReturnCode::F_WaitedTooLong, "SCARD_F_WAITED_TOO_LONG", "An internal consistency timer expired." },
    CodeInfo { ReturnCode::E_InsufficientBuffer, "SCARD_E_INSUFFICIENT_BUFFER",
        "The buffer for the returned data is too small." },
    CodeInfo { ReturnCode::E_UnknownReader, "SCARD_E_UNKNOWN_READER", "No reader of that name is known." },
    CodeInfo { ReturnCode::E_Timeout, "SCARD_E_TIMEOUT", "The timeout expired." },
    CodeInfo { ReturnCode::E_SharingViolation, "SCARD_E_SHARING_VIOLATION",
        "The card is in use by another connection that does not share it." },
    CodeInfo { ReturnCode::E_NoSmartcard, "SCARD_E_NO_SMARTCARD", "There is no card in the reader." },
    CodeInfo { ReturnCode::E_UnknownCard, "SCARD_E_UNKNOWN_CARD", "The card name is not known." },
    CodeInfo { ReturnCode::E_CantDispose, "SCARD_E_CANT_DISPOSE",
        "The card could not be disposed of in the requested way." },
    CodeInfo { ReturnCode::E_ProtoMismatch, "SCARD_E_PROTO_MISMATCH",
        "The requested protocols do not match the protocol in use with the card." },
    CodeInfo { ReturnCode::E_NotReady, "SCARD_E_NOT_READY", "The reader or card is not ready for commands." },
    CodeInfo {
        ReturnCode::E_InvalidValue, "SCARD_E_INVALID_VALUE", "A parameter value could not be interpreted." },
    CodeInfo { ReturnCode::E_SystemCancelled, "SCARD_E_SYSTEM_CANCELLED",
        "The system cancelled the action (log-off or shutdown)." },
    CodeInfo { ReturnCode::F_CommError, "SCARD_F_COMM_ERROR",
        "Communication with the PC/SC service failed (did pcscd stop?)." },
    CodeInfo { ReturnCode::F_UnknownError, "SCARD_F_UNKNOWN_ERROR", "An internal error of unknown source." },
    CodeInfo { ReturnCode::E_InvalidAtr, "SCARD_E_INVALID_ATR", "An ATR from the registry is not valid." },
    CodeInfo { ReturnCode::E_NotTransacted, "SCARD_E_NOT_TRANSACTED",
        "The exchange with the card did not take place (card removed or transaction missing)." },
    CodeInfo {
        ReturnCode::E_ReaderUnavailable, "SCARD_E_READER_UNAVAILABLE", "The reader is not available." },
    CodeInfo { ReturnCode::P_Shutdown, "SCARD_P_SHUTDOWN", "Aborted so that the service can exit." },
    CodeInfo { ReturnCode::E_PciTooSmall, "SCARD_E_PCI_TOO_SMALL", "The receive PCI buffer is too small." },
    CodeInfo { ReturnCode::E_ReaderUnsupported, "SCARD_E_READER_UNSUPPORTED",
        "The reader driver does not meet the minimal requirements." },
    CodeInfo { ReturnCode::E_DuplicateReader, "SCARD_E_DUPLICATE_READER",
        "The reader driver did not produce a unique reader name." },
    CodeInfo { ReturnCode::E_CardUnsupported, "SCARD_E_CARD_UNSUPPORTED",
        "The card does not meet the minimal requirements." },
    CodeInfo {
        ReturnCode::E_NoService, "SCARD_E_NO_SERVICE", "The smart card service (pcscd) is not running." },
    CodeInfo {
        ReturnCode::E_ServiceStopped, "SCARD_E_SERVICE_STOPPED", "The smart card service has shut down." },
    CodeInfo { ReturnCode::E_UnsupportedFeature, "SCARD_E_UNSUPPORTED_FEATURE",
        "The reader or card does not support this feature (also SCARD_E_UNEXPECTED)." },
    CodeInfo { ReturnCode::E_IccInstallation, "SCARD_E_ICC_INSTALLATION",
        "No primary provider can be found for the card." },
    CodeInfo { ReturnCode::E_IccCreateOrder, "SCARD_E_ICC_CREATEORDER",
        "The requested order of object creation is not supported." },
    CodeInfo {
        ReturnCode::E_DirNotFound, "SCARD_E_DIR_NOT_FOUND", "The directory does not exist on the card." },
    CodeInfo { ReturnCode::E_FileNotFound, "SCARD_E_FILE_NOT_FOUND", "The file does not exist on the card." },
    CodeInfo { ReturnCode::E_NoDir, "SCARD_E_NO_DIR", "The path is not a directory on the card." },
    CodeInfo { ReturnCode::E_NoFile, "SCARD_E_NO_FILE", "The path is not a file on the card." },
    CodeInfo { ReturnCode::E_NoAccess, "SCARD_E_NO_ACCESS", "Access to this file is denied." },
    CodeInfo { ReturnCode::E_WriteTooMany, "SCARD_E_WRITE_TOO_MANY", "The card has no room for the data." },
    CodeInfo { ReturnCode::E_BadSeek, "SCARD_E_BAD_SEEK", "The card's file pointer could not be set." },
    CodeInfo { ReturnCode::E_InvalidChv, "SCARD_E_INVALID_CHV", "The PIN is wrong." },
    CodeInfo { ReturnCode::E_UnknownResMng, "SCARD_E_UNKNOWN_RES_MNG",
        "A layered component returned an unknown error code." },
    CodeInfo {
        ReturnCode::E_NoSuchCertificate, "SCARD_E_NO_SUCH_CERTIFICATE", "The certificate does not exist." },
    CodeInfo { ReturnCode::E_CertificateUnavailable, "SCARD_E_CERTIFICATE_UNAVAILABLE",
        "The certificate could not be obtained." },
    CodeInfo { ReturnCode::E_NoReadersAvailable, "SCARD_E_NO_READERS_AVAILABLE", "No reader is connected." },
    CodeInfo { ReturnCode::E_CommDataLost, "SCARD_E_COMM_DATA_LOST",
        "Communication with the card failed; retry the operation." },
    CodeInfo {
        ReturnCode::E_NoKeyContainer, "SCARD_E_NO_KEY_CONTAINER", "The key container does not exist." },
    CodeInfo {
        ReturnCode::E_ServerTooBusy, "SCARD_E_SERVER_TOO_BUSY", "The smart card service is too busy." },
    CodeInfo { ReturnCode::W_UnsupportedCard, "SCARD_W_UNSUPPORTED_CARD",
        "The reader cannot talk to the card because of its ATR configuration." },
    CodeInfo {
        ReturnCode::W_UnresponsiveCard, "SCARD_W_UNRESPONSIVE_CARD", "The card does not answer a reset." },
    CodeInfo { ReturnCode::W_UnpoweredCard, "SCARD_W_UNPOWERED_CARD", "The card is not powered." },
    CodeInfo { ReturnCode::W_ResetCard, "SCARD_W_RESET_CARD",
        "The card was reset: state shared with it is no longer valid." },
    CodeInfo { ReturnCode::W_RemovedCard, "SCARD_W_REMOVED_CARD", "The card was removed." },
    CodeInfo { ReturnCode::W_SecurityViolation, "SCARD_W_SECURITY_VIOLATION",
        "Access was denied because of a security violation." },
    CodeInfo { ReturnCode::W_WrongChv, "SCARD_W_WRONG_CHV", "The wrong PIN was presented." },
    CodeInfo { ReturnCode::W_ChvBlocked, "SCARD_W_CHV_BLOCKED", "The PIN is blocked: no tries left." },
    CodeInfo { ReturnCode::W_Eof, "SCARD_W_EOF", "The end of the card file was reached." },
    CodeInfo { ReturnCode::W_CancelledByUser, "SCARD_W_CANCELLED_BY_USER", "The user cancelled." },
    CodeInfo {
        ReturnCode::W_CardNotAuthenticated, "SCARD_W_CARD_NOT_AUTHENTICATED", "No PIN was presented." },
};

const CodeInfo *findCode(ReturnCode code)
{
    for (const CodeInfo &info : codeTable) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

std::string hexCode(ReturnCode code)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(toUint(code)));
    return text;
}

} // namespace

std::string errorName(ReturnCode code)
{
    if (const CodeInfo *info = findCode(code))
        return info->name;
    return "SCARD_UNKNOWN_" + hexCode(code);
}

std::string errorMessage(ReturnCode code)
{
    if (const CodeInfo *info = findCode(code))
        return info->message;
    return "Unknown PC/SC return code " + hexCode(code) + ".";
}

std::string describe(ReturnCode code)
{
    return errorName(code) + " (" + hexCode(code) + "): " + errorMessage(code);
}

} // namespace smartcard::pcsc
