#pragma once

#include "util/bytes.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace smartcard {

// What a command is called, by the specification its class byte points to.
struct CommandName
{
    struct Reading
    {
        QString name; // "GET STATUS"
        QString standard; // "GlobalPlatform Card Specification"
        bool operator==(const Reading &) const = default;
    };

    QString name; // "SELECT"; empty when no known specification names the command
    QString detail; // from P1/P2 where they change its meaning: "by DF name"; may be empty
    QString standard; // "ISO/IEC 7816-4", "GlobalPlatform Card Specification", ...
    // Other specifications that give the same CLA/INS another name (a UICC and a
    // GlobalPlatform card manager share the proprietary class): only the card tells which.
    QList<Reading> alternatives;

    bool isKnown() const { return !name.isEmpty(); }
    // "SELECT (by DF name) [ISO/IEC 7816-4]"; "unknown command" when unknown.
    QString toString() const;
};

// Names command APDUs for the console, the log's detail pane and exports:
// - CLA 0X-7F (interindustry): ISO/IEC 7816-4, -8 and -9 (and ETSI TS 102 221's own
//   commands in that class: MANAGE SECURE CHANNEL, TRANSACT DATA);
// - CLA A0: the GSM SIM, 3GPP TS 51.011 (GSM 11.11);
// - CLA 80-FE (proprietary) but A0 and FF: GlobalPlatform, then ETSI TS 102 221 (UICC) and
//   EMV where GlobalPlatform names nothing; STATUS and GET STATUS (both F2) told apart by P1;
// - CLA FF: the PC/SC part 3 pseudo-APDUs a reader answers itself (GET DATA for the UID...).
// Not a pyscard name: pyscard does not name commands.
class CommandNames
{
public:
    static CommandName name(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1 = 0, std::uint8_t p2 = 0);
    // From the APDU's header; unknown for fewer than 2 bytes (P1, P2 taken as 0 when absent).
    static CommandName name(const Bytes &apdu);
    // How the class byte reads: "interindustry, logical channel 1, command chaining".
    static QString classDescription(std::uint8_t cla);
};

// CommandNames::name(apdu) under a short name.
inline CommandName commandName(const Bytes &apdu)
{
    return CommandNames::name(apdu);
}

} // namespace smartcard
