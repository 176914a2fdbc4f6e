#include "sw/swexceptionkind.h"

#include <typeinfo>

namespace smartcard {

std::optional<SWExceptionKind> exactKind(const SWException &exception)
{
    // typeid, not dynamic_cast: a subclass must not pass for its base (see the header).
    const std::type_info &type = typeid(exception);
    if (type == typeid(WarningProcessingException))
        return SWExceptionKind::WarningProcessing;
    if (type == typeid(ExecutionErrorException))
        return SWExceptionKind::ExecutionError;
    if (type == typeid(SecurityRelatedException))
        return SWExceptionKind::SecurityRelated;
    if (type == typeid(CheckingErrorException))
        return SWExceptionKind::CheckingError;
    if (type == typeid(SWException))
        return SWExceptionKind::SWException;
    return std::nullopt;
}

QString exceptionClassName(SWExceptionKind kind)
{
    switch (kind) {
    case SWExceptionKind::SWException:
        return QStringLiteral("SWException");
    case SWExceptionKind::WarningProcessing:
        return QStringLiteral("WarningProcessingException");
    case SWExceptionKind::ExecutionError:
        return QStringLiteral("ExecutionErrorException");
    case SWExceptionKind::SecurityRelated:
        return QStringLiteral("SecurityRelatedException");
    case SWExceptionKind::CheckingError:
        return QStringLiteral("CheckingErrorException");
    }
    return {};
}

void throwSWException(
    SWExceptionKind kind, const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message)
{
    switch (kind) {
    case SWExceptionKind::WarningProcessing:
        throw WarningProcessingException(data, sw1, sw2, message);
    case SWExceptionKind::ExecutionError:
        throw ExecutionErrorException(data, sw1, sw2, message);
    case SWExceptionKind::SecurityRelated:
        throw SecurityRelatedException(data, sw1, sw2, message);
    case SWExceptionKind::CheckingError:
        throw CheckingErrorException(data, sw1, sw2, message);
    case SWExceptionKind::SWException:
        break;
    }
    throw SWException(data, sw1, sw2, message);
}

} // namespace smartcard
