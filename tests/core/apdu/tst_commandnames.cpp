#include "apdu/commandnames.h"
#include "testhex.h"

#include <QTest>

using namespace smartcard;
using cardscope::testing::hex;

namespace {

const QString iso4 = QStringLiteral("ISO/IEC 7816-4");
const QString iso8 = QStringLiteral("ISO/IEC 7816-8");
const QString iso9 = QStringLiteral("ISO/IEC 7816-9");
const QString gsm = QStringLiteral("3GPP TS 51.011 (GSM 11.11)");
const QString etsi = QStringLiteral("ETSI TS 102 221");
const QString gp = QStringLiteral("GlobalPlatform Card Specification");
const QString emv = QStringLiteral("EMV Book 3");
const QString pcsc = QStringLiteral("PC/SC part 3");

} // namespace

class TestCommandNames : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void alternatives_data();
    void alternatives();
    void unknown_data();
    void unknown();
    void toStringForms();
    void classDescription_data();
    void classDescription();
};

void TestCommandNames::names_data()
{
    QTest::addColumn<QString>("header"); // CLA INS P1 P2 (more bytes allowed)
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("standard");

    // ISO/IEC 7816-4, -8, -9 in the interindustry class, on any channel, with SM or chaining.
    QTest::newRow("SELECT by DF name") << "00 A4 04 00"
                                       << "SELECT"
                                       << "by DF name" << iso4;
    QTest::newRow("SELECT by file id") << "00 A4 00 0C"
                                       << "SELECT"
                                       << "by file identifier" << iso4;
    QTest::newRow("SELECT child DF") << "00 A4 01 0C"
                                     << "SELECT"
                                     << "child DF" << iso4;
    QTest::newRow("SELECT EF under current DF") << "00 A4 02 0C"
                                                << "SELECT"
                                                << "EF under the current DF" << iso4;
    QTest::newRow("SELECT parent") << "00 A4 03 0C"
                                   << "SELECT"
                                   << "parent DF" << iso4;
    QTest::newRow("SELECT path from MF") << "00 A4 08 04"
                                         << "SELECT"
                                         << "by path from the MF" << iso4;
    QTest::newRow("SELECT path from current DF") << "00 A4 09 04"
                                                 << "SELECT"
                                                 << "by path from the current DF" << iso4;
    QTest::newRow("SELECT, unknown P1") << "00 A4 77 00"
                                        << "SELECT"
                                        << "" << iso4;
    QTest::newRow("SELECT on channel 1") << "01 A4 04 00"
                                         << "SELECT"
                                         << "by DF name" << iso4;
    QTest::newRow("SELECT on channel 5") << "41 A4 04 00"
                                         << "SELECT"
                                         << "by DF name" << iso4;
    QTest::newRow("READ BINARY with SM") << "0C B0 00 00"
                                         << "READ BINARY"
                                         << "" << iso4;
    QTest::newRow("READ BINARY odd") << "00 B1 00 00"
                                     << "READ BINARY"
                                     << "" << iso4;
    QTest::newRow("READ RECORD") << "00 B2 01 04"
                                 << "READ RECORD(S)"
                                 << "" << iso4;
    QTest::newRow("UPDATE BINARY") << "00 D6 00 00"
                                   << "UPDATE BINARY"
                                   << "" << iso4;
    QTest::newRow("UPDATE RECORD") << "00 DC 01 04"
                                   << "UPDATE RECORD"
                                   << "" << iso4;
    QTest::newRow("WRITE BINARY") << "00 D0 00 00"
                                  << "WRITE BINARY"
                                  << "" << iso4;
    QTest::newRow("WRITE RECORD") << "00 D2 01 04"
                                  << "WRITE RECORD"
                                  << "" << iso4;
    QTest::newRow("APPEND RECORD") << "00 E2 00 00"
                                   << "APPEND RECORD"
                                   << "" << iso4;
    QTest::newRow("ERASE BINARY") << "00 0E 00 00"
                                  << "ERASE BINARY"
                                  << "" << iso4;
    QTest::newRow("ERASE RECORD") << "00 0C 01 04"
                                  << "ERASE RECORD(S)"
                                  << "" << iso4;
    QTest::newRow("SEARCH BINARY") << "00 A0 00 00"
                                   << "SEARCH BINARY"
                                   << "" << iso4;
    QTest::newRow("SEARCH RECORD") << "00 A2 01 04"
                                   << "SEARCH RECORD"
                                   << "" << iso4;
    QTest::newRow("VERIFY") << "00 20 00 81"
                            << "VERIFY"
                            << "" << iso4;
    QTest::newRow("CHANGE REFERENCE DATA") << "00 24 00 81"
                                           << "CHANGE REFERENCE DATA"
                                           << "" << iso4;
    QTest::newRow("DISABLE VERIFICATION REQUIREMENT") << "00 26 00 81"
                                                      << "DISABLE VERIFICATION REQUIREMENT"
                                                      << "" << iso4;
    QTest::newRow("ENABLE VERIFICATION REQUIREMENT") << "00 28 00 81"
                                                     << "ENABLE VERIFICATION REQUIREMENT"
                                                     << "" << iso4;
    QTest::newRow("RESET RETRY COUNTER") << "00 2C 00 81"
                                         << "RESET RETRY COUNTER"
                                         << "" << iso4;
    QTest::newRow("MSE SET") << "00 22 41 B6"
                             << "MANAGE SECURITY ENVIRONMENT"
                             << "SET" << iso4;
    QTest::newRow("MSE RESTORE") << "00 22 F3 01"
                                 << "MANAGE SECURITY ENVIRONMENT"
                                 << "RESTORE" << iso4;
    QTest::newRow("GET CHALLENGE") << "00 84 00 00"
                                   << "GET CHALLENGE"
                                   << "" << iso4;
    QTest::newRow("EXTERNAL AUTHENTICATE") << "00 82 00 00"
                                           << "EXTERNAL AUTHENTICATE"
                                           << "" << iso4;
    QTest::newRow("GENERAL AUTHENTICATE") << "00 87 07 9B"
                                          << "GENERAL AUTHENTICATE"
                                          << "" << iso4;
    QTest::newRow("GET RESPONSE") << "00 C0 00 00"
                                  << "GET RESPONSE"
                                  << "" << iso4;
    QTest::newRow("ENVELOPE") << "00 C2 00 00"
                              << "ENVELOPE"
                              << "" << iso4;
    QTest::newRow("GET DATA") << "00 CA 9F 7F"
                              << "GET DATA"
                              << "" << iso4;
    QTest::newRow("GET DATA odd") << "00 CB 3F FF"
                                  << "GET DATA"
                                  << "" << iso4;
    QTest::newRow("PUT DATA") << "00 DA 00 66"
                              << "PUT DATA"
                              << "" << iso4;
    QTest::newRow("MANAGE CHANNEL open") << "00 70 00 00"
                                         << "MANAGE CHANNEL"
                                         << "open" << iso4;
    QTest::newRow("MANAGE CHANNEL close") << "00 70 80 01"
                                          << "MANAGE CHANNEL"
                                          << "close" << iso4;
    QTest::newRow("PSO compute signature") << "00 2A 9E 9A"
                                           << "PERFORM SECURITY OPERATION"
                                           << "compute digital signature" << iso8;
    QTest::newRow("PSO decipher") << "00 2A 80 86"
                                  << "PERFORM SECURITY OPERATION"
                                  << "decipher" << iso8;
    QTest::newRow("PSO hash") << "00 2A 90 80"
                              << "PERFORM SECURITY OPERATION"
                              << "hash" << iso8;
    QTest::newRow("GENERATE ASYMMETRIC KEY PAIR") << "00 47 00 00"
                                                  << "GENERATE ASYMMETRIC KEY PAIR"
                                                  << "" << iso8;
    QTest::newRow("CREATE FILE") << "00 E0 00 00"
                                 << "CREATE FILE"
                                 << "" << iso9;
    QTest::newRow("DELETE FILE") << "00 E4 00 00"
                                 << "DELETE FILE"
                                 << "" << iso9;
    QTest::newRow("ACTIVATE FILE") << "00 44 00 00"
                                   << "ACTIVATE FILE"
                                   << "" << iso9;
    QTest::newRow("DEACTIVATE FILE") << "00 04 00 00"
                                     << "DEACTIVATE FILE"
                                     << "" << iso9;
    QTest::newRow("TERMINATE DF") << "00 E6 00 00"
                                  << "TERMINATE DF"
                                  << "" << iso9;
    QTest::newRow("TERMINATE EF") << "00 E8 00 00"
                                  << "TERMINATE EF"
                                  << "" << iso9;
    QTest::newRow("TERMINATE CARD USAGE") << "00 FE 00 00"
                                          << "TERMINATE CARD USAGE"
                                          << "" << iso9;
    // ETSI TS 102 221 commands of the interindustry class.
    QTest::newRow("MANAGE SECURE CHANNEL") << "00 73 00 00"
                                           << "MANAGE SECURE CHANNEL"
                                           << "" << etsi;
    QTest::newRow("TRANSACT DATA") << "00 75 00 00"
                                   << "TRANSACT DATA"
                                   << "" << etsi;

    // GlobalPlatform in the proprietary class (80, 84 with C-MAC, E0+ on further channels).
    QTest::newRow("GP INSTALL for install and make selectable") << "80 E6 0C 00"
                                                                << "INSTALL"
                                                                << "for install, for make selectable" << gp;
    QTest::newRow("GP INSTALL for load") << "84 E6 02 00"
                                         << "INSTALL"
                                         << "for load" << gp;
    QTest::newRow("GP INSTALL for personalization") << "80 E6 20 00"
                                                    << "INSTALL"
                                                    << "for personalization" << gp;
    QTest::newRow("GP LOAD more") << "80 E8 00 00"
                                  << "LOAD"
                                  << "more blocks follow" << gp;
    QTest::newRow("GP LOAD last") << "80 E8 80 01"
                                  << "LOAD"
                                  << "last block" << gp;
    QTest::newRow("GP DELETE") << "80 E4 00 00"
                               << "DELETE"
                               << "" << gp;
    QTest::newRow("GP DELETE related") << "80 E4 00 80"
                                       << "DELETE"
                                       << "object and related objects" << gp;
    QTest::newRow("GP GET STATUS ISD") << "80 F2 80 00"
                                       << "GET STATUS"
                                       << "issuer security domain" << gp;
    QTest::newRow("GP GET STATUS apps") << "80 F2 40 02"
                                        << "GET STATUS"
                                        << "applications and security domains" << gp;
    QTest::newRow("GP GET STATUS load files") << "84 F2 20 02"
                                              << "GET STATUS"
                                              << "executable load files" << gp;
    QTest::newRow("GP SET STATUS") << "80 F0 40 07"
                                   << "SET STATUS"
                                   << "application or security domain" << gp;
    QTest::newRow("GP INITIALIZE UPDATE") << "80 50 00 00"
                                          << "INITIALIZE UPDATE"
                                          << "" << gp;
    QTest::newRow("GP EXTERNAL AUTHENTICATE") << "84 82 01 00"
                                              << "EXTERNAL AUTHENTICATE"
                                              << "" << gp;
    QTest::newRow("GP PUT KEY") << "80 D8 00 81"
                                << "PUT KEY"
                                << "" << gp;
    QTest::newRow("GP STORE DATA") << "80 E2 80 00"
                                   << "STORE DATA"
                                   << "" << gp;
    QTest::newRow("GP GET DATA") << "80 CA 00 66"
                                 << "GET DATA"
                                 << "" << gp;
    QTest::newRow("GP on channel 4") << "E0 E6 0C 00"
                                     << "INSTALL"
                                     << "for install, for make selectable" << gp;

    // ETSI TS 102 221 (UICC) where GlobalPlatform names nothing, and STATUS by its P1.
    QTest::newRow("UICC STATUS") << "80 F2 00 0C"
                                 << "STATUS"
                                 << "" << etsi;
    QTest::newRow("UICC STATUS app initialized") << "80 F2 01 00"
                                                 << "STATUS"
                                                 << "" << etsi;
    QTest::newRow("UICC STATUS on channel 4") << "C0 F2 02 0C"
                                              << "STATUS"
                                              << "" << etsi;
    QTest::newRow("UICC TERMINAL PROFILE") << "80 10 00 00"
                                           << "TERMINAL PROFILE"
                                           << "" << etsi;
    QTest::newRow("UICC ENVELOPE") << "80 C2 00 00"
                                   << "ENVELOPE"
                                   << "" << etsi;
    QTest::newRow("UICC FETCH") << "80 12 00 00"
                                << "FETCH"
                                << "" << etsi;
    QTest::newRow("UICC TERMINAL RESPONSE") << "80 14 00 00"
                                            << "TERMINAL RESPONSE"
                                            << "" << etsi;
    QTest::newRow("UICC INCREASE") << "80 32 00 00"
                                   << "INCREASE"
                                   << "" << etsi;
    QTest::newRow("UICC SET DATA") << "80 DB 00 00"
                                   << "SET DATA"
                                   << "" << etsi;
    QTest::newRow("UICC TERMINAL CAPABILITY") << "80 AA 00 00"
                                              << "TERMINAL CAPABILITY"
                                              << "" << etsi;
    QTest::newRow("UICC SUSPEND") << "80 76 00 00"
                                  << "SUSPEND UICC"
                                  << "" << etsi;
    // EMV in the proprietary class.
    QTest::newRow("EMV GET PROCESSING OPTIONS") << "80 A8 00 00"
                                                << "GET PROCESSING OPTIONS"
                                                << "" << emv;
    QTest::newRow("EMV GENERATE AC") << "80 AE 80 00"
                                     << "GENERATE APPLICATION CRYPTOGRAM"
                                     << "" << emv;
    QTest::newRow("EMV PIN CHANGE") << "84 24 00 00"
                                    << "PIN CHANGE/UNBLOCK"
                                    << "" << emv;

    // The GSM SIM: CLA A0.
    QTest::newRow("SIM SELECT") << "A0 A4 00 00 02 3F 00"
                                << "SELECT"
                                << "" << gsm;
    QTest::newRow("SIM GET RESPONSE") << "A0 C0 00 00 17"
                                      << "GET RESPONSE"
                                      << "" << gsm;
    QTest::newRow("SIM STATUS") << "A0 F2 00 00"
                                << "STATUS"
                                << "" << gsm;
    QTest::newRow("SIM READ BINARY") << "A0 B0 00 00"
                                     << "READ BINARY"
                                     << "" << gsm;
    QTest::newRow("SIM READ RECORD") << "A0 B2 01 04"
                                     << "READ RECORD"
                                     << "" << gsm;
    QTest::newRow("SIM SEEK") << "A0 A2 00 00"
                              << "SEEK"
                              << "" << gsm;
    QTest::newRow("SIM VERIFY CHV") << "A0 20 00 01"
                                    << "VERIFY CHV"
                                    << "" << gsm;
    QTest::newRow("SIM CHANGE CHV") << "A0 24 00 01"
                                    << "CHANGE CHV"
                                    << "" << gsm;
    QTest::newRow("SIM UNBLOCK CHV") << "A0 2C 00 00"
                                     << "UNBLOCK CHV"
                                     << "" << gsm;
    QTest::newRow("SIM RUN GSM ALGORITHM") << "A0 88 00 00"
                                           << "RUN GSM ALGORITHM"
                                           << "" << gsm;
    QTest::newRow("SIM INVALIDATE") << "A0 04 00 00"
                                    << "INVALIDATE"
                                    << "" << gsm;
    QTest::newRow("SIM REHABILITATE") << "A0 44 00 00"
                                      << "REHABILITATE"
                                      << "" << gsm;
    QTest::newRow("SIM SLEEP") << "A0 FA 00 00"
                               << "SLEEP"
                               << "" << gsm;
    QTest::newRow("SIM TERMINAL PROFILE") << "A0 10 00 00"
                                          << "TERMINAL PROFILE"
                                          << "" << gsm;
    QTest::newRow("SIM ENVELOPE") << "A0 C2 00 00"
                                  << "ENVELOPE"
                                  << "" << gsm;
    QTest::newRow("SIM FETCH") << "A0 12 00 00"
                               << "FETCH"
                               << "" << gsm;
    QTest::newRow("SIM TERMINAL RESPONSE") << "A0 14 00 00"
                                           << "TERMINAL RESPONSE"
                                           << "" << gsm;

    // PC/SC part 3 pseudo-APDUs: CLA FF.
    QTest::newRow("PC/SC GET DATA UID") << "FF CA 00 00 00"
                                        << "GET DATA"
                                        << "UID" << pcsc;
    QTest::newRow("PC/SC GET DATA historical bytes") << "FF CA 01 00 00"
                                                     << "GET DATA"
                                                     << "historical bytes" << pcsc;
    QTest::newRow("PC/SC LOAD KEYS") << "FF 82 00 00 06"
                                     << "LOAD KEYS"
                                     << "" << pcsc;
    QTest::newRow("PC/SC GENERAL AUTHENTICATE") << "FF 86 00 00 05"
                                                << "GENERAL AUTHENTICATE"
                                                << "" << pcsc;
    QTest::newRow("PC/SC VERIFY") << "FF 20 00 00"
                                  << "VERIFY"
                                  << "" << pcsc;
    QTest::newRow("PC/SC READ BINARY") << "FF B0 00 04 10"
                                       << "READ BINARY"
                                       << "" << pcsc;
    QTest::newRow("PC/SC UPDATE BINARY") << "FF D6 00 04 04"
                                         << "UPDATE BINARY"
                                         << "" << pcsc;
    QTest::newRow("PC/SC MANAGE SESSION") << "FF C2 00 00"
                                          << "MANAGE SESSION"
                                          << "" << pcsc;
    QTest::newRow("PC/SC TRANSPARENT EXCHANGE") << "FF C2 00 01"
                                                << "TRANSPARENT EXCHANGE"
                                                << "" << pcsc;
    QTest::newRow("PC/SC SWITCH PROTOCOL") << "FF C2 00 02"
                                           << "SWITCH PROTOCOL"
                                           << "" << pcsc;
    // Only CLA and INS.
    QTest::newRow("two bytes") << "00 A4"
                               << "SELECT"
                               << "by file identifier" << iso4;
}

void TestCommandNames::names()
{
    QFETCH(QString, header);
    QFETCH(QString, name);
    QFETCH(QString, detail);
    QFETCH(QString, standard);
    const Bytes apdu = hex(header);
    const CommandName result = CommandNames::name(apdu);
    QVERIFY(result.isKnown());
    QCOMPARE(result.name, name);
    QCOMPARE(result.detail, detail);
    QCOMPARE(result.standard, standard);
    QCOMPARE(commandName(apdu).name, name);
    if (apdu.size() >= 4)
        QCOMPARE(CommandNames::name(apdu[0], apdu[1], apdu[2], apdu[3]).detail, detail);
}

void TestCommandNames::alternatives_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("alternative");
    QTest::addColumn<QString>("alternativeStandard");

    QTest::newRow("INTERNAL AUTHENTICATE or UICC AUTHENTICATE") << "00 88 00 81"
                                                                << "INTERNAL AUTHENTICATE"
                                                                << "AUTHENTICATE" << etsi;
    QTest::newRow("GP GET DATA or UICC RETRIEVE DATA") << "80 CB 00 00"
                                                       << "GET DATA"
                                                       << "RETRIEVE DATA" << etsi;
    QTest::newRow("END R-MAC or GET IDENTITY") << "80 78 00 00"
                                               << "END R-MAC SESSION"
                                               << "GET IDENTITY" << etsi;
    QTest::newRow("BEGIN R-MAC or EXCHANGE CAPABILITIES") << "80 7A 00 00"
                                                          << "BEGIN R-MAC SESSION"
                                                          << "EXCHANGE CAPABILITIES" << etsi;
}

void TestCommandNames::alternatives()
{
    QFETCH(QString, header);
    QFETCH(QString, name);
    QFETCH(QString, alternative);
    QFETCH(QString, alternativeStandard);
    const CommandName result = CommandNames::name(hex(header));
    QCOMPARE(result.name, name);
    QCOMPARE(result.alternatives, (QList<CommandName::Reading> { { alternative, alternativeStandard } }));
}

void TestCommandNames::unknown_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("empty") << "";
    QTest::newRow("one byte") << "00";
    QTest::newRow("unknown interindustry INS") << "00 EE 00 00";
    QTest::newRow("the emulated card's ECHO") << "80 EE 00 00";
    QTest::newRow("SIM: INS only ISO defines") << "A0 CA 00 00";
    QTest::newRow("PC/SC: unknown INS") << "FF 00 00 00";
    QTest::newRow("PC/SC: C2 with another P2") << "FF C2 00 03";
}

void TestCommandNames::unknown()
{
    QFETCH(QString, header);
    const CommandName result = CommandNames::name(hex(header));
    QVERIFY(!result.isKnown());
    QVERIFY(result.standard.isEmpty());
    QVERIFY(result.alternatives.isEmpty());
    QCOMPARE(result.toString(), QStringLiteral("unknown command"));
}

void TestCommandNames::toStringForms()
{
    QCOMPARE(CommandNames::name(hex("00 A4 04 00")).toString(),
        QStringLiteral("SELECT (by DF name) [ISO/IEC 7816-4]"));
    QCOMPARE(
        CommandNames::name(hex("00 84 00 00")).toString(), QStringLiteral("GET CHALLENGE [ISO/IEC 7816-4]"));
}

void TestCommandNames::classDescription_data()
{
    QTest::addColumn<int>("cla");
    QTest::addColumn<QString>("description");

    QTest::newRow("00") << 0x00 << "interindustry, logical channel 0";
    QTest::newRow("03") << 0x03 << "interindustry, logical channel 3";
    QTest::newRow("0C") << 0x0C << "interindustry, logical channel 0, secure messaging, header authenticated";
    QTest::newRow("08") << 0x08
                        << "interindustry, logical channel 0, secure messaging, header not authenticated";
    QTest::newRow("04") << 0x04 << "interindustry, logical channel 0, proprietary secure messaging";
    QTest::newRow("10") << 0x10 << "interindustry, logical channel 0, command chaining";
    QTest::newRow("40") << 0x40 << "interindustry, logical channel 4";
    QTest::newRow("7F")
        << 0x7F
        << "interindustry, logical channel 19, command chaining, secure messaging, header not "
           "authenticated";
    QTest::newRow("20") << 0x20 << "interindustry, reserved for future use";
    QTest::newRow("80") << 0x80 << "proprietary";
    QTest::newRow("A0") << 0xA0 << "GSM SIM (3GPP TS 51.011)";
    QTest::newRow("FF") << 0xFF << "reserved for PPS; PC/SC readers take it for their own commands";
}

void TestCommandNames::classDescription()
{
    QFETCH(int, cla);
    QFETCH(QString, description);
    QCOMPARE(CommandNames::classDescription(std::uint8_t(cla)), description);
}

QTEST_GUILESS_MAIN(TestCommandNames)
#include "tst_commandnames.moc"
