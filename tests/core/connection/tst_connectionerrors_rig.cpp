// CardConnection against the real pcscd: two applications on one card (exclusive access,
// the decorators, transactions), failures (a card pulled mid-APDU, a wrong reader name, no
// pcscd), the error checking chain on real responses, and what observers see.
// The rig is made in initTestCase, before any PC/SC call.
#include "connection/cardconnectiondecorator.h"
#include "connection/consolecardconnectionobserver.h"
#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "pcsc/types.h"
#include "pcscrig.h"
#include "rigtesthelpers.h"
#include "sw/errorcheckingchain.h"
#include "sw/iso7816_4errorchecker.h"

#include <QTest>

#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

using namespace smartcard;
using namespace rigtest;
using cardscope::testing::EmulatedCard;
using cardscope::testing::PcscRig;
using pcsc::ReturnCode;

namespace {

constexpr int t1Slot = 0;
constexpr int faultSlot = 2;

const Bytes selectMf = hex("00 A4 00 0C 02 3F 00");

void expectSharingViolation(CardConnection &connection, std::optional<pcsc::ShareMode> mode = {})
{
    try {
        connection.connect({}, mode);
        QFAIL("a second connection got in");
    } catch (const CardConnectionException &e) {
        QCOMPARE(e.hresult(), std::optional(ReturnCode::E_SharingViolation));
        QVERIFY2(QString::fromUtf8(e.what()).contains("0x8010000B"), e.what());
    }
}

} // namespace

class TestConnectionErrorsRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exclusiveKeepsOthersOut();
    void sharedKeepsExclusiveOut();
    void exclusiveConnectDecorator();
    void exclusiveTransmitLockUnlock();
    void transactionKeepsOthersOut();
    void cardPulledMidApdu();
    void wrongReaderName();
    void errorCheckingChainOnRealResponses();
    void consoleObserverLines();
    void observersSeeEverythingInOrder();
    void noServiceNamesTheService(); // last: stops pcscd

private:
    QString reader(int slot) const { return m_rig->readerName(slot); }
    void expectWaitsForTransaction(
        CardConnection &holder, const std::function<void()> &begin, const std::function<void()> &end);

    std::unique_ptr<PcscRig> m_rig;
};

void TestConnectionErrorsRig::initTestCase()
{
    m_rig = std::make_unique<PcscRig>(cardscope::testing::RigOptions { 2 });
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY2(m_rig->insertCard(t1Slot), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(reader(t1Slot), true));
}

void TestConnectionErrorsRig::exclusiveKeepsOthersOut()
{
    PCSCCardConnection first(reader(t1Slot));
    first.connect({}, pcsc::ShareMode::Exclusive);
    PCSCCardConnection second(reader(t1Slot));
    expectSharingViolation(second);
    expectSharingViolation(second, pcsc::ShareMode::Exclusive);
    QCOMPARE(first.transmit(selectMf).sw(), 0x9000);
    first.disconnect();
    second.connect();
    QCOMPARE(second.transmit(selectMf).sw(), 0x9000);
}

void TestConnectionErrorsRig::sharedKeepsExclusiveOut()
{
    PCSCCardConnection first(reader(t1Slot));
    first.connect();
    PCSCCardConnection second(reader(t1Slot));
    expectSharingViolation(second, pcsc::ShareMode::Exclusive);
    second.connect(); // shared with shared is fine
    QCOMPARE(second.transmit(selectMf).sw(), 0x9000);
}

void TestConnectionErrorsRig::exclusiveConnectDecorator()
{
    ExclusiveConnectCardConnection decorated(std::make_unique<PCSCCardConnection>(reader(t1Slot)));
    Recorder recorder;
    decorated.addObserver(&recorder);
    decorated.connect({}, pcsc::ShareMode::Shared); // asks for shared, gets exclusive
    QCOMPARE(recorder.events.front().mode, pcsc::ShareMode::Exclusive);
    QCOMPARE(decorated.getReader(), reader(t1Slot));
    QCOMPARE(decorated.transmit(selectMf).sw(), 0x9000);
    PCSCCardConnection other(reader(t1Slot));
    expectSharingViolation(other);
    decorated.disconnect();
    other.connect();
    QCOMPARE(
        recorder.lines, (QStringList { "connect", "command 00A4000C023F00", "response 9000", "disconnect" }));
}

// Another connection's transmit waits while a transaction is held: pcsc-lite blocks it
// until the transaction ends (SCardConnect too). It runs on its own thread (a connection may be handed to
// another thread between calls); the card's APDU counter shows it did not get in.
void TestConnectionErrorsRig::expectWaitsForTransaction(
    CardConnection &holder, const std::function<void()> &begin, const std::function<void()> &end)
{
    PCSCCardConnection other(reader(t1Slot));
    other.connect();
    Recorder recorder;
    other.addObserver(&recorder);
    EmulatedCard *card = m_rig->card(t1Slot);
    // Connected before the transaction begins: pcsc-lite also makes SCardConnect wait for it.
    begin();
    const int before = card->statusField(QStringLiteral("apdus"));

    std::atomic<bool> done = false;
    std::optional<CardConnection::Response> answer;
    std::thread waiter([&] {
        try {
            answer = other.transmit(selectMf);
        } catch (const SmartcardException &) { }
        done = true;
    });
    // The other connection has announced its command: it is in (or about to be in) SCardTransmit.
    QTRY_COMPARE_WITH_TIMEOUT(recorder.lines.size(), 1, 2000);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(holder.transmit(selectMf).sw(), 0x9000);
    QCOMPARE(card->statusField(QStringLiteral("apdus")), before + 3);
    QVERIFY(!done);
    end();
    waiter.join();
    QVERIFY(answer);
    QCOMPARE(answer->sw(), 0x9000);
    QCOMPARE(card->statusField(QStringLiteral("apdus")), before + 4);
}

void TestConnectionErrorsRig::exclusiveTransmitLockUnlock()
{
    ExclusiveTransmitCardConnection locking(std::make_unique<PCSCCardConnection>(reader(t1Slot)));
    locking.connect();
    expectWaitsForTransaction(
        locking, [&] { locking.lock(); }, [&] { locking.unlock(); });
    // Unlocking again: no transaction is held, and pcsc-lite says so.
    try {
        locking.unlock();
        QFAIL("unlocked twice");
    } catch (const CardConnectionException &e) {
        QVERIFY(e.hresult());
    }
}

void TestConnectionErrorsRig::transactionKeepsOthersOut()
{
    PCSCCardConnection first(reader(t1Slot));
    first.connect();
    expectWaitsForTransaction(
        first, [&] { first.beginTransaction(); }, [&] { first.endTransaction(); });
}

// vpcd answers the first transmit after the card is gone with success and no byte: that
// must be an exception, never a response, and observers must see a failed response.
void TestConnectionErrorsRig::cardPulledMidApdu()
{
    QVERIFY2(m_rig->insertCard(faultSlot), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(reader(faultSlot), true));
    PCSCCardConnection connection(reader(faultSlot));
    connection.connect();
    Recorder recorder;
    connection.addObserver(&recorder);
    QVERIFY(m_rig->card(faultSlot)->setFault(QStringLiteral("close")));

    QVERIFY_THROWS_EXCEPTION(CardConnectionException, connection.transmit(selectMf));
    QCOMPARE(recorder.lines, (QStringList { "command 00A4000C023F00", "response error" }));
    QVERIFY(recorder.events.back().failed());
    QVERIFY(!recorder.events.back().errorMessage.isEmpty());
    // Later exchanges fail too (not transacted, then removed card), never succeed.
    for (int i = 0; i < 3; ++i)
        QVERIFY_THROWS_EXCEPTION(CardConnectionException, connection.transmit(selectMf));
    QVERIFY(m_rig->stopCard(faultSlot));
}

void TestConnectionErrorsRig::wrongReaderName()
{
    PCSCCardConnection connection(QStringLiteral("No Such Reader 00 00"));
    Recorder recorder;
    connection.addObserver(&recorder);
    try {
        connection.connect();
        QFAIL("connected to a reader that does not exist");
    } catch (const InvalidReaderException &e) {
        QCOMPARE(e.message(), QStringLiteral("Invalid reader: No Such Reader 00 00"));
    }
    QCOMPARE(recorder.lines, QStringList { "connect error" });
}

void TestConnectionErrorsRig::errorCheckingChainOnRealResponses()
{
    PCSCCardConnection connection(reader(t1Slot));
    connection.connect();
    connection.setErrorCheckingChain(
        std::make_shared<ErrorCheckingChain>(std::initializer_list<std::shared_ptr<const ErrorChecker>> {
            std::make_shared<ISO7816_4ErrorChecker>() }));
    try {
        connection.transmit(hex("00 A4 00 0C 02 12 34"));
        QFAIL("6A82 passed the chain");
    } catch (const CheckingErrorException &e) {
        QCOMPARE(e.sw1(), 0x6A);
        QCOMPARE(e.sw2(), 0x82);
    }
    // VERIFY without data asks the PIN state: 63 C3 is a warning.
    QVERIFY_THROWS_EXCEPTION(WarningProcessingException, connection.transmit(hex("00 20 00 81")));
    QCOMPARE(connection.transmit(selectMf).sw(), 0x9000);

    connection.addSWExceptionToFilter(SWExceptionKind::CheckingError);
    QCOMPARE(swText(connection.transmit(hex("00 A4 00 0C 02 12 34"))), QStringLiteral("6A82"));
    QVERIFY_THROWS_EXCEPTION(WarningProcessingException, connection.transmit(hex("00 20 00 81")));
}

void TestConnectionErrorsRig::consoleObserverLines()
{
    std::FILE *stream = std::tmpfile();
    QVERIFY(stream);
    {
        ConsoleCardConnectionObserver console(stream);
        PCSCCardConnection connection(reader(t1Slot));
        connection.addObserver(&console);
        connection.connect();
        connection.transmit(selectMf);
        connection.transmit(hex("80 EE 00 00 02 1A 2B 00"));
        connection.reconnect({}, {}, pcsc::Disposition::LeaveCard);
        connection.disconnect();
    }
    std::rewind(stream);
    QByteArray text(4096, '\0');
    text.resize(qsizetype(std::fread(text.data(), 1, std::size_t(text.size()), stream)));
    std::fclose(stream);
    const QString name = reader(t1Slot);
    QCOMPARE(QString::fromUtf8(text).split('\n'),
        (QStringList { "connecting to " + name, "> 00 A4 00 0C 02 3F 00", "<  [] 90 00",
            "> 80 EE 00 00 02 1A 2B 00", "< 1A 2B 90 00", "reconnecting to " + name,
            "disconnecting from " + name, "" }));
}

void TestConnectionErrorsRig::observersSeeEverythingInOrder()
{
    Recorder recorder;
    Recorder second;
    auto connection = std::make_unique<PCSCCardConnection>(reader(t1Slot));
    connection->addObserver(&recorder);
    connection->addObserver(&second);
    connection->connect();
    connection->transmit(selectMf);
    QVERIFY_THROWS_EXCEPTION(
        CardConnectionException, connection->control(pcsc::GetFeatureRequestControlCode));
    QVERIFY_THROWS_EXCEPTION(CardConnectionException, connection->getAttrib(pcsc::attribute::VendorName));
    connection->deleteObserver(&second);
    connection->reconnect({}, {}, pcsc::Disposition::LeaveCard);
    connection->disconnect();
    connection->release();

    QCOMPARE(recorder.lines,
        (QStringList { "connect", "command 00A4000C023F00", "response 9000", "control error", "attrib error",
            "reconnect", "disconnect", "release" }));
    QCOMPARE(second.lines.size(), 5);
    const CardConnectionEvent &control = recorder.events.at(3);
    QCOMPARE(control.controlCode, pcsc::GetFeatureRequestControlCode);
    QCOMPARE(control.error, std::optional(ReturnCode::E_UnsupportedFeature));
    QCOMPARE(recorder.events.at(4).attributeId, pcsc::attribute::VendorName);
    for (std::size_t i = 1; i < recorder.events.size(); ++i)
        QVERIFY(recorder.events[i].timestampNs >= recorder.events[i - 1].timestampNs);
    for (const CardConnectionEvent &event : recorder.events) {
        QCOMPARE(event.reader, reader(t1Slot));
        QVERIFY(event.durationNs >= 0);
    }
}

void TestConnectionErrorsRig::noServiceNamesTheService()
{
    PCSCCardConnection before(reader(t1Slot));
    before.connect();
    QVERIFY(m_rig->stopDaemon());
    try {
        PCSCCardConnection connection(reader(t1Slot));
        QFAIL("a context without pcscd");
    } catch (const CardConnectionException &e) {
        QCOMPARE(e.hresult(), std::optional(ReturnCode::E_NoService));
        QCOMPARE(QString::fromUtf8(e.what()),
            QStringLiteral("Failed to establish context: The smart card service (pcscd) is not running. "
                           "(0x8010001D)"));
    }
    // A connection made before the daemon stopped fails on its next call, never succeeds.
    QVERIFY_THROWS_EXCEPTION(CardConnectionException, before.transmit(selectMf));
}

QTEST_GUILESS_MAIN(TestConnectionErrorsRig)
#include "tst_connectionerrors_rig.moc"
