#include "sw/iso7816_4_sw1errorchecker.h"

namespace smartcard {
namespace {

using K = SWExceptionKind;

// pyscard's iso7816_4SW1: every SW2 of each SW1. Texts: ISO 7816-4's meaning of the group.
constexpr TableErrorChecker::Entry table[] = {
    { 0x62, 0x00, 0xFF, K::WarningProcessing, "SW1 62, non-volatile memory unchanged" },
    { 0x63, 0x00, 0xFF, K::WarningProcessing, "SW1 63, non-volatile memory changed" },
    { 0x64, 0x00, 0xFF, K::ExecutionError, "SW1 64, non-volatile memory unchanged" },
    { 0x65, 0x00, 0xFF, K::ExecutionError, "SW1 65, non-volatile memory changed" },
    { 0x66, 0x00, 0xFF, K::SecurityRelated, "SW1 66, security-related issue" },
    { 0x67, 0x00, 0xFF, K::CheckingError, "SW1 67, wrong length" },
    { 0x68, 0x00, 0xFF, K::CheckingError, "SW1 68, function in CLA not supported" },
    { 0x69, 0x00, 0xFF, K::CheckingError, "SW1 69, command not allowed" },
    { 0x6A, 0x00, 0xFF, K::CheckingError, "SW1 6A, wrong parameters P1-P2" },
    { 0x6B, 0x00, 0xFF, K::CheckingError, "SW1 6B, wrong parameters P1-P2" },
    { 0x6C, 0x00, 0xFF, K::CheckingError, "SW1 6C, wrong Le field" },
    { 0x6D, 0x00, 0xFF, K::CheckingError, "SW1 6D, instruction code not supported or invalid" },
    { 0x6E, 0x00, 0xFF, K::CheckingError, "SW1 6E, class not supported" },
    { 0x6F, 0x00, 0xFF, K::CheckingError, "SW1 6F, no precise diagnosis" },
};

} // namespace

ISO7816_4_SW1ErrorChecker::ISO7816_4_SW1ErrorChecker()
    : TableErrorChecker(table)
{ }

} // namespace smartcard
