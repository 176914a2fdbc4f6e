#include "fakepcsc.h"
#include "pcsc/cardhandle.h"

#include <QTest>

using cardscope::testing::FakePcsc;
using smartcard::Bytes;
using smartcard::pcsc::CardHandle;
using smartcard::pcsc::Context;
using smartcard::pcsc::ReturnCode;
namespace protocol = smartcard::pcsc::protocol;

namespace {
const Bytes atr { 0x3B, 0x02, 0x14, 0x50 };
}

class TestCardHandle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void connectAndDisconnectOnDestruction();
    void connectErrors_data();
    void connectErrors();
    void moveTransfersOwnership();
    void destructionAfterCardRemovedReleasesOnce();
    void transmitSendsExactBytes();
    void transmitFailureGivesEmptyResponse();
    void reconnectKeepsTheHandle();
    void reconnectWithoutConnectionIsRefused();
    void statusAndAttributes();

private:
    std::unique_ptr<FakePcsc> m_fake;
    std::unique_ptr<Context> m_context;
};

void TestCardHandle::init()
{
    m_fake = std::make_unique<FakePcsc>();
    m_fake->addReader("Empty Reader");
    m_fake->insertCard("Card Reader", atr, [](const Bytes &command) {
        Bytes response(command.begin(), command.end());
        response.push_back(0x90);
        response.push_back(0x00);
        return response;
    });
    m_context = std::make_unique<Context>(*m_fake);
    QCOMPARE(m_context->establish(), ReturnCode::Success);
}

void TestCardHandle::cleanup()
{
    m_context.reset();
    QCOMPARE(m_fake->openContexts(), 0);
    QCOMPARE(m_fake->openCards(), 0);
    m_fake.reset();
}

void TestCardHandle::connectAndDisconnectOnDestruction()
{
    {
        CardHandle card(*m_context);
        QCOMPARE(card.connect("Card Reader", smartcard::pcsc::ShareMode::Shared, protocol::Any),
            ReturnCode::Success);
        QVERIFY(card.isConnected());
        QCOMPARE(card.activeProtocol(), protocol::T1);
        QCOMPARE(card.reader(), std::string("Card Reader"));
        QCOMPARE(m_fake->openCards(), 1);
    }
    QCOMPARE(m_fake->openCards(), 0);
    QCOMPARE(m_fake->callCount(FakePcsc::Call::Disconnect), 1);
}

void TestCardHandle::connectErrors_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<ReturnCode>("expected");
    QTest::newRow("unknown reader") << "No Such Reader" << ReturnCode::E_UnknownReader;
    QTest::newRow("no card") << "Empty Reader" << ReturnCode::E_NoSmartcard;
}

void TestCardHandle::connectErrors()
{
    QFETCH(QString, reader);
    QFETCH(ReturnCode, expected);
    {
        CardHandle card(*m_context);
        QCOMPARE(card.connect(reader.toStdString()), expected);
        QVERIFY(!card.isConnected());
        QCOMPARE(card.activeProtocol(), protocol::Undefined);
    }
    QCOMPARE(m_fake->callCount(FakePcsc::Call::Disconnect), 0);
}

void TestCardHandle::moveTransfersOwnership()
{
    CardHandle first(*m_context);
    QCOMPARE(first.connect("Card Reader"), ReturnCode::Success);
    {
        CardHandle second(std::move(first));
        QVERIFY(!first.isConnected());
        QVERIFY(second.isConnected());
        QCOMPARE(m_fake->openCards(), 1);
    }
    QCOMPARE(m_fake->openCards(), 0);
    QCOMPARE(first.disconnect(), ReturnCode::Success);
    QCOMPARE(m_fake->callCount(FakePcsc::Call::Disconnect), 1);
}

void TestCardHandle::destructionAfterCardRemovedReleasesOnce()
{
    {
        CardHandle card(*m_context);
        QCOMPARE(card.connect("Card Reader"), ReturnCode::Success);
        m_fake->removeCard("Card Reader");
        Bytes response;
        const Bytes command { 0x00, 0x84, 0x00, 0x00, 0x08 };
        QCOMPARE(card.transmit(command, &response), ReturnCode::W_RemovedCard);
        QVERIFY(response.empty());
    }
    QCOMPARE(m_fake->callCount(FakePcsc::Call::Disconnect), 1);
}

void TestCardHandle::transmitSendsExactBytes()
{
    CardHandle card(*m_context);
    QCOMPARE(card.connect("Card Reader"), ReturnCode::Success);
    const Bytes command { 0x80, 0xEE, 0x00, 0x00, 0x03, 0x01, 0x02, 0x03 };
    Bytes response;
    QCOMPARE(card.transmit(command, &response), ReturnCode::Success);
    QCOMPARE(m_fake->transmittedCommands(), std::vector<Bytes> { command });
    const Bytes expected { 0x80, 0xEE, 0x00, 0x00, 0x03, 0x01, 0x02, 0x03, 0x90, 0x00 };
    QCOMPARE(response, expected);
}

void TestCardHandle::transmitFailureGivesEmptyResponse()
{
    CardHandle card(*m_context);
    QCOMPARE(card.connect("Card Reader"), ReturnCode::Success);
    m_fake->failNext(FakePcsc::Call::Transmit, ReturnCode::E_NotTransacted);
    Bytes response { 0xAA };
    const Bytes command { 0x00, 0xA4, 0x00, 0x00 };
    QCOMPARE(card.transmit(command, &response), ReturnCode::E_NotTransacted);
    QVERIFY(response.empty());
}

void TestCardHandle::reconnectKeepsTheHandle()
{
    CardHandle card(*m_context);
    QCOMPARE(
        card.connect("Card Reader", smartcard::pcsc::ShareMode::Shared, protocol::T0), ReturnCode::Success);
    const auto id = card.id();
    QCOMPARE(card.reconnect(
                 smartcard::pcsc::ShareMode::Shared, protocol::Any, smartcard::pcsc::Disposition::ResetCard),
        ReturnCode::Success);
    QCOMPARE(card.id(), id);
    QCOMPARE(card.activeProtocol(), protocol::T0);
}

void TestCardHandle::reconnectWithoutConnectionIsRefused()
{
    CardHandle card(*m_context);
    QCOMPARE(card.reconnect(
                 smartcard::pcsc::ShareMode::Shared, protocol::Any, smartcard::pcsc::Disposition::LeaveCard),
        ReturnCode::E_InvalidHandle);
    QCOMPARE(m_fake->callCount(FakePcsc::Call::Reconnect), 0);
}

void TestCardHandle::statusAndAttributes()
{
    m_fake->setAttribute("Card Reader", smartcard::pcsc::attribute::VendorName, { 'A', 'C', 'M', 'E' });
    CardHandle card(*m_context);
    QCOMPARE(card.connect("Card Reader"), ReturnCode::Success);
    smartcard::pcsc::CardStatus status;
    QCOMPARE(card.status(&status), ReturnCode::Success);
    QCOMPARE(status.reader, std::string("Card Reader"));
    QCOMPARE(status.atr, atr);
    Bytes vendor;
    QCOMPARE(card.getAttrib(smartcard::pcsc::attribute::VendorName, &vendor), ReturnCode::Success);
    QCOMPARE(vendor, (Bytes { 'A', 'C', 'M', 'E' }));
    QCOMPARE(card.getAttrib(smartcard::pcsc::attribute::VendorIfdSerialNo, &vendor),
        ReturnCode::E_UnsupportedFeature);
    QVERIFY(vendor.empty());
}

QTEST_GUILESS_MAIN(TestCardHandle)
#include "tst_cardhandle.moc"
