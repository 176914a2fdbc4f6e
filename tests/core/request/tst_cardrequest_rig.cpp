// CardRequest against a real private pcscd with vpcd readers and the project's emulated
// card. The rig is made in initTestCase, before any PC/SC call: pcsc-lite reads
// PCSCLITE_CSOCK_NAME once per process. pcscd sees an insertion or removal at its next
// 400 ms poll, so waits are bounded at a few seconds, never fixed sleeps.
#include "cardtype/atrcardtype.h"
#include "exceptions/exceptions.h"
#include "pcscrig.h"
#include "request/cardrequest.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <future>

using namespace smartcard;
using namespace std::chrono_literals;
using cardscope::testing::CardOptions;
using cardscope::testing::EmulatedCard;
using cardscope::testing::PcscRig;

namespace {

// Slot 0 holds a card for the whole run; the card of slot 1 starts out of its reader and
// is inserted and removed by the tests, which leave it removed.
constexpr int presentSlot = 0;
constexpr int spareSlot = 1;
const Bytes t1Atr { 0x3B, 0x9E, 0x95, 0x81, 0x31, 0xFE, 0x45, 0x80, 0x31, 0xE0, 0x52, 0x43, 0x53, 0x73, 0xF2,
    0x21, 0x40, 0x83, 0x05, 0x90, 0x00, 0xE5 };

constexpr auto FutureBound = 10s;
constexpr double LongTimeout = 8.0;

// systemPcsc() with a count of SCardGetStatusChange calls, so that a test knows when the
// waiting thread has read the states at the start and gone on to block.
class CountingPcsc final : public pcsc::PcscApi
{
public:
    int statusCalls() const { return m_statusCalls.load(); }

    pcsc::ReturnCode establishContext(pcsc::Scope scope, pcsc::ContextId *context) override
    {
        return m_api.establishContext(scope, context);
    }
    pcsc::ReturnCode releaseContext(pcsc::ContextId context) override
    {
        return m_api.releaseContext(context);
    }
    pcsc::ReturnCode listReaders(pcsc::ContextId context, const std::vector<std::string> &groups,
        std::vector<std::string> *readers) override
    {
        return m_api.listReaders(context, groups, readers);
    }
    pcsc::ReturnCode listReaderGroups(pcsc::ContextId context, std::vector<std::string> *groups) override
    {
        return m_api.listReaderGroups(context, groups);
    }
    pcsc::ReturnCode getStatusChange(
        pcsc::ContextId context, std::uint32_t timeoutMs, std::span<pcsc::ReaderState> states) override
    {
        ++m_statusCalls;
        return m_api.getStatusChange(context, timeoutMs, states);
    }
    pcsc::ReturnCode cancel(pcsc::ContextId context) override { return m_api.cancel(context); }
    pcsc::ReturnCode connect(pcsc::ContextId context, const std::string &reader, pcsc::ShareMode mode,
        std::uint32_t preferredProtocols, pcsc::CardId *card, std::uint32_t *activeProtocol) override
    {
        return m_api.connect(context, reader, mode, preferredProtocols, card, activeProtocol);
    }
    pcsc::ReturnCode reconnect(pcsc::CardId card, pcsc::ShareMode mode, std::uint32_t preferredProtocols,
        pcsc::Disposition initialization, std::uint32_t *activeProtocol) override
    {
        return m_api.reconnect(card, mode, preferredProtocols, initialization, activeProtocol);
    }
    pcsc::ReturnCode disconnect(pcsc::CardId card, pcsc::Disposition disposition) override
    {
        return m_api.disconnect(card, disposition);
    }
    pcsc::ReturnCode status(pcsc::CardId card, pcsc::CardStatus *status) override
    {
        return m_api.status(card, status);
    }
    pcsc::ReturnCode transmit(pcsc::CardId card, std::uint32_t protocol,
        std::span<const std::uint8_t> command, std::span<std::uint8_t> response,
        std::size_t *responseLength) override
    {
        return m_api.transmit(card, protocol, command, response, responseLength);
    }
    pcsc::ReturnCode control(pcsc::CardId card, std::uint32_t controlCode,
        std::span<const std::uint8_t> input, std::span<std::uint8_t> output,
        std::size_t *outputLength) override
    {
        return m_api.control(card, controlCode, input, output, outputLength);
    }
    pcsc::ReturnCode getAttrib(pcsc::CardId card, std::uint32_t attributeId, Bytes *value) override
    {
        return m_api.getAttrib(card, attributeId, value);
    }
    pcsc::ReturnCode beginTransaction(pcsc::CardId card) override { return m_api.beginTransaction(card); }
    pcsc::ReturnCode endTransaction(pcsc::CardId card, pcsc::Disposition disposition) override
    {
        return m_api.endTransaction(card, disposition);
    }

private:
    pcsc::PcscApi &m_api = pcsc::systemPcsc();
    std::atomic<int> m_statusCalls { 0 };
};

} // namespace

class TestCardRequestRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void cardAlreadyPresent();
    void serviceConnectsLater();
    void atrTypeWithMask_data();
    void atrTypeWithMask();
    void newCardOnly();
    void cardEvents();
    void connectingIsNoCardEvent();
    void cancelWhileBlocked();
    void timeout();

private:
    // Until the waiting thread has read the states at the start and called again (to block).
    bool waitUntilBlocked(const CountingPcsc &api, int before)
    {
        return QTest::qWaitFor([&] { return api.statusCalls() >= before + 2; }, 5000);
    }
    EmulatedCard *spare() const { return m_rig->card(spareSlot); }

    std::unique_ptr<PcscRig> m_rig;
    QString m_presentReader;
    QString m_spareReader;
};

void TestCardRequestRig::initTestCase()
{
    m_rig = std::make_unique<PcscRig>();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY2(m_rig->insertCard(presentSlot), qPrintable(m_rig->errorString()));
    CardOptions outside;
    outside.inserted = false;
    QVERIFY2(m_rig->insertCard(spareSlot, outside), qPrintable(m_rig->errorString()));
    m_presentReader = m_rig->readerName(presentSlot);
    m_spareReader = m_rig->readerName(spareSlot);
    QVERIFY(PcscRig::waitForCardState(m_presentReader, true));
    QVERIFY(PcscRig::waitForCardState(m_spareReader, false));
}

void TestCardRequestRig::cleanup()
{
    // Leave the spare card out of its reader for the next test, even after a failure.
    if (spare()->statusField(QStringLiteral("inserted")) == 1) {
        QVERIFY(spare()->remove());
        QVERIFY(PcscRig::waitForCardState(m_spareReader, false));
    }
}

void TestCardRequestRig::cardAlreadyPresent()
{
    CardRequest request(false, {}, nullptr, {}, LongTimeout);
    const Card card = request.waitForMatchingCard();
    QCOMPARE(card.reader().name(), m_presentReader);
    QCOMPARE(card.atr(), t1Atr);
    const std::vector<Reader> readers = request.getReaders();
    QCOMPARE(readers.size(), std::size_t(2));
}

void TestCardRequestRig::serviceConnectsLater()
{
    CardRequest request(false, { m_presentReader }, nullptr, {}, LongTimeout);
    const std::unique_ptr<CardService> service = request.waitForCard();
    QVERIFY(dynamic_cast<PassThruCardService *>(service.get()));
    QCOMPARE(service->connection().getReader(), m_presentReader);
    service->connection().connect();
    QCOMPARE(service->connection().getATR(), t1Atr);
    QCOMPARE(service->connection().transmit({ 0x00, 0x84, 0x00, 0x00, 0x08 }).sw(), std::uint16_t(0x9000));
    service->connection().disconnect();
}

void TestCardRequestRig::atrTypeWithMask_data()
{
    QTest::addColumn<Bytes>("atr");
    QTest::addColumn<Bytes>("mask");
    QTest::addColumn<bool>("found");
    Bytes otherLast = t1Atr;
    otherLast.back() = 0x00;
    Bytes keepAll(t1Atr.size(), 0xFF);
    Bytes ignoreLast = keepAll;
    ignoreLast.back() = 0x00;
    QTest::newRow("masked byte differs") << otherLast << ignoreLast << true;
    QTest::newRow("kept byte differs") << otherLast << keepAll << false;
}

void TestCardRequestRig::atrTypeWithMask()
{
    QFETCH(Bytes, atr);
    QFETCH(Bytes, mask);
    QFETCH(bool, found);
    CardRequest request(false, {}, std::make_shared<ATRCardType>(atr, mask), {}, found ? LongTimeout : 0.6);
    if (found)
        QCOMPARE(request.waitForMatchingCard().reader().name(), m_presentReader);
    else
        QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCard());
}

void TestCardRequestRig::newCardOnly()
{
    CountingPcsc api;
    CardRequest ignoring(true, {}, nullptr, {}, 0.6, api);
    QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, ignoring.waitForCard());

    CardRequest request(true, {}, nullptr, {}, LongTimeout, api);
    const int before = api.statusCalls();
    auto waiting = std::async(std::launch::async, [&] { return request.waitForMatchingCard(); });
    QVERIFY(waitUntilBlocked(api, before));
    QVERIFY(spare()->insert());
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    QCOMPARE(waiting.get().reader().name(), m_spareReader);
}

void TestCardRequestRig::cardEvents()
{
    CountingPcsc api;
    CardRequest request(false, {}, nullptr, {}, LongTimeout, api);
    CardRequest::CardEvents events = request.waitForCardEvent();
    QCOMPARE(events.added.size(), std::size_t(1));
    QCOMPARE(events.added.at(0).reader().name(), m_presentReader);

    int before = api.statusCalls();
    auto inserted = std::async(std::launch::async, [&] { return request.waitForCardEvent(); });
    QVERIFY(waitUntilBlocked(api, before));
    QVERIFY(spare()->insert());
    QVERIFY(inserted.wait_for(FutureBound) == std::future_status::ready);
    events = inserted.get();
    QCOMPARE(events.added.size(), std::size_t(1));
    QCOMPARE(events.added.at(0).reader().name(), m_spareReader);
    QVERIFY(events.removed.empty());
    QCOMPARE(events.present.size(), std::size_t(2));

    before = api.statusCalls();
    auto removed = std::async(std::launch::async, [&] { return request.waitForCardEvent(); });
    QVERIFY(waitUntilBlocked(api, before));
    QVERIFY(spare()->remove());
    QVERIFY(removed.wait_for(FutureBound) == std::future_status::ready);
    events = removed.get();
    QVERIFY(events.added.empty());
    QCOMPARE(events.removed.size(), std::size_t(1));
    QCOMPARE(events.removed.at(0).reader().name(), m_spareReader);
    QCOMPARE(events.present.size(), std::size_t(1));
}

void TestCardRequestRig::connectingIsNoCardEvent()
{
    // pcscd's event counter moves on insertion and removal only: a connection that powers
    // the card up and down is not reported as the card leaving and coming back.
    CardRequest request(false, {}, nullptr, {}, 0.8);
    QCOMPARE(request.waitForCardEvent().added.size(), std::size_t(1));
    const std::unique_ptr<CardConnection> connection = Reader(m_presentReader).createConnection();
    connection->connect();
    connection->transmit({ 0x00, 0x84, 0x00, 0x00, 0x08 });
    connection->disconnect();
    QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCardEvent());
}

void TestCardRequestRig::cancelWhileBlocked()
{
    CountingPcsc api;
    CardRequest request(false, { m_spareReader }, nullptr, {}, CardRequest::Infinite, api);
    auto waiting = std::async(std::launch::async, [&] { request.waitForCard(); });
    QVERIFY(waitUntilBlocked(api, 0));
    QElapsedTimer timer;
    timer.start();
    request.cancel();
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    try {
        waiting.get();
        QFAIL("no exception");
    } catch (const CardRequestException &e) {
        QCOMPARE(e.hresult(), pcsc::ReturnCode::E_Cancelled);
    }
}

void TestCardRequestRig::timeout()
{
    CardRequest request(false, { m_spareReader }, nullptr, {}, 0.5);
    QElapsedTimer timer;
    timer.start();
    QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCard());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestCardRequestRig)
#include "tst_cardrequest_rig.moc"
