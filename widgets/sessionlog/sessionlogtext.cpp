#include "sessionlogtext.h"

#include "apdu/commandnames.h"
#include "log/logfields.h"
#include "sw/statuswordexplainer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

using smartcard::LogEntry;
using smartcard::SessionLog;
using Index = SessionLog::Index;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionLogModel", text);
}

const QString MaskedByte = QStringLiteral("••");

void appendHexByte(QString &text, std::uint8_t byte)
{
    static constexpr char Digits[] = "0123456789ABCDEF";
    text.append(QLatin1Char(Digits[byte >> 4]));
    text.append(QLatin1Char(Digits[byte & 0x0F]));
}

QString hexNumber(std::uint32_t value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

QString dispositionOf(const SessionLog &log, Index index)
{
    return QLatin1String(smartcard::logfields::dispositionName(log.entry(index).disposition));
}

QString commandName(const SessionLog &log, Index index)
{
    const auto command = log.command(index);
    if (command.size() < 2)
        return QString();
    const smartcard::CommandName known = smartcard::CommandNames::name(
        command[0], command[1], command.size() > 2 ? command[2] : 0, command.size() > 3 ? command[3] : 0);
    if (known.isKnown())
        return known.name;
    QString ins;
    appendHexByte(ins, command[1]);
    return tr("INS %1").arg(ins);
}

} // namespace

namespace sessionlogtext {

QString hex(std::span<const std::uint8_t> bytes, bool masked, std::uint16_t maskOffset,
    std::uint16_t maskLength, int limit)
{
    const std::size_t shown = limit < 0 ? bytes.size() : std::min(bytes.size(), std::size_t(limit));
    QString text;
    text.reserve(qsizetype(shown * 3 + 2));
    for (std::size_t i = 0; i < shown; ++i) {
        if (i)
            text.append(u' ');
        if (masked && i >= maskOffset && i < std::size_t(maskOffset) + maskLength)
            text.append(MaskedByte);
        else
            appendHexByte(text, bytes[i]);
    }
    if (shown < bytes.size())
        text.append(QStringLiteral(" …"));
    return text;
}

QString statusWord(std::uint16_t sw)
{
    QString text;
    text.reserve(5);
    appendHexByte(text, std::uint8_t(sw >> 8));
    text.append(u' ');
    appendHexByte(text, std::uint8_t(sw));
    return text;
}

QString localTime(qint64 ns, bool withDate)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000);
    const int micros = int((ns / 1'000) % 1'000);
    return time.toString(
               withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss.zzz"))
        + QStringLiteral("%1").arg(micros, 3, 10, QLatin1Char('0'));
}

QString entryName(const SessionLog &log, Index index)
{
    switch (log.kind(index)) {
    case LogEntry::Kind::Exchange:
        // Exchanges the connection made for another one (GET RESPONSE, Le correction).
        return log.originId(index) != 0 ? QStringLiteral("  ↳ ") + commandName(log, index)
                                        : commandName(log, index);
    case LogEntry::Kind::Control:
        return tr("control %1").arg(hexNumber(log.code(index)));
    case LogEntry::Kind::Connect:
        return tr("connect");
    case LogEntry::Kind::Reconnect:
        return tr("reconnect (%1)").arg(dispositionOf(log, index));
    case LogEntry::Kind::Disconnect:
        return tr("disconnect (%1)").arg(dispositionOf(log, index));
    case LogEntry::Kind::Release:
        return tr("release");
    case LogEntry::Kind::Attrib:
        return tr("attribute %1").arg(hexNumber(log.code(index)));
    case LogEntry::Kind::Atr:
        return tr("ATR");
    }
    return QString();
}

QString meaning(const SessionLog &log, Index index)
{
    if (const std::uint32_t error = log.errorId(index))
        return log.errorMessages().at(int(error) - 1);
    const LogEntry::Kind kind = log.kind(index);
    if (kind == LogEntry::Kind::Exchange && (log.flags(index) & LogEntry::HasResponse))
        return smartcard::StatusWordExplainer::explain(log.sw(index)).text();
    if (kind == LogEntry::Kind::Connect || kind == LogEntry::Kind::Reconnect)
        return smartcard::logfields::protocolName(log.protocol(index));
    return QString();
}

QString flags(const SessionLog &log, Index index, bool unmasked)
{
    const std::uint8_t bits = log.flags(index);
    QStringList words;
    if (bits & LogEntry::Failed)
        words << tr("failed");
    if (bits & LogEntry::Masked)
        words << (unmasked ? tr("unmasked") : tr("masked"));
    if (log.originId(index) != 0)
        words << tr("linked");
    if (bits & LogEntry::Imported)
        words << tr("imported");
    if (!log.annotation(index).isEmpty())
        words << tr("note");
    return words.join(QStringLiteral(", "));
}

} // namespace sessionlogtext
