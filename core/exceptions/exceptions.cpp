#include "exceptions/exceptions.h"

#include "util/hexstring.h"

#include <cstdio>

namespace smartcard {
namespace {

std::string describeFailure(const QString &message, const std::optional<pcsc::ReturnCode> &hresult)
{
    std::string text = message.toStdString();
    if (hresult) {
        char code[16];
        std::snprintf(code, sizeof code, "0x%08X", static_cast<unsigned>(pcsc::toUint(*hresult)));
        text += ": " + pcsc::errorMessage(*hresult) + " (" + code + ")";
    }
    return text;
}

} // namespace

SmartcardException::SmartcardException(QString message, std::optional<pcsc::ReturnCode> hresult)
    : m_message(std::move(message))
    , m_hresult(hresult)
    , m_what(describeFailure(m_message, m_hresult))
{ }

CardRequestTimeoutException::CardRequestTimeoutException()
    : SmartcardException(QStringLiteral("Time-out during card request"))
{ }

InvalidATRMaskLengthException::InvalidATRMaskLengthException(const Bytes &mask)
    : SmartcardException(QStringLiteral("Invalid ATR mask length: %1").arg(toHexString(mask)))
{ }

InvalidReaderException::InvalidReaderException(const QString &readerName)
    : SmartcardException(QStringLiteral("Invalid reader: %1").arg(readerName))
{ }

NoCardException::NoCardException(const QString &message, std::optional<pcsc::ReturnCode> hresult)
    : SmartcardException(message, hresult)
{ }

NoReadersException::NoReadersException()
    : SmartcardException(QStringLiteral("No reader found"))
{ }

BadReaderGroupException::BadReaderGroupException()
    : SmartcardException(QStringLiteral("Invalid reader group"))
{ }

DeleteSCardDefaultReaderGroupException::DeleteSCardDefaultReaderGroupException()
    : SmartcardException(QStringLiteral("SCard$DefaultReaders cannot be deleted"))
{ }

BaseSCardException::BaseSCardException(pcsc::ReturnCode hresult, const QString &message)
    : SmartcardException(message.isEmpty() ? QStringLiteral("scard exception") : message, hresult)
{ }

ListReadersException::ListReadersException(pcsc::ReturnCode hresult)
    : BaseSCardException(hresult, QStringLiteral("Failed to list readers"))
{ }

EstablishContextException::EstablishContextException(pcsc::ReturnCode hresult)
    : BaseSCardException(hresult, QStringLiteral("Failed to establish context"))
{ }

ReleaseContextException::ReleaseContextException(pcsc::ReturnCode hresult)
    : BaseSCardException(hresult, QStringLiteral("Failed to release context"))
{ }

AddReaderToGroupException::AddReaderToGroupException(
    pcsc::ReturnCode hresult, const QString &readerName, const QString &groupName)
    : BaseSCardException(
        hresult, QStringLiteral("Failed to add reader: %1 to group: %2").arg(readerName, groupName))
{ }

RemoveReaderFromGroupException::RemoveReaderFromGroupException(
    pcsc::ReturnCode hresult, const QString &readerName, const QString &groupName)
    : BaseSCardException(
        hresult, QStringLiteral("Failed to remove reader: %1 from group: %2").arg(readerName, groupName))
{ }

IntroduceReaderException::IntroduceReaderException(pcsc::ReturnCode hresult, const QString &readerName)
    : BaseSCardException(hresult, QStringLiteral("Failed to introduce a new reader: %1").arg(readerName))
{ }

SWException::SWException(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message)
    : SmartcardException(message)
    , m_data(data)
    , m_sw1(sw1)
    , m_sw2(sw2)
{
    setWhat("Status word exception: " + message.toStdString() + "!");
}

WarningProcessingException::WarningProcessingException(
    const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message)
    : SWException(data, sw1, sw2, "warning processing - " + message)
{ }

ExecutionErrorException::ExecutionErrorException(
    const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message)
    : SWException(data, sw1, sw2, "execution error - " + message)
{ }

SecurityRelatedException::SecurityRelatedException(
    const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message)
    : SWException(data, sw1, sw2, "security issue - " + message)
{ }

CheckingErrorException::CheckingErrorException(
    const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message)
    : SWException(data, sw1, sw2, "checking error - " + message)
{ }

} // namespace smartcard
