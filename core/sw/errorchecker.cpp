#include "sw/errorchecker.h"

namespace smartcard {

ErrorChecker::~ErrorChecker() = default;

std::optional<SWExceptionKind> ErrorChecker::raisedKind(
    std::uint8_t sw1, std::uint8_t sw2, const Bytes &data) const
{
    try {
        check(data, sw1, sw2);
    } catch (const SWException &exception) {
        if (const std::optional<SWExceptionKind> kind = exactKind(exception))
            return kind;
        throw;
    }
    return std::nullopt;
}

} // namespace smartcard
