#include "sw/iso7816_9errorchecker.h"

namespace smartcard {
namespace {

using K = SWExceptionKind;

// pyscard's iso7816_9SW: the same status words and classes; the texts are ours.
constexpr TableErrorChecker::Entry table[] = {
    { 0x62, 0x82, 0x82, K::WarningProcessing, "end of file or record reached" },
    { 0x64, 0x00, 0x00, K::ExecutionError, "execution error" },
    { 0x69, 0x82, 0x82, K::CheckingError, "security status not satisfied" },
    { 0x6A, 0x80, 0x80, K::CheckingError, "incorrect parameters in the data field" },
    { 0x6A, 0x84, 0x84, K::CheckingError, "not enough memory space" },
    { 0x6A, 0x89, 0x89, K::CheckingError, "file already exists" },
    { 0x6A, 0x8A, 0x8A, K::CheckingError, "DF name already exists" },
};

} // namespace

ISO7816_9ErrorChecker::ISO7816_9ErrorChecker()
    : TableErrorChecker(table)
{ }

} // namespace smartcard
