#include "sw/iso7816_8errorchecker.h"

namespace smartcard {
namespace {

using K = SWExceptionKind;

// pyscard's iso7816_8SW: the same status words and classes; the texts are ours.
constexpr TableErrorChecker::Entry table[] = {
    { 0x63, 0x00, 0x00, K::WarningProcessing, "authentication failed" },
    { 0x63, 0xC0, 0xCF, K::WarningProcessing,
        "PIN verification failed, %1 tries left before the PIN is blocked" },
    { 0x65, 0x81, 0x81, K::ExecutionError, "memory failure (unsuccessful changing)" },
    { 0x66, 0x00, 0x00, K::SecurityRelated, "the security environment cannot be set or modified" },
    { 0x66, 0x87, 0x87, K::SecurityRelated, "expected secure messaging data objects missing" },
    { 0x66, 0x88, 0x88, K::SecurityRelated, "secure messaging data objects incorrect" },
    { 0x67, 0x00, 0x00, K::CheckingError, "wrong length (empty Lc field)" },
    { 0x68, 0x83, 0x83, K::CheckingError, "final command of the chain expected" },
    { 0x68, 0x84, 0x84, K::CheckingError, "command chaining not supported" },
    { 0x69, 0x82, 0x82, K::CheckingError, "security status not satisfied" },
    { 0x69, 0x83, 0x83, K::CheckingError, "authentication method blocked" },
    { 0x69, 0x84, 0x84, K::CheckingError, "referenced data invalidated" },
    { 0x69, 0x85, 0x85, K::CheckingError, "conditions of use not satisfied" },
    { 0x6A, 0x81, 0x81, K::CheckingError, "function not supported" },
    { 0x6A, 0x82, 0x82, K::CheckingError, "file not found" },
    { 0x6A, 0x86, 0x86, K::CheckingError, "incorrect parameters P1-P2" },
    { 0x6A, 0x88, 0x88, K::CheckingError, "referenced data not found" },
};

} // namespace

ISO7816_8ErrorChecker::ISO7816_8ErrorChecker()
    : TableErrorChecker(table)
{ }

} // namespace smartcard
