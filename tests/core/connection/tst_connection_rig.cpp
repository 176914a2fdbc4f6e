// CardConnection / PCSCCardConnection against the real pcscd with vpcd readers and the
// emulated card: connecting (protocols, share modes), reconnect and disconnect dispositions,
// release, ATR, protocols, exact bytes on both profiles, and the GET RESPONSE / Le helpers.
// The rig is made in initTestCase, before any PC/SC call (pcsc-lite reads PCSCLITE_CSOCK_NAME
// once per process).
#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "pcscrig.h"
#include "rigtesthelpers.h"

#include <QTest>

using namespace smartcard;
using namespace rigtest;
using cardscope::testing::PcscRig;
using pcsc::ReturnCode;

namespace {

constexpr int t1Slot = 0;
constexpr int t0Slot = 1;
constexpr int emptySlot = 3;

constexpr std::uint32_t T0 = CardConnection::T0_protocol;
constexpr std::uint32_t T1 = CardConnection::T1_protocol;

// The emulated card's volatile state: the current file (DF 5000, EF 5001) and the verified PIN.
const Bytes selectDf = hex("00 A4 00 0C 02 50 00");
const Bytes selectEf = hex("00 A4 00 0C 02 50 01");
const Bytes verifyPin = hex("00 20 00 81 08 31 32 33 34 FF FF FF FF");
const Bytes pinStatus = hex("00 20 00 81"); // 90 00 when verified, 63 Cx when not
const Bytes readFour = hex("00 B0 00 00 04"); // 6986 without a current EF

} // namespace

Q_DECLARE_METATYPE(smartcard::pcsc::Disposition)

class TestConnectionRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectProtocols_data();
    void connectProtocols();
    void connectShareModes_data();
    void connectShareModes();
    void directModeWithoutCardCannotTransmit();
    void reconnectDispositions_data();
    void reconnectDispositions();
    void reconnectDefaultsToReset();
    void disconnectLeavesTheCardByDefault();
    void disconnectWithChosenDisposition();
    void disconnectThenUse();
    void releaseThenUse();
    void getAtr_data();
    void getAtr();
    void protocolGetSet();
    void transmitExactBytes_data();
    void transmitExactBytes();
    void t0RawAnswersWithHelpersOff();
    void autoGetResponseChains512Bytes();
    void autoGetResponseOnSelect();
    void autoLeCorrection();
    void helpersAddNothingOnT1();

private:
    std::unique_ptr<PCSCCardConnection> connected(int slot, std::uint32_t protocol = T0 | T1);
    void resetCard(int slot);

    std::unique_ptr<PcscRig> m_rig;
};

void TestConnectionRig::initTestCase()
{
    m_rig = std::make_unique<PcscRig>(cardscope::testing::RigOptions { 2 });
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY2(m_rig->insertT1AndT0Cards(t1Slot, t0Slot), qPrintable(m_rig->errorString()));
}

std::unique_ptr<PCSCCardConnection> TestConnectionRig::connected(int slot, std::uint32_t protocol)
{
    auto connection = std::make_unique<PCSCCardConnection>(m_rig->readerName(slot));
    connection->connect(protocol);
    return connection;
}

// A known start: no PIN verified, no current file.
void TestConnectionRig::resetCard(int slot)
{
    auto connection = connected(slot);
    connection->reconnect({}, {}, pcsc::Disposition::ResetCard);
}

void TestConnectionRig::connectProtocols_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<quint32>("protocol");
    QTest::addColumn<quint32>("active"); // 0: SCARD_E_PROTO_MISMATCH
    QTest::newRow("T=1 card, T1") << t1Slot << T1 << T1;
    QTest::newRow("T=1 card, T0|T1") << t1Slot << (T0 | T1) << T1;
    QTest::newRow("T=1 card, T0") << t1Slot << T0 << 0u;
    QTest::newRow("T=0 card, T0") << t0Slot << T0 << T0;
    QTest::newRow("T=0 card, T0|T1") << t0Slot << (T0 | T1) << T0;
    QTest::newRow("T=0 card, T1") << t0Slot << T1 << 0u;
}

void TestConnectionRig::connectProtocols()
{
    QFETCH(int, slot);
    QFETCH(quint32, protocol);
    QFETCH(quint32, active);
    PCSCCardConnection connection(m_rig->readerName(slot));
    if (active == 0) {
        try {
            connection.connect(protocol);
            QFAIL("connected with a protocol the card does not offer");
        } catch (const CardConnectionException &e) {
            QCOMPARE(e.hresult(), std::optional(ReturnCode::E_ProtoMismatch));
            QVERIFY2(e.message().startsWith("Unable to connect with protocol: T"), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(CardConnectionException, connection.transmit(readFour));
        return;
    }
    connection.connect(protocol);
    QCOMPARE(connection.getProtocol(), active);
    QCOMPARE(connection.activePcscProtocol(), CardConnection::toPcscProtocolMask(active));
    QCOMPARE(connection.transmit(hex("00 A4 00 0C 02 3F 00")).sw(), 0x9000);
}

void TestConnectionRig::connectShareModes_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<int>("mode");
    QTest::newRow("T=1, shared") << t1Slot << int(pcsc::ShareMode::Shared);
    QTest::newRow("T=1, exclusive") << t1Slot << int(pcsc::ShareMode::Exclusive);
    QTest::newRow("T=0, shared") << t0Slot << int(pcsc::ShareMode::Shared);
    QTest::newRow("T=0, exclusive") << t0Slot << int(pcsc::ShareMode::Exclusive);
}

void TestConnectionRig::connectShareModes()
{
    QFETCH(int, slot);
    QFETCH(int, mode);
    PCSCCardConnection connection(m_rig->readerName(slot));
    connection.connect({}, pcsc::ShareMode(mode));
    QCOMPARE(connection.transmit(hex("00 A4 00 0C 02 3F 00")).sw(), 0x9000);
    connection.disconnect();

    // Direct mode with a card: connects, with no protocol asked for.
    PCSCCardConnection direct(m_rig->readerName(slot));
    direct.connect(0, pcsc::ShareMode::Direct);
    QCOMPARE(direct.getATR().empty(), false);
}

// A direct connection to an empty slot has no protocol: transmit fails, clearly, before PC/SC.
void TestConnectionRig::directModeWithoutCardCannotTransmit()
{
    PCSCCardConnection connection(m_rig->readerName(emptySlot));
    connection.connect(0, pcsc::ShareMode::Direct);
    QCOMPARE(connection.getProtocol(), 0u);
    try {
        connection.transmit(readFour);
        QFAIL("transmitted without a protocol");
    } catch (const CardConnectionException &e) {
        QCOMPARE(e.message(),
            QStringLiteral("Invalid protocol in transmit: none; must be T0, T1 or RAW (a direct connection "
                           "without protocol cannot transmit)"));
        QVERIFY(!e.hresult());
    }
    // A connection that is not direct needs a card.
    PCSCCardConnection shared(m_rig->readerName(emptySlot));
    QVERIFY_THROWS_EXCEPTION(NoCardException, shared.connect());
}

void TestConnectionRig::reconnectDispositions_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<pcsc::Disposition>("disposition");
    QTest::addColumn<bool>("stateKept");
    for (int slot : { t1Slot, t0Slot }) {
        const QByteArray profile = slot == t1Slot ? "T=1" : "T=0";
        QTest::newRow(profile + ", leave") << slot << pcsc::Disposition::LeaveCard << true;
        QTest::newRow(profile + ", reset") << slot << pcsc::Disposition::ResetCard << false;
        QTest::newRow(profile + ", unpower") << slot << pcsc::Disposition::UnpowerCard << false;
    }
}

void TestConnectionRig::reconnectDispositions()
{
    QFETCH(int, slot);
    QFETCH(pcsc::Disposition, disposition);
    QFETCH(bool, stateKept);
    resetCard(slot);
    auto connection = connected(slot);
    connection->setAutoGetResponse(true);
    QCOMPARE(connection->transmit(selectDf).sw(), 0x9000);
    QCOMPARE(connection->transmit(selectEf).sw(), 0x9000);
    QCOMPARE(connection->transmit(verifyPin).sw(), 0x9000);
    QCOMPARE(connection->transmit(pinStatus).sw(), 0x9000);

    Recorder recorder;
    connection->addObserver(&recorder);
    connection->reconnect({}, {}, disposition);
    QCOMPARE(recorder.lines, QStringList { "reconnect" });
    QCOMPARE(recorder.events.front().disposition, disposition);
    QCOMPARE(connection->getProtocol(), slot == t1Slot ? T1 : T0);

    const CardConnection::Response pin = connection->transmit(pinStatus);
    const CardConnection::Response read = connection->transmit(readFour);
    if (stateKept) {
        QCOMPARE(pin.sw(), 0x9000);
        QCOMPARE(read.data, hex("00 01 02 03"));
        QCOMPARE(read.sw(), 0x9000);
    } else {
        QCOMPARE(swText(pin), QStringLiteral("63C3"));
        QCOMPARE(swText(read), QStringLiteral("6986"));
    }
}

// pyscard's default for reconnect: a warm reset.
void TestConnectionRig::reconnectDefaultsToReset()
{
    auto connection = connected(t1Slot);
    QCOMPARE(connection->transmit(verifyPin).sw(), 0x9000);
    Recorder recorder;
    connection->addObserver(&recorder);
    connection->reconnect();
    QCOMPARE(recorder.events.front().disposition, pcsc::Disposition::ResetCard);
    QCOMPARE(swText(connection->transmit(pinStatus)), QStringLiteral("63C3"));
}

// CardScope's default (pyscard's code unpowers): a diagnosis tool leaves the card as it is.
void TestConnectionRig::disconnectLeavesTheCardByDefault()
{
    resetCard(t1Slot);
    {
        auto connection = connected(t1Slot);
        QCOMPARE(connection->transmit(verifyPin).sw(), 0x9000);
        connection->disconnect();
    }
    QVERIFY(m_rig->card(t1Slot)->status().contains("powered=1"));
    auto next = connected(t1Slot);
    QCOMPARE(next->transmit(pinStatus).sw(), 0x9000);
}

void TestConnectionRig::disconnectWithChosenDisposition()
{
    for (const pcsc::Disposition disposition :
        { pcsc::Disposition::ResetCard, pcsc::Disposition::UnpowerCard }) {
        resetCard(t1Slot);
        auto connection = std::make_unique<PCSCCardConnection>(m_rig->readerName(t1Slot));
        connection->connect({}, {}, disposition);
        QCOMPARE(connection->transmit(verifyPin).sw(), 0x9000);
        Recorder recorder;
        connection->addObserver(&recorder);
        connection->disconnect();
        QCOMPARE(recorder.events.front().disposition, disposition);
        auto next = connected(t1Slot);
        QCOMPARE(swText(next->transmit(pinStatus)), QStringLiteral("63C3"));
    }
    // A disposition given to disconnect() applies to that disconnect, over connect()'s.
    resetCard(t1Slot);
    auto connection = std::make_unique<PCSCCardConnection>(m_rig->readerName(t1Slot));
    connection->connect({}, {}, pcsc::Disposition::LeaveCard);
    QCOMPARE(connection->transmit(verifyPin).sw(), 0x9000);
    Recorder recorder;
    connection->addObserver(&recorder);
    connection->disconnect(pcsc::Disposition::ResetCard);
    QCOMPARE(recorder.events.front().disposition, pcsc::Disposition::ResetCard);
    QCOMPARE(swText(connected(t1Slot)->transmit(pinStatus)), QStringLiteral("63C3"));
}

void TestConnectionRig::disconnectThenUse()
{
    auto connection = connected(t0Slot);
    connection->disconnect();
    connection->disconnect(); // twice is harmless
    try {
        connection->transmit(readFour);
        QFAIL("transmitted after disconnect");
    } catch (const CardConnectionException &e) {
        QCOMPARE(e.message(), QStringLiteral("Card not connected: cannot transmit"));
    }
    QVERIFY_THROWS_EXCEPTION(CardConnectionException, connection->getATR());
    connection->connect(); // a disconnected connection may connect again
    QCOMPARE(connection->transmit(hex("00 A4 00 0C 02 3F 00")).sw(), 0x9000);
}

void TestConnectionRig::releaseThenUse()
{
    auto connection = connected(t1Slot);
    Recorder recorder;
    connection->addObserver(&recorder);
    connection->release();
    QCOMPARE(recorder.lines, QStringList { "release" });
    try {
        connection->transmit(readFour);
        QFAIL("transmitted after release");
    } catch (const CardConnectionException &e) {
        QCOMPARE(e.message(), QStringLiteral("The connection was released: cannot transmit"));
    }
    QVERIFY_THROWS_EXCEPTION(CardConnectionException, connection->getATR());
    try {
        connection->connect();
        QFAIL("connected after release");
    } catch (const CardConnectionException &e) {
        QCOMPARE(e.message(), QStringLiteral("The connection was released"));
    }
}

void TestConnectionRig::getAtr_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("atr");
    QTest::newRow("T=1") << t1Slot << "3B9E958131FE458031E052435373F2214083059000E5";
    QTest::newRow("T=0") << t0Slot << "3B1E958031E052435373F2210083059000";
}

void TestConnectionRig::getAtr()
{
    QFETCH(int, slot);
    QFETCH(QString, atr);
    QCOMPARE(packed(connected(slot)->getATR()), atr);
}

void TestConnectionRig::protocolGetSet()
{
    PCSCCardConnection connection(m_rig->readerName(t1Slot));
    QCOMPARE(connection.getProtocol(), T0 | T1); // pyscard's default before connecting
    connection.setProtocol(T1);
    connection.connect(); // connects with the protocol set
    QCOMPARE(connection.getProtocol(), T1);
    // A protocol given to transmit overrides the connection's; T=0 on a T=1 card fails.
    QCOMPARE(connection.transmit(hex("00 A4 00 0C 02 3F 00"), T1).sw(), 0x9000);
    try {
        connection.transmit(hex("00 A4 00 0C 02 3F 00"), T0);
        QFAIL("T=0 transmit on a T=1 connection");
    } catch (const CardConnectionException &e) {
        QVERIFY(e.hresult());
        QVERIFY2(e.message().startsWith("Failed to transmit with protocol T0"), qPrintable(e.message()));
    }
}

void TestConnectionRig::transmitExactBytes_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("sw");
    QTest::newRow("T=1 echo") << t1Slot << "80 EE 00 00 03 1A 2B 3C 00"
                              << "1A2B3C"
                              << "9000";
    QTest::newRow("T=1 pattern") << t1Slot << "80 EE 00 05 00"
                                 << "0001020304"
                                 << "9000";
    QTest::newRow("T=1 select MF") << t1Slot << "00 A4 00 0C 02 3F 00"
                                   << ""
                                   << "9000";
    QTest::newRow("T=1 missing file") << t1Slot << "00 A4 00 0C 02 12 34"
                                      << ""
                                      << "6A82";
    QTest::newRow("T=1 unknown INS") << t1Slot << "00 FE 00 00"
                                     << ""
                                     << "6D00";
    QTest::newRow("T=1 wrong CLA") << t1Slot << "FF A4 00 0C 02 3F 00"
                                   << ""
                                   << "6E00";
    QTest::newRow("T=1 extended echo") << t1Slot << "80 EE 00 00 00 00 02 AA BB 00 00"
                                       << "AABB"
                                       << "9000";
    QTest::newRow("T=0 pattern, exact Le") << t0Slot << "80 EE 00 05 05"
                                           << "0001020304"
                                           << "9000";
    QTest::newRow("T=0 select MF") << t0Slot << "00 A4 00 0C 02 3F 00"
                                   << ""
                                   << "9000";
    QTest::newRow("T=0 missing file") << t0Slot << "00 A4 00 0C 02 12 34"
                                      << ""
                                      << "6A82";
    QTest::newRow("T=0 extended refused") << t0Slot << "80 EE 00 00 00 00 02 AA BB 00 00"
                                          << ""
                                          << "6700";
}

void TestConnectionRig::transmitExactBytes()
{
    QFETCH(int, slot);
    QFETCH(QString, command);
    QFETCH(QString, data);
    QFETCH(QString, sw);
    const CardConnection::Response response = connected(slot)->transmit(HexParser::parse(command).bytes);
    QCOMPARE(packed(response.data), data);
    QCOMPARE(swText(response), sw);
}

void TestConnectionRig::t0RawAnswersWithHelpersOff()
{
    auto connection = connected(t0Slot);
    QVERIFY(!connection->autoGetResponse());
    QVERIFY(!connection->autoLeCorrection());
    const CardConnection::Response echo = connection->transmit(hex("80 EE 00 00 03 1A 2B 3C 00"));
    QCOMPARE(swText(echo), QStringLiteral("6103"));
    QVERIFY(echo.data.empty());
    const CardConnection::Response fetched = connection->transmit(hex("00 C0 00 00 03"));
    QCOMPARE(packed(fetched.data), QStringLiteral("1A2B3C"));
    QCOMPARE(swText(connection->transmit(hex("00 CA 9F 7F 00"))), QStringLiteral("6C2D"));
}

// ECHO without data, 512 bytes: the T=0 card gives them in two pieces of 256.
void TestConnectionRig::autoGetResponseChains512Bytes()
{
    auto connection = connected(t0Slot);
    connection->setAutoGetResponse(true);
    Recorder recorder;
    connection->addObserver(&recorder);
    const CardConnection::Response response = connection->transmit(hex("80 EE 02 00 00"));
    QCOMPARE(response.sw(), 0x9000);
    QCOMPARE(response.data.size(), std::size_t(512));
    for (std::size_t i = 0; i < response.data.size(); ++i)
        QCOMPARE(int(response.data[i]), int(i % 256));
    QCOMPARE(recorder.lines,
        (QStringList {
            "command 80EE020000", "response 6100", "command 00C0000000 (for 1)", "response 9000 (for 1)" }));
    QCOMPARE(recorder.events.at(0).exchangeId, 1u);
    QCOMPARE(recorder.events.at(2).originId, recorder.events.at(0).exchangeId);
    QCOMPARE(recorder.events.at(2).exchangeId, recorder.events.at(3).exchangeId);
    QCOMPARE(recorder.events.at(1).data.size() + recorder.events.at(3).data.size(), std::size_t(512));
}

void TestConnectionRig::autoGetResponseOnSelect()
{
    auto connection = connected(t0Slot);
    connection->setAutoGetResponse(true);
    Recorder recorder;
    connection->addObserver(&recorder);
    const CardConnection::Response fcp = connection->transmit(hex("00 A4 00 04 02 3F 00"));
    QCOMPARE(fcp.sw(), 0x9000);
    QCOMPARE(int(fcp.data.at(0)), 0x62); // an FCP template
    QCOMPARE(recorder.lines.size(), 4);
    QVERIFY(recorder.lines.at(1).startsWith("response 61"));
    QCOMPARE(recorder.events.at(2).originId, recorder.events.at(0).exchangeId);
}

void TestConnectionRig::autoLeCorrection()
{
    auto connection = connected(t0Slot);
    connection->setAutoLeCorrection(true);
    Recorder recorder;
    connection->addObserver(&recorder);
    const CardConnection::Response response = connection->transmit(hex("00 CA 9F 7F 00"));
    QCOMPARE(response.sw(), 0x9000);
    QCOMPARE(response.data.size(), std::size_t(0x2D));
    QCOMPARE(recorder.lines,
        (QStringList {
            "command 00CA9F7F00", "response 6C2D", "command 00CA9F7F2D (for 1)", "response 9000 (for 1)" }));

    // Both helpers: a case 4 echo on T=0 goes 61xx then GET RESPONSE; each exchange is linked.
    connection->setAutoGetResponse(true);
    recorder.lines.clear();
    QCOMPARE(packed(connection->transmit(hex("80 EE 00 00 02 AB CD 00")).data), QStringLiteral("ABCD"));
    QCOMPARE(recorder.lines,
        (QStringList { "command 80EE000002ABCD00", "response 6102", "command 00C0000002 (for 3)",
            "response 9000 (for 3)" }));
}

void TestConnectionRig::helpersAddNothingOnT1()
{
    auto connection = connected(t1Slot);
    connection->setAutoGetResponse(true);
    connection->setAutoLeCorrection(true);
    Recorder recorder;
    connection->addObserver(&recorder);
    QCOMPARE(packed(connection->transmit(hex("80 EE 00 00 03 1A 2B 3C 00")).data), QStringLiteral("1A2B3C"));
    QCOMPARE(recorder.lines.size(), 2);
}

QTEST_GUILESS_MAIN(TestConnectionRig)
#include "tst_connection_rig.moc"
