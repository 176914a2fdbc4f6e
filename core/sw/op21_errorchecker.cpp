#include "sw/op21_errorchecker.h"

namespace smartcard {
namespace {

using K = SWExceptionKind;

// pyscard's op21_SW: the same status words and classes; the texts are ours.
constexpr TableErrorChecker::Entry table[] = {
    { 0x62, 0x83, 0x83, K::WarningProcessing, "card life cycle state is CARD_LOCKED" },
    { 0x63, 0x00, 0x00, K::WarningProcessing, "authentication failed" },
    { 0x64, 0x00, 0x00, K::ExecutionError, "execution error" },
    { 0x65, 0x81, 0x81, K::ExecutionError, "memory failure" },
    { 0x67, 0x00, 0x00, K::CheckingError, "wrong length in Lc" },
    { 0x69, 0x82, 0x82, K::CheckingError, "security status not satisfied" },
    { 0x69, 0x85, 0x85, K::CheckingError, "conditions of use not satisfied" },
    { 0x6A, 0x80, 0x80, K::CheckingError, "incorrect values in the command data" },
    { 0x6A, 0x81, 0x81, K::CheckingError, "function not supported" },
    { 0x6A, 0x82, 0x82, K::CheckingError, "application not found" },
    { 0x6A, 0x84, 0x84, K::CheckingError, "not enough memory space" },
    { 0x6A, 0x86, 0x86, K::CheckingError, "incorrect parameters P1-P2" },
    { 0x6A, 0x88, 0x88, K::CheckingError, "referenced data not found" },
    { 0x6D, 0x00, 0x00, K::CheckingError, "instruction not supported" },
    { 0x6E, 0x00, 0x00, K::CheckingError, "class not supported" },
    { 0x94, 0x84, 0x84, K::CheckingError, "algorithm not supported" },
    { 0x94, 0x85, 0x85, K::CheckingError, "invalid key check value" },
};

} // namespace

op21_ErrorChecker::op21_ErrorChecker()
    : TableErrorChecker(table)
{ }

} // namespace smartcard
