#pragma once

#include "sw/swexceptionkind.h"
#include "util/bytes.h"

#include <cstdint>
#include <optional>

namespace smartcard {

// pyscard's ErrorChecker: a strategy that looks at a response's data and status word and
// throws an SWException subclass when it objects; it returns normally otherwise. Checkers
// are chained in an ErrorCheckingChain (chain of responsibility).
class ErrorChecker
{
public:
    virtual ~ErrorChecker();

    // pyscard's __call__.
    void operator()(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const { check(data, sw1, sw2); }
    virtual void check(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const = 0;

    // What check() throws for this status word, without the throw escaping: for reports
    // (the CLI's "checkers" object) that ask every checker about one SW. A class that is
    // not one of pyscard's (see exactKind) propagates, as it would from check().
    std::optional<SWExceptionKind> raisedKind(
        std::uint8_t sw1, std::uint8_t sw2, const Bytes &data = {}) const;

protected:
    ErrorChecker() = default;
    ErrorChecker(const ErrorChecker &) = default;
    ErrorChecker &operator=(const ErrorChecker &) = default;
};

} // namespace smartcard
