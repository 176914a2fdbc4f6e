#include "apdu/commandnames.h"

#include <QStringList>

#include <span>

namespace smartcard {
namespace {

enum class Spec { Iso4, Iso7, Iso8, Iso9, Gsm, Etsi, Gp, Emv, Pcsc };

QString specName(Spec spec)
{
    switch (spec) {
    case Spec::Iso4:
        return QStringLiteral("ISO/IEC 7816-4");
    case Spec::Iso7:
        return QStringLiteral("ISO/IEC 7816-7");
    case Spec::Iso8:
        return QStringLiteral("ISO/IEC 7816-8");
    case Spec::Iso9:
        return QStringLiteral("ISO/IEC 7816-9");
    case Spec::Gsm:
        return QStringLiteral("3GPP TS 51.011 (GSM 11.11)");
    case Spec::Etsi:
        return QStringLiteral("ETSI TS 102 221");
    case Spec::Gp:
        return QStringLiteral("GlobalPlatform Card Specification");
    case Spec::Emv:
        return QStringLiteral("EMV Book 3");
    case Spec::Pcsc:
        break;
    }
    return QStringLiteral("PC/SC part 3");
}

struct Row
{
    std::uint8_t ins;
    const char *name;
    Spec spec;
};

// The interindustry class (CLA 0X-7F). Odd INS: the same command with BER-TLV data.
constexpr Row interindustryRows[] = {
    { 0x04, "DEACTIVATE FILE", Spec::Iso9 },
    { 0x0C, "ERASE RECORD(S)", Spec::Iso4 },
    { 0x0E, "ERASE BINARY", Spec::Iso4 },
    { 0x0F, "ERASE BINARY", Spec::Iso4 },
    { 0x10, "PERFORM SCQL OPERATION", Spec::Iso7 },
    { 0x12, "PERFORM TRANSACTION OPERATION", Spec::Iso7 },
    { 0x14, "PERFORM USER OPERATION", Spec::Iso7 },
    { 0x20, "VERIFY", Spec::Iso4 },
    { 0x21, "VERIFY", Spec::Iso4 },
    { 0x22, "MANAGE SECURITY ENVIRONMENT", Spec::Iso4 },
    { 0x24, "CHANGE REFERENCE DATA", Spec::Iso4 },
    { 0x26, "DISABLE VERIFICATION REQUIREMENT", Spec::Iso4 },
    { 0x28, "ENABLE VERIFICATION REQUIREMENT", Spec::Iso4 },
    { 0x2A, "PERFORM SECURITY OPERATION", Spec::Iso8 },
    { 0x2C, "RESET RETRY COUNTER", Spec::Iso4 },
    { 0x44, "ACTIVATE FILE", Spec::Iso9 },
    { 0x46, "GENERATE ASYMMETRIC KEY PAIR", Spec::Iso8 },
    { 0x47, "GENERATE ASYMMETRIC KEY PAIR", Spec::Iso8 },
    { 0x70, "MANAGE CHANNEL", Spec::Iso4 },
    { 0x73, "MANAGE SECURE CHANNEL", Spec::Etsi },
    { 0x75, "TRANSACT DATA", Spec::Etsi },
    { 0x82, "EXTERNAL AUTHENTICATE", Spec::Iso4 },
    { 0x84, "GET CHALLENGE", Spec::Iso4 },
    { 0x86, "GENERAL AUTHENTICATE", Spec::Iso4 },
    { 0x87, "GENERAL AUTHENTICATE", Spec::Iso4 },
    { 0x88, "INTERNAL AUTHENTICATE", Spec::Iso4 },
    { 0x88, "AUTHENTICATE", Spec::Etsi },
    { 0x89, "AUTHENTICATE", Spec::Etsi },
    { 0xA0, "SEARCH BINARY", Spec::Iso4 },
    { 0xA1, "SEARCH BINARY", Spec::Iso4 },
    { 0xA2, "SEARCH RECORD", Spec::Iso4 },
    { 0xA4, "SELECT", Spec::Iso4 },
    { 0xB0, "READ BINARY", Spec::Iso4 },
    { 0xB1, "READ BINARY", Spec::Iso4 },
    { 0xB2, "READ RECORD(S)", Spec::Iso4 },
    { 0xB3, "READ RECORD(S)", Spec::Iso4 },
    { 0xC0, "GET RESPONSE", Spec::Iso4 },
    { 0xC2, "ENVELOPE", Spec::Iso4 },
    { 0xC3, "ENVELOPE", Spec::Iso4 },
    { 0xCA, "GET DATA", Spec::Iso4 },
    { 0xCB, "GET DATA", Spec::Iso4 },
    { 0xD0, "WRITE BINARY", Spec::Iso4 },
    { 0xD1, "WRITE BINARY", Spec::Iso4 },
    { 0xD2, "WRITE RECORD", Spec::Iso4 },
    { 0xD6, "UPDATE BINARY", Spec::Iso4 },
    { 0xD7, "UPDATE BINARY", Spec::Iso4 },
    { 0xDA, "PUT DATA", Spec::Iso4 },
    { 0xDB, "PUT DATA", Spec::Iso4 },
    { 0xDC, "UPDATE RECORD", Spec::Iso4 },
    { 0xDD, "UPDATE RECORD", Spec::Iso4 },
    { 0xE0, "CREATE FILE", Spec::Iso9 },
    { 0xE2, "APPEND RECORD", Spec::Iso4 },
    { 0xE4, "DELETE FILE", Spec::Iso9 },
    { 0xE6, "TERMINATE DF", Spec::Iso9 },
    { 0xE8, "TERMINATE EF", Spec::Iso9 },
    { 0xFE, "TERMINATE CARD USAGE", Spec::Iso9 },
};

// CLA A0: the GSM SIM.
constexpr Row simRows[] = {
    { 0x04, "INVALIDATE", Spec::Gsm },
    { 0x10, "TERMINAL PROFILE", Spec::Gsm },
    { 0x12, "FETCH", Spec::Gsm },
    { 0x14, "TERMINAL RESPONSE", Spec::Gsm },
    { 0x20, "VERIFY CHV", Spec::Gsm },
    { 0x24, "CHANGE CHV", Spec::Gsm },
    { 0x26, "DISABLE CHV", Spec::Gsm },
    { 0x28, "ENABLE CHV", Spec::Gsm },
    { 0x2C, "UNBLOCK CHV", Spec::Gsm },
    { 0x32, "INCREASE", Spec::Gsm },
    { 0x44, "REHABILITATE", Spec::Gsm },
    { 0x88, "RUN GSM ALGORITHM", Spec::Gsm },
    { 0xA2, "SEEK", Spec::Gsm },
    { 0xA4, "SELECT", Spec::Gsm },
    { 0xB0, "READ BINARY", Spec::Gsm },
    { 0xB2, "READ RECORD", Spec::Gsm },
    { 0xC0, "GET RESPONSE", Spec::Gsm },
    { 0xC2, "ENVELOPE", Spec::Gsm },
    { 0xD6, "UPDATE BINARY", Spec::Gsm },
    { 0xDC, "UPDATE RECORD", Spec::Gsm },
    { 0xF2, "STATUS", Spec::Gsm },
    { 0xFA, "SLEEP", Spec::Gsm },
};

// The proprietary classes (80-FE but A0 and FF), in order of preference: GlobalPlatform,
// the UICC, EMV. INS F2 is decided by P1 before this table is read.
constexpr Row proprietaryRows[] = {
    { 0x2A, "PERFORM SECURITY OPERATION", Spec::Gp }, // SCP11
    { 0x50, "INITIALIZE UPDATE", Spec::Gp },
    { 0x78, "END R-MAC SESSION", Spec::Gp },
    { 0x7A, "BEGIN R-MAC SESSION", Spec::Gp },
    { 0x82, "EXTERNAL AUTHENTICATE", Spec::Gp },
    { 0x88, "INTERNAL AUTHENTICATE", Spec::Gp }, // SCP11
    { 0xCA, "GET DATA", Spec::Gp },
    { 0xCB, "GET DATA", Spec::Gp },
    { 0xD8, "PUT KEY", Spec::Gp },
    { 0xE2, "STORE DATA", Spec::Gp },
    { 0xE4, "DELETE", Spec::Gp },
    { 0xE6, "INSTALL", Spec::Gp },
    { 0xE8, "LOAD", Spec::Gp },
    { 0xF0, "SET STATUS", Spec::Gp },
    { 0x10, "TERMINAL PROFILE", Spec::Etsi },
    { 0x12, "FETCH", Spec::Etsi },
    { 0x14, "TERMINAL RESPONSE", Spec::Etsi },
    { 0x32, "INCREASE", Spec::Etsi },
    { 0x76, "SUSPEND UICC", Spec::Etsi },
    { 0x78, "GET IDENTITY", Spec::Etsi },
    { 0x7A, "EXCHANGE CAPABILITIES", Spec::Etsi },
    { 0xAA, "TERMINAL CAPABILITY", Spec::Etsi },
    { 0xC2, "ENVELOPE", Spec::Etsi },
    { 0xCB, "RETRIEVE DATA", Spec::Etsi },
    { 0xDB, "SET DATA", Spec::Etsi },
    { 0x16, "CARD BLOCK", Spec::Emv },
    { 0x18, "APPLICATION UNBLOCK", Spec::Emv },
    { 0x1E, "APPLICATION BLOCK", Spec::Emv },
    { 0x24, "PIN CHANGE/UNBLOCK", Spec::Emv },
    { 0xA8, "GET PROCESSING OPTIONS", Spec::Emv },
    { 0xAE, "GENERATE APPLICATION CRYPTOGRAM", Spec::Emv },
};

// CLA FF: commands the reader answers itself. INS C2 is named by P2 before this is read.
constexpr Row pcscRows[] = {
    { 0x20, "VERIFY", Spec::Pcsc },
    { 0x82, "LOAD KEYS", Spec::Pcsc },
    { 0x86, "GENERAL AUTHENTICATE", Spec::Pcsc },
    { 0xB0, "READ BINARY", Spec::Pcsc },
    { 0xCA, "GET DATA", Spec::Pcsc },
    { 0xD6, "UPDATE BINARY", Spec::Pcsc },
};

CommandName fromRows(std::span<const Row> rows, std::uint8_t ins)
{
    CommandName result;
    for (const Row &row : rows) {
        if (row.ins != ins)
            continue;
        if (!result.isKnown()) {
            result.name = QString::fromLatin1(row.name);
            result.standard = specName(row.spec);
        } else {
            result.alternatives.append({ QString::fromLatin1(row.name), specName(row.spec) });
        }
    }
    return result;
}

// P1/P2 codings that change what the command does.
QString interindustryDetail(std::uint8_t ins, std::uint8_t p1, std::uint8_t p2)
{
    switch (ins) {
    case 0xA4:
        switch (p1) {
        case 0x00:
            return QStringLiteral("by file identifier");
        case 0x01:
            return QStringLiteral("child DF");
        case 0x02:
            return QStringLiteral("EF under the current DF");
        case 0x03:
            return QStringLiteral("parent DF");
        case 0x04:
            return QStringLiteral("by DF name");
        case 0x08:
            return QStringLiteral("by path from the MF");
        case 0x09:
            return QStringLiteral("by path from the current DF");
        }
        return {};
    case 0x70:
        return p1 == 0x00 ? QStringLiteral("open") : p1 == 0x80 ? QStringLiteral("close") : QString();
    case 0x22:
        if ((p1 & 0x0F) == 0x01)
            return QStringLiteral("SET");
        return p1 == 0xF2 ? QStringLiteral("STORE")
            : p1 == 0xF3  ? QStringLiteral("RESTORE")
            : p1 == 0xF4  ? QStringLiteral("ERASE")
                          : QString();
    case 0x2A:
        switch (p1 << 8 | p2) {
        case 0x9E9A:
            return QStringLiteral("compute digital signature");
        case 0x8086:
            return QStringLiteral("decipher");
        case 0x8680:
            return QStringLiteral("encipher");
        case 0x9080:
            return QStringLiteral("hash");
        case 0x8E80:
            return QStringLiteral("compute cryptographic checksum");
        case 0x00A2:
            return QStringLiteral("verify cryptographic checksum");
        case 0x00A8:
            return QStringLiteral("verify digital signature");
        case 0x00AE:
            return QStringLiteral("verify certificate");
        }
        return {};
    }
    return {};
}

QString globalPlatformDetail(std::uint8_t ins, std::uint8_t p1, std::uint8_t p2)
{
    switch (ins) {
    case 0xE6: {
        QStringList purposes;
        const std::pair<std::uint8_t, const char *> bits[] = { { 0x02, "for load" }, { 0x04, "for install" },
            { 0x08, "for make selectable" }, { 0x10, "for extradition" }, { 0x20, "for personalization" },
            { 0x40, "for registry update" } };
        for (const auto &[bit, text] : bits) {
            if (p1 & bit)
                purposes << QString::fromLatin1(text);
        }
        return purposes.join(QStringLiteral(", "));
    }
    case 0xF2:
        return p1 == 0x80 ? QStringLiteral("issuer security domain")
            : p1 == 0x40  ? QStringLiteral("applications and security domains")
            : p1 == 0x20  ? QStringLiteral("executable load files")
            : p1 == 0x10  ? QStringLiteral("executable load files and modules")
                          : QString();
    case 0xF0:
        return p1 == 0x80 ? QStringLiteral("issuer security domain")
            : p1 == 0x40  ? QStringLiteral("application or security domain")
            : p1 == 0x60  ? QStringLiteral("security domain and its applications")
                          : QString();
    case 0xE4:
        return p2 == 0x80 ? QStringLiteral("object and related objects") : QString();
    case 0xE8:
        return p1 & 0x80 ? QStringLiteral("last block") : QStringLiteral("more blocks follow");
    }
    return {};
}

CommandName proprietaryName(std::uint8_t ins, std::uint8_t p1, std::uint8_t p2)
{
    // STATUS (ETSI: P1 00, 01, 02) and GET STATUS (GlobalPlatform: P1 80, 40, 20, 10).
    if (ins == 0xF2 && p1 <= 0x02)
        return { QStringLiteral("STATUS"), {}, specName(Spec::Etsi), {} };
    if (ins == 0xF2)
        return { QStringLiteral("GET STATUS"), globalPlatformDetail(ins, p1, p2), specName(Spec::Gp), {} };
    CommandName name = fromRows(proprietaryRows, ins);
    if (name.standard == specName(Spec::Gp))
        name.detail = globalPlatformDetail(ins, p1, p2);
    return name;
}

CommandName pcscName(std::uint8_t ins, std::uint8_t p1, std::uint8_t p2)
{
    if (ins == 0xC2) {
        const char *names[] = { "MANAGE SESSION", "TRANSPARENT EXCHANGE", "SWITCH PROTOCOL" };
        if (p1 == 0x00 && p2 <= 0x02)
            return { QString::fromLatin1(names[p2]), {}, specName(Spec::Pcsc), {} };
        return {};
    }
    CommandName name = fromRows(pcscRows, ins);
    if (ins == 0xCA)
        name.detail = p1 == 0x00 ? QStringLiteral("UID")
            : p1 == 0x01         ? QStringLiteral("historical bytes")
                                 : QString();
    return name;
}

} // namespace

QString CommandName::toString() const
{
    if (!isKnown())
        return QStringLiteral("unknown command");
    const QString withDetail = detail.isEmpty() ? name : name + QStringLiteral(" (") + detail + u')';
    return withDetail + QStringLiteral(" [") + standard + u']';
}

CommandName CommandNames::name(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1, std::uint8_t p2)
{
    if (cla == 0xFF)
        return pcscName(ins, p1, p2);
    if (cla == 0xA0)
        return fromRows(simRows, ins);
    if (cla & 0x80)
        return proprietaryName(ins, p1, p2);
    CommandName name = fromRows(interindustryRows, ins);
    name.detail = interindustryDetail(ins, p1, p2);
    return name;
}

CommandName CommandNames::name(const Bytes &apdu)
{
    if (apdu.size() < 2)
        return {};
    return name(apdu[0], apdu[1], apdu.size() > 2 ? apdu[2] : 0, apdu.size() > 3 ? apdu[3] : 0);
}

QString CommandNames::classDescription(std::uint8_t cla)
{
    if (cla == 0xFF)
        return QStringLiteral("reserved for PPS; PC/SC readers take it for their own commands");
    if (cla == 0xA0)
        return QStringLiteral("GSM SIM (3GPP TS 51.011)");
    if (cla & 0x80)
        return QStringLiteral("proprietary");
    if ((cla & 0xE0) == 0x20)
        return QStringLiteral("interindustry, reserved for future use");
    QStringList parts { QStringLiteral("interindustry") };
    const bool further = cla & 0x40;
    const int channel = further ? 4 + (cla & 0x0F) : (cla & 0x03);
    parts << QStringLiteral("logical channel %1").arg(channel);
    if (cla & 0x10)
        parts << QStringLiteral("command chaining");
    const int sm = further ? ((cla & 0x20) ? 2 : 0) : (cla >> 2) & 0x03;
    if (sm == 1)
        parts << QStringLiteral("proprietary secure messaging");
    else if (sm == 2)
        parts << QStringLiteral("secure messaging, header not authenticated");
    else if (sm == 3)
        parts << QStringLiteral("secure messaging, header authenticated");
    return parts.join(QStringLiteral(", "));
}

} // namespace smartcard
