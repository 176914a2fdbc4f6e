#include "connectionoptions.h"

#include "clioutput.h"
#include "connection/cardconnection.h"

#include <QCommandLineParser>
#include <QJsonObject>

using smartcard::CardConnection;

void addConnectionOptions(QCommandLineParser &parser, const QString &protocolHelp)
{
    parser.addHelpOption();
    parser.addOption({ "reader",
        QStringLiteral(
            "The reader: its name or a unique part of it. Default: the only reader holding a card."),
        QStringLiteral("name") });
    parser.addOption({ "protocol", protocolHelp, QStringLiteral("protocol") });
    parser.addOption(
        { "get-response", QStringLiteral("Send GET RESPONSE for each 61xx and join the data.") });
    parser.addOption({ "le-correction", QStringLiteral("Send the command again with Le = xx after 6Cxx.") });
    parser.addOption(
        { "unchecked", QStringLiteral("Send byte strings that are not well-formed APDUs as they are.") });
}

std::optional<std::uint32_t> readProtocol(
    const QCommandLineParser &parser, const CliOutput &out, const QString &fallback, bool allowNone)
{
    const QString protocol = parser.isSet("protocol") ? parser.value("protocol") : fallback;
    if (protocol == u"t0")
        return CardConnection::T0_protocol;
    if (protocol == u"t1")
        return CardConnection::T1_protocol;
    if (protocol == u"raw")
        return CardConnection::RAW_protocol;
    if (protocol == u"any")
        return CardConnection::T0_protocol | CardConnection::T1_protocol;
    if (protocol == u"none" && allowNone)
        return 0u;
    out.error({ QStringLiteral("--protocol \"%1\": use t0, t1, any or raw; nothing was sent").arg(protocol),
        {}, { { "option", "protocol" } } });
    return std::nullopt;
}
