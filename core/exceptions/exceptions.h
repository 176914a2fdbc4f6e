#pragma once

// pyscard's exceptions (smartcard.Exceptions, smartcard.pcsc.PCSCExceptions and
// smartcard.sw.SWExceptions) as one hierarchy under SmartcardException. The pyscard-level
// API throws these; no exception crosses a slot, a thread or the C boundary.
// One difference on purpose: pyscard's SWException and BaseSCardException derive from
// Python's Exception; here everything is a SmartcardException, so one catch takes all.

#include "pcsc/returncode.h"
#include "util/bytes.h"

#include <QString>

#include <exception>
#include <optional>
#include <string>

namespace smartcard {

// A message and, when a PC/SC call failed, its return code (pyscard's hresult).
// what() is "message: PC/SC text (0x8010001D)" as pyscard's str() prints it.
class SmartcardException : public std::exception
{
public:
    explicit SmartcardException(QString message = {}, std::optional<pcsc::ReturnCode> hresult = std::nullopt);

    const QString &message() const { return m_message; }
    const std::optional<pcsc::ReturnCode> &hresult() const { return m_hresult; }
    const char *what() const noexcept override { return m_what.c_str(); }

protected:
    void setWhat(std::string what) { m_what = std::move(what); }

private:
    QString m_message;
    std::optional<pcsc::ReturnCode> m_hresult;
    std::string m_what;
};

// smartcard.Exceptions
class CardConnectionException : public SmartcardException
{
public:
    using SmartcardException::SmartcardException;
};

class CardRequestException : public SmartcardException
{
public:
    using SmartcardException::SmartcardException;
};

class CardRequestTimeoutException : public SmartcardException
{
public:
    CardRequestTimeoutException();
};

class CardServiceException : public SmartcardException
{
public:
    using SmartcardException::SmartcardException;
};

class CardServiceStoppedException : public SmartcardException
{
public:
    using SmartcardException::SmartcardException;
};

class InvalidATRMaskLengthException : public SmartcardException
{
public:
    explicit InvalidATRMaskLengthException(const Bytes &mask);
};

class InvalidReaderException : public SmartcardException
{
public:
    explicit InvalidReaderException(const QString &readerName);
};

class NoCardException : public SmartcardException
{
public:
    NoCardException(const QString &message, std::optional<pcsc::ReturnCode> hresult);
};

class NoReadersException : public SmartcardException
{
public:
    NoReadersException();
};

// smartcard.reader.ReaderGroups
class BadReaderGroupException : public SmartcardException
{
public:
    BadReaderGroupException();
};

class DeleteSCardDefaultReaderGroupException : public SmartcardException
{
public:
    DeleteSCardDefaultReaderGroupException();
};

// smartcard.pcsc.PCSCExceptions: a failed SCard call, always with its code.
class BaseSCardException : public SmartcardException
{
public:
    BaseSCardException(pcsc::ReturnCode hresult, const QString &message);
};

class ListReadersException : public BaseSCardException
{
public:
    explicit ListReadersException(pcsc::ReturnCode hresult);
};

class EstablishContextException : public BaseSCardException
{
public:
    explicit EstablishContextException(pcsc::ReturnCode hresult);
};

class ReleaseContextException : public BaseSCardException
{
public:
    explicit ReleaseContextException(pcsc::ReturnCode hresult);
};

class AddReaderToGroupException : public BaseSCardException
{
public:
    AddReaderToGroupException(pcsc::ReturnCode hresult, const QString &readerName, const QString &groupName);
};

class RemoveReaderFromGroupException : public BaseSCardException
{
public:
    RemoveReaderFromGroupException(
        pcsc::ReturnCode hresult, const QString &readerName, const QString &groupName);
};

class IntroduceReaderException : public BaseSCardException
{
public:
    IntroduceReaderException(pcsc::ReturnCode hresult, const QString &readerName);
};

// smartcard.sw.SWExceptions: a status word an error checker objects to. Status words are
// data: these carry the response data and SW1 SW2, never a PC/SC code. As in pyscard, each
// kind prefixes the checker's message ("checking error - wrong length") and what() reads
// "Status word exception: <message>!".
class SWException : public SmartcardException
{
public:
    SWException(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message = {});

    const Bytes &data() const { return m_data; }
    std::uint8_t sw1() const { return m_sw1; }
    std::uint8_t sw2() const { return m_sw2; }

private:
    Bytes m_data;
    std::uint8_t m_sw1;
    std::uint8_t m_sw2;
};

class WarningProcessingException : public SWException
{
public:
    WarningProcessingException(
        const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message = {});
};

class ExecutionErrorException : public SWException
{
public:
    ExecutionErrorException(
        const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message = {});
};

class SecurityRelatedException : public SWException
{
public:
    SecurityRelatedException(
        const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message = {});
};

class CheckingErrorException : public SWException
{
public:
    CheckingErrorException(
        const Bytes &data, std::uint8_t sw1, std::uint8_t sw2, const QString &message = {});
};

} // namespace smartcard
