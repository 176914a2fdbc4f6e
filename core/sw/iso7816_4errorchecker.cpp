#include "sw/iso7816_4errorchecker.h"

namespace smartcard {
namespace {

using K = SWExceptionKind;

// pyscard's iso7816_4SW: the same status words and classes; the texts are ours.
constexpr TableErrorChecker::Entry table[] = {
    { 0x62, 0x00, 0x00, K::WarningProcessing,
        "no information given (response padded, or more commands expected)" },
    { 0x62, 0x81, 0x81, K::WarningProcessing, "part of the returned data may be corrupted" },
    { 0x62, 0x82, 0x82, K::WarningProcessing, "end of file or record reached before Le bytes were read" },
    { 0x62, 0x83, 0x83, K::WarningProcessing, "selected file invalidated" },
    { 0x62, 0x84, 0x84, K::WarningProcessing, "file control information not formatted as ISO 7816-4 says" },
    { 0x62, 0xFF, 0xFF, K::WarningProcessing, "executed correctly, response padded" },
    { 0x63, 0x00, 0x00, K::WarningProcessing, "authentication failed" },
    { 0x63, 0x81, 0x81, K::WarningProcessing, "file filled up by the last write" },
    { 0x63, 0xC0, 0xCF, K::WarningProcessing,
        "PIN verification failed, %1 tries left before the PIN is blocked" },
    { 0x64, 0x00, 0x00, K::ExecutionError, "integrity error in the EEPROM" },
    { 0x67, 0x00, 0x00, K::CheckingError, "wrong length (Lc)" },
    { 0x68, 0x81, 0x81, K::CheckingError, "logical channel not supported" },
    { 0x68, 0x82, 0x82, K::CheckingError, "secure messaging not supported" },
    { 0x69, 0x81, 0x81, K::CheckingError, "command incompatible with the file structure" },
    { 0x69, 0x82, 0x82, K::CheckingError, "security status not satisfied" },
    { 0x69, 0x83, 0x83, K::CheckingError, "authentication method blocked" },
    { 0x69, 0x84, 0x84, K::CheckingError, "referenced data invalidated" },
    { 0x69, 0x85, 0x85, K::CheckingError, "conditions of use not satisfied" },
    { 0x69, 0x86, 0x86, K::CheckingError, "command not allowed (no current EF)" },
    { 0x69, 0x87, 0x87, K::CheckingError, "expected secure messaging data objects missing" },
    { 0x69, 0x88, 0x88, K::CheckingError, "secure messaging data objects incorrect" },
    { 0x6A, 0x80, 0x80, K::CheckingError, "incorrect parameters in the command data field" },
    { 0x6A, 0x81, 0x81, K::CheckingError, "function not supported" },
    { 0x6A, 0x82, 0x82, K::CheckingError, "file or application not found" },
    { 0x6A, 0x83, 0x83, K::CheckingError, "record not found" },
    { 0x6A, 0x84, 0x84, K::CheckingError, "not enough memory space in the file" },
    { 0x6A, 0x85, 0x85, K::CheckingError, "Lc inconsistent with the TLV structure" },
    { 0x6A, 0x86, 0x86, K::CheckingError, "incorrect parameters P1-P2" },
    { 0x6A, 0x87, 0x87, K::CheckingError, "Lc inconsistent with P1-P2" },
    { 0x6A, 0x88, 0x88, K::CheckingError, "referenced data not found" },
    { 0x6B, 0x00, 0x00, K::CheckingError, "wrong parameters P1-P2" },
    { 0x6D, 0x00, 0x00, K::CheckingError, "instruction code (INS) not supported" },
    { 0x6E, 0x00, 0x00, K::CheckingError, "class (CLA) not supported" },
    { 0x6F, 0x00, 0x00, K::CheckingError, "no precise diagnosis (fatal error)" },
};

} // namespace

ISO7816_4ErrorChecker::ISO7816_4ErrorChecker()
    : TableErrorChecker(table)
{ }

} // namespace smartcard
