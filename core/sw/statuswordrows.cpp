#include "sw/statuswordrows.h"

namespace smartcard::statuswords {
namespace {

using C = StatusWordCategory;
constexpr Context Iso = Context::Iso7816_4;
constexpr Context Iso8 = Context::Iso7816_8;
constexpr Context Gp = Context::GlobalPlatform;
constexpr Context Uicc = Context::Uicc;
constexpr Context Usim = Context::Usim;
constexpr Context Gsm = Context::Gsm;
constexpr Context Jc = Context::JavaCard;
constexpr Count None = Count::None;

// Precedence is the order of the rows: ISO 7816-4 first, then the specifications that
// reuse or extend its ranges. Two rows with the same meaning in different words are not
// both listed; an alternative is here because it tells the reader something different.
constexpr Row specific[] = {
    // ISO/IEC 7816-4: normal processing
    { 0x90, 0x00, 0x00, Iso, C::Normal, None, "success" },
    { 0x61, 0x00, 0x00, Iso, C::Normal, None, "256 or more bytes available (GET RESPONSE)" },
    { 0x61, 0x01, 0x01, Iso, C::Normal, None, "1 more byte available (GET RESPONSE)" },
    { 0x61, 0x02, 0xFF, Iso, C::Normal, Count::Sw2, "{n} more bytes available (GET RESPONSE)" },
    // warnings, non-volatile memory unchanged
    { 0x62, 0x00, 0x00, Iso, C::Warning, None, "no information given (non-volatile memory unchanged)" },
    { 0x62, 0x02, 0x80, Iso, C::Warning, None,
        "triggering by the card, query {x} (non-volatile memory unchanged)" },
    { 0x62, 0x81, 0x81, Iso, C::Warning, None, "part of the returned data may be corrupted" },
    { 0x62, 0x82, 0x82, Iso, C::Warning, None, "end of file or record reached before Le bytes were read" },
    { 0x62, 0x83, 0x83, Iso, C::Warning, None, "selected file deactivated" },
    { 0x62, 0x84, 0x84, Iso, C::Warning, None, "file control information not formatted as ISO 7816-4 says" },
    { 0x62, 0x85, 0x85, Iso, C::Warning, None, "selected file in termination state" },
    { 0x62, 0x86, 0x86, Iso, C::Warning, None, "no input data available from a sensor on the card" },
    { 0x62, 0x87, 0x87, Iso, C::Warning, None, "at least one of the referenced records is deactivated" },
    { 0x62, 0x83, 0x83, Gp, C::Warning, None, "card life cycle state is CARD_LOCKED (SELECT)" },
    { 0x62, 0xF1, 0xF1, Uicc, C::Warning, None, "more data available" },
    { 0x62, 0xF2, 0xF2, Uicc, C::Warning, None, "more data available, and a proactive command is pending" },
    { 0x62, 0xF3, 0xF3, Uicc, C::Warning, None, "response data available" },
    // warnings, non-volatile memory changed
    { 0x63, 0x00, 0x00, Iso, C::Warning, None, "no information given (non-volatile memory changed)" },
    { 0x63, 0x00, 0x00, Gp, C::Warning, None, "authentication failed (host cryptogram rejected)" },
    { 0x63, 0x10, 0x10, Gp, C::Warning, None,
        "more data available: repeat the command for the rest (GET STATUS)" },
    { 0x63, 0x40, 0x40, Iso, C::Warning, None, "unsuccessful comparison (meaning depends on the command)" },
    { 0x63, 0x81, 0x81, Iso, C::Warning, None, "file filled up by the last write" },
    { 0x63, 0xC0, 0xC0, Iso, C::Warning, None, "verification failed, no tries left" },
    { 0x63, 0xC1, 0xC1, Iso, C::Warning, None, "verification failed, 1 try left" },
    { 0x63, 0xC2, 0xCF, Iso, C::Warning, Count::LowNibble, "verification failed, {n} tries left" },
    { 0x63, 0xC0, 0xCF, Iso, C::Warning, Count::LowNibble,
        "counter value {n} (for commands other than VERIFY)" },
    { 0x63, 0xF1, 0xF1, Uicc, C::Warning, None, "more data expected" },
    { 0x63, 0xF2, 0xF2, Uicc, C::Warning, None, "more data expected, and a proactive command is pending" },
    // execution errors
    { 0x64, 0x00, 0x00, Iso, C::ExecutionError, None, "execution error (non-volatile memory unchanged)" },
    { 0x64, 0x01, 0x01, Iso, C::ExecutionError, None, "immediate response required by the card" },
    { 0x64, 0x02, 0x80, Iso, C::ExecutionError, None,
        "triggering by the card, query {x} (non-volatile memory unchanged)" },
    { 0x65, 0x00, 0x00, Iso, C::ExecutionError, None, "execution error (non-volatile memory changed)" },
    { 0x65, 0x81, 0x81, Iso, C::ExecutionError, None, "memory failure" },
    { 0x66, 0x00, 0xFF, Iso, C::Security, None,
        "security-related issue, SW2 {x} (defined by the application)" },
    { 0x66, 0x00, 0x00, Iso8, C::Security, None, "the security environment cannot be set or modified" },
    { 0x66, 0x87, 0x87, Iso8, C::Security, None, "expected secure messaging data objects missing" },
    { 0x66, 0x88, 0x88, Iso8, C::Security, None, "secure messaging data objects incorrect" },
    // checking errors
    { 0x67, 0x00, 0x00, Iso, C::CheckingError, None, "wrong length" },
    { 0x67, 0x01, 0x01, Iso, C::CheckingError, None, "command APDU format not compliant with ISO 7816-3" },
    { 0x67, 0x02, 0x02, Iso, C::CheckingError, None, "Lc is not the value expected" },
    { 0x68, 0x00, 0x00, Iso, C::CheckingError, None, "function in CLA not supported" },
    { 0x68, 0x81, 0x81, Iso, C::CheckingError, None, "logical channel not supported" },
    { 0x68, 0x82, 0x82, Iso, C::CheckingError, None, "secure messaging not supported" },
    { 0x68, 0x83, 0x83, Iso, C::CheckingError, None, "last command of the chain expected" },
    { 0x68, 0x84, 0x84, Iso, C::CheckingError, None, "command chaining not supported" },
    { 0x69, 0x00, 0x00, Iso, C::CheckingError, None, "command not allowed" },
    { 0x69, 0x81, 0x81, Iso, C::CheckingError, None, "command incompatible with the file structure" },
    { 0x69, 0x82, 0x82, Iso, C::CheckingError, None, "security status not satisfied" },
    { 0x69, 0x83, 0x83, Iso, C::CheckingError, None, "authentication method blocked" },
    { 0x69, 0x84, 0x84, Iso, C::CheckingError, None, "reference data not usable" },
    { 0x69, 0x85, 0x85, Iso, C::CheckingError, None, "conditions of use not satisfied" },
    { 0x69, 0x85, 0x85, Gp, C::CheckingError, None,
        "conditions of use not satisfied (e.g. the life cycle state forbids the command)" },
    { 0x69, 0x86, 0x86, Iso, C::CheckingError, None, "command not allowed (no current EF)" },
    { 0x69, 0x87, 0x87, Iso, C::CheckingError, None, "expected secure messaging data objects missing" },
    { 0x69, 0x88, 0x88, Iso, C::CheckingError, None, "secure messaging data objects incorrect" },
    { 0x69, 0x89, 0x89, Uicc, C::CheckingError, None,
        "command not allowed: secure channel security not satisfied" },
    { 0x69, 0x99, 0x99, Jc, C::CheckingError, None, "applet selection failed" },
    { 0x6A, 0x00, 0x00, Iso, C::CheckingError, None, "wrong parameters P1-P2" },
    { 0x6A, 0x80, 0x80, Iso, C::CheckingError, None, "incorrect parameters in the command data field" },
    { 0x6A, 0x81, 0x81, Iso, C::CheckingError, None, "function not supported" },
    { 0x6A, 0x81, 0x81, Gp, C::CheckingError, None, "function not supported (e.g. the card is locked)" },
    { 0x6A, 0x82, 0x82, Iso, C::CheckingError, None, "file or application not found" },
    { 0x6A, 0x83, 0x83, Iso, C::CheckingError, None, "record not found" },
    { 0x6A, 0x84, 0x84, Iso, C::CheckingError, None, "not enough memory space in the file" },
    { 0x6A, 0x85, 0x85, Iso, C::CheckingError, None, "Lc inconsistent with the TLV structure" },
    { 0x6A, 0x86, 0x86, Iso, C::CheckingError, None, "incorrect parameters P1-P2" },
    { 0x6A, 0x87, 0x87, Iso, C::CheckingError, None, "Lc inconsistent with P1-P2" },
    { 0x6A, 0x88, 0x88, Iso, C::CheckingError, None, "referenced data not found" },
    { 0x6A, 0x88, 0x88, Gp, C::CheckingError, None,
        "referenced data not found (e.g. no such key or data object)" },
    { 0x6A, 0x89, 0x89, Iso, C::CheckingError, None, "file already exists" },
    { 0x6A, 0x8A, 0x8A, Iso, C::CheckingError, None, "DF name already exists" },
    { 0x6B, 0x00, 0x00, Iso, C::CheckingError, None, "wrong parameters P1-P2" },
    { 0x6C, 0x00, 0x00, Iso, C::CheckingError, None, "wrong Le, exact length 256" },
    { 0x6C, 0x01, 0xFF, Iso, C::CheckingError, Count::Sw2, "wrong Le, exact length {n}" },
    { 0x6D, 0x00, 0x00, Iso, C::CheckingError, None, "instruction code (INS) not supported or invalid" },
    { 0x6E, 0x00, 0x00, Iso, C::CheckingError, None, "class (CLA) not supported" },
    { 0x6F, 0x00, 0x00, Iso, C::CheckingError, None, "no precise diagnosis" },
    { 0x6F, 0x00, 0x00, Jc, C::CheckingError, None, "an exception escaped the applet (SW_UNKNOWN)" },
    // ETSI TS 102 221 and GSM 11.11: SW1 9X
    { 0x91, 0x00, 0xFF, Uicc, C::Normal, Count::Sw2,
        "success, and a proactive command of {n} bytes is pending (FETCH)" },
    { 0x92, 0x00, 0xFF, Uicc, C::Normal, None,
        "success, with information {x} on an ongoing data transfer session" },
    { 0x92, 0x00, 0x0F, Gsm, C::Normal, Count::LowNibble,
        "success after {n} internal retries of the update routine" },
    { 0x92, 0x40, 0x40, Gsm, C::ExecutionError, None, "memory problem" },
    { 0x93, 0x00, 0x00, Uicc, C::ExecutionError, None,
        "toolkit busy: the command cannot run now, other commands can" },
    { 0x94, 0x00, 0x00, Gsm, C::CheckingError, None, "no EF selected" },
    { 0x94, 0x02, 0x02, Gsm, C::CheckingError, None, "out of range (invalid address)" },
    { 0x94, 0x04, 0x04, Gsm, C::CheckingError, None, "file ID or pattern not found" },
    { 0x94, 0x08, 0x08, Gsm, C::CheckingError, None, "file inconsistent with the command" },
    { 0x94, 0x84, 0x84, Gp, C::CheckingError, None, "algorithm not supported" },
    { 0x94, 0x85, 0x85, Gp, C::CheckingError, None, "invalid key check value" },
    { 0x98, 0x02, 0x02, Gsm, C::Security, None, "no CHV initialized" },
    { 0x98, 0x04, 0x04, Gsm, C::Security, None,
        "access conditions not fulfilled, or CHV verification or authentication failed (tries left)" },
    { 0x98, 0x08, 0x08, Gsm, C::Security, None, "in contradiction with the CHV status" },
    { 0x98, 0x10, 0x10, Gsm, C::Security, None, "in contradiction with the invalidation status" },
    { 0x98, 0x40, 0x40, Gsm, C::Security, None, "CHV verification failed, no tries left: CHV blocked" },
    { 0x98, 0x50, 0x50, Uicc, C::ExecutionError, None,
        "INCREASE cannot be performed, maximum value reached" },
    { 0x98, 0x62, 0x62, Uicc, C::Security, None, "authentication error (application specific)" },
    { 0x98, 0x62, 0x62, Usim, C::Security, None, "authentication error, incorrect MAC" },
    { 0x98, 0x63, 0x63, Uicc, C::Security, None, "security session or association expired" },
    { 0x98, 0x64, 0x64, Uicc, C::CheckingError, None, "minimum UICC suspension time is too long" },
    { 0x98, 0x64, 0x64, Usim, C::Security, None, "authentication error, security context not supported" },
    { 0x98, 0x65, 0x65, Usim, C::Security, None, "key freshness failure" },
    { 0x98, 0x66, 0x66, Usim, C::Security, None, "authentication error, no memory space available" },
    { 0x98, 0x67, 0x67, Usim, C::Security, None,
        "authentication error, no memory space available in EF MUK" },
    { 0x9F, 0x00, 0xFF, Gsm, C::Normal, Count::Sw2,
        "success, {n} bytes of response available (GET RESPONSE)" },
};

constexpr Row groups[] = {
    { 0x62, 0x00, 0xFF, Iso, C::Warning, None, "warning, SW2 {x} undefined (non-volatile memory unchanged)" },
    { 0x63, 0x00, 0xFF, Iso, C::Warning, None, "warning, SW2 {x} undefined (non-volatile memory changed)" },
    { 0x64, 0x00, 0xFF, Iso, C::ExecutionError, None,
        "execution error, SW2 {x} undefined (non-volatile memory unchanged)" },
    { 0x65, 0x00, 0xFF, Iso, C::ExecutionError, None,
        "execution error, SW2 {x} undefined (non-volatile memory changed)" },
    { 0x67, 0x00, 0xFF, Iso, C::CheckingError, None, "wrong length, SW2 {x} undefined" },
    { 0x68, 0x00, 0xFF, Iso, C::CheckingError, None, "function in CLA not supported, SW2 {x} undefined" },
    { 0x69, 0x00, 0xFF, Iso, C::CheckingError, None, "command not allowed, SW2 {x} undefined" },
    { 0x6A, 0x00, 0xFF, Iso, C::CheckingError, None, "wrong parameters P1-P2, SW2 {x} undefined" },
    { 0x6B, 0x00, 0xFF, Iso, C::CheckingError, None, "wrong parameters P1-P2, SW2 {x} undefined" },
    { 0x6D, 0x00, 0xFF, Iso, C::CheckingError, None,
        "instruction code not supported or invalid, SW2 {x} undefined" },
    { 0x6E, 0x00, 0xFF, Iso, C::CheckingError, None, "class not supported, SW2 {x} undefined" },
    { 0x6F, 0x00, 0xFF, Iso, C::CheckingError, None, "no precise diagnosis, SW2 {x} undefined" },
    { 0x90, 0x01, 0xFF, Iso, C::Unknown, None, "proprietary: ISO 7816-4 defines 90 00 only" },
    { 0x93, 0x01, 0xFF, Uicc, C::Unknown, None, "toolkit range, SW2 {x} undefined" },
    { 0x94, 0x00, 0xFF, Gsm, C::CheckingError, None, "referencing error, SW2 {x} undefined" },
    { 0x98, 0x00, 0xFF, Gsm, C::Security, None, "security error, SW2 {x} undefined" },
};

} // namespace

std::span<const Row> specificRows()
{
    return specific;
}

std::span<const Row> groupRows()
{
    return groups;
}

QString contextName(Context context)
{
    switch (context) {
    case Context::Iso7816_4:
        return QStringLiteral("ISO/IEC 7816-4");
    case Context::Iso7816_8:
        return QStringLiteral("ISO/IEC 7816-8");
    case Context::GlobalPlatform:
        return QStringLiteral("GlobalPlatform");
    case Context::Uicc:
        return QStringLiteral("ETSI TS 102 221 (UICC)");
    case Context::Usim:
        return QStringLiteral("3GPP TS 31.102 (USIM)");
    case Context::Gsm:
        return QStringLiteral("GSM 11.11 (SIM)");
    case Context::JavaCard:
        return QStringLiteral("Java Card");
    }
    return {};
}

} // namespace smartcard::statuswords
