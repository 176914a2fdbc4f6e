#include "replytext.h"

#include "connection/cardconnection.h"
#include "sw/statuswordexplainer.h"
#include "util/asciistring.h"
#include "util/hexstring.h"

#include <QCoreApplication>

using Operation = ConsoleReply::Operation;

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ReplyText", text, nullptr, n);
}

QString errorLine(const ConsoleReply &reply)
{
    QString line = tr("error: %1").arg(reply.errorText);
    if (reply.errorCode && !reply.errorText.contains(QLatin1String("0x")))
        line += QStringLiteral(" (%1)").arg(
            QString::fromStdString(smartcard::pcsc::describe(*reply.errorCode)));
    return line;
}

QString bytesLines(const QString &prefix, const smartcard::Bytes &bytes)
{
    if (bytes.empty())
        return prefix + tr("(no data)");
    return prefix + smartcard::toHexString(bytes)
        + QStringLiteral("  |%1|").arg(smartcard::toASCIIString(bytes)) + QLatin1Char(' ')
        + tr("(%n byte(s))", int(bytes.size()));
}

} // namespace

QString ReplyText::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Connect:
        return tr("connect");
    case Operation::Reconnect:
        return tr("reconnect");
    case Operation::Disconnect:
        return tr("disconnect");
    case Operation::BeginTransaction:
        return tr("begin transaction");
    case Operation::EndTransaction:
        return tr("end transaction");
    case Operation::Transmit:
        return tr("transmit");
    case Operation::Control:
        return tr("control");
    }
    return {};
}

QString ReplyText::format(const ConsoleReply &reply)
{
    QStringList lines;
    const QString duration = tr("%1 µs").arg(reply.durationUs);
    if (reply.operation == Operation::Transmit) {
        lines << QStringLiteral("> ") + smartcard::toHexString(reply.command);
        if (reply.ok) {
            lines << bytesLines(QStringLiteral("< "), reply.data);
            const smartcard::StatusWordExplanation sw
                = smartcard::StatusWordExplainer::explain(reply.sw1, reply.sw2);
            lines << tr("SW %1 (%2, %3)")
                         .arg(sw.toString(), sw.meaning.context, smartcard::categoryName(sw.category()));
        }
    } else if (reply.operation == Operation::Control) {
        lines << tr("control code 0x%1, sent: %2")
                     .arg(reply.controlCode, 8, 16, QLatin1Char('0'))
                     .arg(reply.command.empty() ? tr("(no data)") : smartcard::toHexString(reply.command));
        if (reply.ok)
            lines << bytesLines(tr("answer: "), reply.data);
    } else {
        QString line = operationName(reply.operation);
        if (reply.ok && (reply.operation == Operation::Connect || reply.operation == Operation::Reconnect)) {
            line += tr(": protocol %1, ATR %2")
                        .arg(smartcard::CardConnection::protocolName(reply.protocol),
                            reply.atr.empty() ? tr("none") : smartcard::toHexString(reply.atr));
        } else if (reply.ok) {
            line += tr(": done");
        }
        lines << line;
    }
    if (!reply.ok)
        lines << errorLine(reply);
    if (!reply.notSent)
        lines << duration;
    return lines.join(QLatin1Char('\n'));
}
