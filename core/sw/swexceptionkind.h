#pragma once

#include "exceptions/exceptions.h"

#include <QString>

#include <optional>
#include <type_traits>

namespace smartcard {

// Names one of pyscard's status word exception classes as a value. pyscard passes the
// classes themselves (ErrorCheckingChain.addFilterException(CheckingErrorException)); C++
// cannot, so filters and reports name a class by its kind, or by the type as a tag:
//   chain.addFilterException(SWExceptionKind::WarningProcessing);
//   chain.addFilterException<WarningProcessingException>();
// A kind names exactly one class, never its subclasses: pyscard's filters match the exact
// class too, so a filter on SWException does not swallow a CheckingErrorException.
enum class SWExceptionKind {
    SWException, // the base class itself; only a custom checker throws it
    WarningProcessing,
    ExecutionError,
    SecurityRelated,
    CheckingError,
};

// The kind of an exception class, for the template overloads: swExceptionKind<T>().
template<class E> constexpr SWExceptionKind swExceptionKind()
{
    if constexpr (std::is_same_v<E, WarningProcessingException>)
        return SWExceptionKind::WarningProcessing;
    else if constexpr (std::is_same_v<E, ExecutionErrorException>)
        return SWExceptionKind::ExecutionError;
    else if constexpr (std::is_same_v<E, SecurityRelatedException>)
        return SWExceptionKind::SecurityRelated;
    else if constexpr (std::is_same_v<E, CheckingErrorException>)
        return SWExceptionKind::CheckingError;
    else {
        static_assert(std::is_same_v<E, SWException>, "not one of pyscard's status word exceptions");
        return SWExceptionKind::SWException;
    }
}

// The exact kind of a thrown exception; nullopt for a class of someone else's deriving from
// one of ours (it is not pyscard's class, so no filter of pyscard's names matches it).
std::optional<SWExceptionKind> exactKind(const SWException &exception);

// pyscard's class name: "CheckingErrorException".
QString exceptionClassName(SWExceptionKind kind);

// Throws the exception of `kind`; `message` is the text after the kind's prefix.
[[noreturn]] void throwSWException(
    SWExceptionKind kind, const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message);

} // namespace smartcard
