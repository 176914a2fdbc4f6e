#include "log/csvwriter.h"

#include "log/logfields.h"
#include "pcsc/returncode.h"

#include <QByteArrayList>

namespace smartcard {
namespace {

QByteArray hex(std::span<const std::uint8_t> bytes)
{
    QByteArray text;
    logfields::appendHex(bytes, text, ' ');
    return text;
}

QByteArray flagNames(std::uint8_t flags)
{
    QByteArrayList names;
    if (flags & LogEntry::Failed)
        names << "failed";
    if (flags & LogEntry::HasResponse)
        names << "hasResponse";
    if (flags & LogEntry::Masked)
        names << "masked";
    if (flags & LogEntry::Imported)
        names << "imported";
    return names.join(' ');
}

} // namespace

CsvWriter::CsvWriter(const SessionFileOptions &options)
    : SessionWriter(options)
{ }

void CsvWriter::writeHeader(QByteArray &out)
{
    out.append("time,timeNs,kind,reader,atr,protocol,command,response,sw,durationNs,exchangeId,originId,code,"
               "disposition,errorCode,errorName,errorMessage,flags,maskOffset,maskLength,annotation\r\n");
}

void CsvWriter::writeEntry(const LogEntry &e, QByteArray &out)
{
    const bool hasError = e.has(LogEntry::Failed) || e.errorCode != 0;
    const std::uint8_t sw[2] = { std::uint8_t(e.sw >> 8), std::uint8_t(e.sw) };
    const QByteArray fields[] = {
        logfields::isoTime(e.timeNs),
        QByteArray::number(e.timeNs),
        LogEntry::kindName(e.kind),
        e.reader.toUtf8(),
        hex(e.atr),
        logfields::protocolName(e.protocol).toUtf8(),
        hex(logfields::commandForFile(e, options().maskSecrets, m_scratch)),
        hex(e.response),
        e.has(LogEntry::HasResponse) || e.sw != 0 ? hex(sw) : QByteArray(),
        QByteArray::number(e.durationNs),
        e.exchangeId ? QByteArray::number(e.exchangeId) : QByteArray(),
        e.originId ? QByteArray::number(e.originId) : QByteArray(),
        e.code ? "0x" + QByteArray::number(e.code, 16).toUpper() : QByteArray(),
        e.kind == LogEntry::Kind::Reconnect || e.kind == LogEntry::Kind::Disconnect
            ? QByteArray(logfields::dispositionName(e.disposition))
            : QByteArray(),
        hasError ? "0x" + QByteArray::number(e.errorCode, 16).toUpper().rightJustified(8, '0') : QByteArray(),
        hasError ? QByteArray(pcsc::errorName(pcsc::ReturnCode(e.errorCode)).c_str()) : QByteArray(),
        e.errorMessage.toUtf8(),
        flagNames(e.flags),
        e.has(LogEntry::Masked) ? QByteArray::number(e.maskOffset) : QByteArray(),
        e.has(LogEntry::Masked) ? QByteArray::number(e.maskLength) : QByteArray(),
        e.annotation.toUtf8(),
    };
    bool first = true;
    for (const QByteArray &field : fields) {
        if (!first)
            out.append(',');
        appendField(field, out);
        first = false;
    }
    out.append("\r\n");
}

void CsvWriter::appendField(QByteArrayView text, QByteArray &out)
{
    bool quote = false;
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(text);
        return;
    }
    out.append('"');
    for (const char c : text) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

} // namespace smartcard
