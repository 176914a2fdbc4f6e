#include "connection/cardconnectiondecorator.h"
#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "fakecards.h"
#include "fakepcsc.h"
#include "sw/errorcheckingchain.h"
#include "sw/iso7816_4errorchecker.h"
#include "testhex.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QTest>

using namespace smartcard;
using cardscope::testing::FakePcsc;
using cardscope::testing::fakeT0Card;
using cardscope::testing::hex;

namespace {

// Records every event as one line, in order.
class Recorder : public CardConnectionObserver
{
public:
    void update(CardConnection *, const CardConnectionEvent &event) override
    {
        QString line = QString::fromLatin1(CardConnectionEvent::typeName(event.type));
        if (event.type == CardConnectionEvent::Type::Command)
            line += ' ' + toHexString(event.data, u"");
        if (event.type == CardConnectionEvent::Type::Response)
            line += ' ' + toHexString(event.data, u"")
                + QStringLiteral(" %1%2")
                      .arg(event.sw1, 2, 16, QChar('0'))
                      .arg(event.sw2, 2, 16, QChar('0'))
                      .toUpper();
        if (event.originId)
            line += QStringLiteral(" (for %1)").arg(event.originId);
        if (event.failed())
            line += QStringLiteral(" error");
        lines << line;
        events.push_back(event);
    }
    QStringList lines;
    std::vector<CardConnectionEvent> events;
};

} // namespace

class TestCardConnection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void eventsInOrder();
    void helpersOffShowTheRawAnswer();
    void getResponseChain();
    void leCorrection_data();
    void leCorrection();
    void errorCheckingChainAndFilter();
    void shortResponseIsAnError_data();
    void shortResponseIsAnError();
    void failedTransmitIsAnEventToo();
    void connectErrors_data();
    void connectErrors();
    void noServiceAtConstruction();
    void transmitWhenNotConnected();
    void exclusiveConnectAsksForExclusiveMode();
    void decoratorForwardsObservers();
    void destructorReleasesEverything();
    void observerAddedDuringUpdate();
    void connectEventsCarryTheAtr();

private:
    std::unique_ptr<FakePcsc> m_fake;
};

void TestCardConnection::init()
{
    m_fake = std::make_unique<FakePcsc>();
    m_fake->insertCard("Reader", hex("3B 02 14 50"), fakeT0Card);
    m_fake->addReader("Empty");
}

void TestCardConnection::eventsInOrder()
{
    Recorder recorder;
    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&recorder);
    connection.connect();
    connection.transmit(hex("00 84 00 00 08"));
    connection.control(0x42000D48, hex("01"));
    QCOMPARE(connection.getATR(), hex("3B 02 14 50"));
    connection.disconnect();
    QVERIFY_THROWS_EXCEPTION(CardConnectionException, connection.getATR());
    QCOMPARE(recorder.lines,
        (QStringList { "connect", "command 0084000008", "response  9000", "control", "disconnect" }));
    QCOMPARE(recorder.events[1].exchangeId, recorder.events[2].exchangeId);
    QVERIFY(recorder.events[2].timestampNs >= recorder.events[1].timestampNs);
    QVERIFY(recorder.events[2].durationNs >= 0);
    QCOMPARE(recorder.events[0].protocol, CardConnection::T0_protocol | CardConnection::T1_protocol);
    QCOMPARE(recorder.events[3].controlInput, hex("01"));
}

void TestCardConnection::helpersOffShowTheRawAnswer()
{
    PCSCCardConnection connection("Reader", *m_fake);
    connection.connect();
    const CardConnection::Response response = connection.transmit(hex("00 A4 00 00 02 3F 00"));
    QCOMPARE(response.sw(), 0x6105);
    QVERIFY(response.data.empty());
    QCOMPARE(m_fake->transmittedCommands().size(), std::size_t(1));
}

void TestCardConnection::getResponseChain()
{
    Recorder recorder;
    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&recorder);
    connection.setAutoGetResponse(true);
    connection.connect();
    const CardConnection::Response response = connection.transmit(hex("00 A4 00 00 02 3F 00"));
    QCOMPARE(response.data, hex("01 02 03 04 05"));
    QCOMPARE(response.sw(), 0x9000);
    QCOMPARE(recorder.lines.mid(1),
        (QStringList { "command 00A40000023F00", "response  6105", "command 00C0000005 (for 1)",
            "response 0102030405 9000 (for 1)" }));
}

void TestCardConnection::leCorrection_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("resent");
    QTest::newRow("short case 2") << "00 B0 00 00 00"
                                  << "00B0000008";
    QTest::newRow("case 1 gets an Le") << "00 B0 00 00"
                                       << "00B0000008";
    QTest::newRow("extended case 2 stays extended") << "00 B0 00 00 00 00 00"
                                                    << "00B00000000008";
}

void TestCardConnection::leCorrection()
{
    QFETCH(QString, command);
    QFETCH(QString, resent);
    PCSCCardConnection connection("Reader", *m_fake);
    connection.setAutoLeCorrection(true);
    connection.connect();
    const CardConnection::Response response = connection.transmit(HexParser::parse(command).bytes);
    QCOMPARE(response.sw(), 0x9000);
    QCOMPARE(response.data.size(), std::size_t(8));
    const std::vector<Bytes> sent = m_fake->transmittedCommands();
    QCOMPARE(sent.size(), std::size_t(2));
    QCOMPARE(toHexString(sent[1], u""), resent);
}

void TestCardConnection::errorCheckingChainAndFilter()
{
    PCSCCardConnection connection("Reader", *m_fake);
    auto chain = std::make_shared<ErrorCheckingChain>();
    chain->append(std::make_shared<ISO7816_4ErrorChecker>());
    connection.setErrorCheckingChain(chain);
    connection.connect();
    QVERIFY_THROWS_EXCEPTION(CheckingErrorException, connection.transmit(hex("00 84 00 00 00")));
    connection.addSWExceptionToFilter(SWExceptionKind::CheckingError);
    QCOMPARE(connection.transmit(hex("00 84 00 00 00")).sw(), 0x6A82);
}

void TestCardConnection::shortResponseIsAnError_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("\x90", 1);
}

void TestCardConnection::shortResponseIsAnError()
{
    QFETCH(QByteArray, answer);
    const Bytes bytes(answer.begin(), answer.end());
    m_fake->insertCard("Short", hex("3B 00"), [bytes](const Bytes &) { return bytes; });
    PCSCCardConnection connection("Short", *m_fake);
    connection.connect();
    try {
        connection.transmit(hex("00 84 00 00 08"));
        QFAIL("a response shorter than SW1 SW2 was accepted");
    } catch (const CardConnectionException &e) {
        QCOMPARE(e.message(),
            QStringLiteral("Card returned no valid response: %1 byte(s), a response needs SW1 SW2")
                .arg(bytes.size()));
    }
}

void TestCardConnection::failedTransmitIsAnEventToo()
{
    Recorder recorder;
    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&recorder);
    connection.connect();
    m_fake->failNext(FakePcsc::Call::Transmit, pcsc::ReturnCode::E_NotTransacted);
    QVERIFY_THROWS_EXCEPTION(CardConnectionException, connection.transmit(hex("00 84 00 00 08")));
    QCOMPARE(recorder.lines.last(), QStringLiteral("response  0000 error"));
    QCOMPARE(*recorder.events.back().error, pcsc::ReturnCode::E_NotTransacted);
}

void TestCardConnection::connectErrors_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown reader") << "Nope"
                                    << "Invalid reader: Nope";
    QTest::newRow("no card") << "Empty"
                             << "Unable to connect: There is no card in the reader. (0x8010000C)";
}

void TestCardConnection::connectErrors()
{
    QFETCH(QString, reader);
    QFETCH(QString, message);
    Recorder recorder;
    PCSCCardConnection connection(reader, *m_fake);
    connection.addObserver(&recorder);
    try {
        connection.connect();
        QFAIL("connected");
    } catch (const SmartcardException &e) {
        QCOMPARE(QString::fromUtf8(e.what()), message);
    }
    QCOMPARE(recorder.lines, QStringList { "connect error" });
}

void TestCardConnection::noServiceAtConstruction()
{
    m_fake->setServiceRunning(false);
    try {
        PCSCCardConnection connection("Reader", *m_fake);
        QFAIL("constructed without a service");
    } catch (const CardConnectionException &e) {
        QCOMPARE(*e.hresult(), pcsc::ReturnCode::E_NoService);
        QVERIFY(QString::fromUtf8(e.what()).contains("pcscd"));
    }
}

void TestCardConnection::transmitWhenNotConnected()
{
    PCSCCardConnection connection("Reader", *m_fake);
    QVERIFY_THROWS_EXCEPTION(CardConnectionException, connection.transmit(hex("00 84 00 00 08")));
    QVERIFY(m_fake->transmittedCommands().empty());
}

void TestCardConnection::exclusiveConnectAsksForExclusiveMode()
{
    Recorder recorder;
    ExclusiveConnectCardConnection connection(std::make_unique<PCSCCardConnection>("Reader", *m_fake));
    connection.addObserver(&recorder);
    connection.connect();
    QCOMPARE(recorder.events.at(0).mode, pcsc::ShareMode::Exclusive);
}

void TestCardConnection::decoratorForwardsObservers()
{
    Recorder recorder;
    ExclusiveTransmitCardConnection connection(std::make_unique<PCSCCardConnection>("Reader", *m_fake));
    connection.addObserver(&recorder);
    connection.connect();
    connection.lock();
    connection.transmit(hex("00 84 00 00 08"));
    connection.unlock();
    QCOMPARE(m_fake->callCount(FakePcsc::Call::BeginTransaction), 1);
    QCOMPARE(m_fake->callCount(FakePcsc::Call::EndTransaction), 1);
    QCOMPARE(recorder.lines.size(), 3);
    QCOMPARE(connection.getReader(), QStringLiteral("Reader"));
}

void TestCardConnection::destructorReleasesEverything()
{
    {
        PCSCCardConnection connection("Reader", *m_fake);
        connection.connect({}, {}, pcsc::Disposition::ResetCard);
        QCOMPARE(m_fake->openCards(), 1);
        QCOMPARE(m_fake->openContexts(), 1);
    }
    QCOMPARE(m_fake->openCards(), 0);
    QCOMPARE(m_fake->openContexts(), 0);
}

void TestCardConnection::observerAddedDuringUpdate()
{
    // An observer that adds another one while being notified (pyscard #162's situation).
    struct Adder : CardConnectionObserver
    {
        Recorder *late = nullptr;
        void update(CardConnection *connection, const CardConnectionEvent &) override
        {
            connection->addObserver(late);
        }
    };
    Recorder late;
    Adder adder;
    adder.late = &late;
    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&adder);
    connection.connect();
    connection.transmit(hex("00 84 00 00 08"));
    QCOMPARE(late.lines, (QStringList { "command 0084000008", "response  9000" }));
}

QTEST_GUILESS_MAIN(TestCardConnection)
// The session log needs the ATR of every connection without calling back into it.
void TestCardConnection::connectEventsCarryTheAtr()
{
    Recorder recorder;
    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&recorder);
    connection.connect();
    connection.reconnect();
    connection.transmit(hex("00 84 00 00 08"));
    connection.disconnect();
    QCOMPARE(recorder.lines,
        (QStringList { "connect", "reconnect", "command 0084000008", "response  9000", "disconnect" }));
    QCOMPARE(recorder.events[0].atr, hex("3B 02 14 50"));
    QCOMPARE(recorder.events[1].atr, hex("3B 02 14 50"));
    for (std::size_t i = 2; i < recorder.events.size(); ++i)
        QVERIFY(recorder.events[i].atr.empty());

    // Without observers the ATR is not read at all; a failed connect has none.
    const int statusCalls = m_fake->callCount(FakePcsc::Call::Status);
    PCSCCardConnection quiet("Reader", *m_fake);
    quiet.connect();
    QCOMPARE(m_fake->callCount(FakePcsc::Call::Status), statusCalls);
    Recorder failed;
    PCSCCardConnection empty("Empty", *m_fake);
    empty.addObserver(&failed);
    QVERIFY_THROWS_EXCEPTION(SmartcardException, empty.connect());
    QCOMPARE(failed.lines, QStringList { "connect error" });
    QVERIFY(failed.events[0].atr.empty());
}

#include "tst_cardconnection.moc"
