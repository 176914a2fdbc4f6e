// CardRequest over the fake PC/SC: what the pcscd rig cannot produce (readers that come and
// go, the PnP pseudo-reader firing, SCARD_E_UNKNOWN_READER, cancel racing a timeout, the
// service dying mid-wait), and the pyscard semantics of newcardonly and waitForCardEvent.
#include "cardtype/atrcardtype.h"
#include "exceptions/exceptions.h"
#include "fakepcsc.h"
#include "request/cardrequest.h"

#include <QElapsedTimer>
#include <QTest>

#include <future>

using namespace smartcard;
using namespace std::chrono_literals;
using cardscope::testing::FakePcsc;
using Call = FakePcsc::Call;

Q_DECLARE_METATYPE(std::optional<smartcard::Bytes>)

namespace {

const std::string readerA = "Fake Reader A 00 00";
const std::string readerB = "Fake Reader B 00 00";
const Bytes atrX { 0x3B, 0x02, 0x14, 0x50 };
const Bytes atrY { 0x3B, 0x80, 0x80, 0x01, 0x01 };

// Generous bounds: they only stop a broken test from hanging, a passing one never waits them.
constexpr auto FutureBound = 5s;
constexpr double LongTimeout = 10.0;
// A cancelled wait must have returned within this (the cancel repeats every few ms).
constexpr qint64 PromptMs = 400;

QStringList names(const std::vector<Card> &cards)
{
    QStringList result;
    for (const Card &card : cards)
        result << card.reader().name();
    return result;
}

class NamedService : public CardService
{
public:
    explicit NamedService(std::unique_ptr<CardConnection> connection)
        : CardService(std::move(connection), QStringLiteral("named"))
    { }
    bool supports(const QString &) const override { return true; }
};

} // namespace

class TestCardRequest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cardAlreadyPresentIsFound();
    void serviceIsNotConnected();
    void serviceFromFactory();
    void serviceFromRegistry();
    void timeout();
    void zeroTimeoutLooksOnce();
    void atrCardType_data();
    void atrCardType();
    void requestedReadersOnly();
    void getReaders();

    void newCardOnlyIgnoresPresentCard();
    void newCardOnlyFindsInsertedCard();
    void newCardOnlyTakesReinsertedCard();

    void readerHotPlugWhileWaiting();
    void pnpNotificationWatchesNamedReader();
    void unknownReaderIsRetried();
    void unknownReaderForeverIsAnError();
    void readerVanishesDuringWait();

    void cancelWhileBlocked();
    void cancelRacingInvalidHandle();
    void cancelBeforeWaitIsSticky();
    void secondConcurrentWaitIsRefused();

    void noServiceAtStart();
    void serviceLostDuringWait();

    void firstCardEventReturnsAtOnce();
    void cardEventSequence();
    void cardEventBetweenCallsIsReportedAtOnce();
    void cardEventReinsertedCard();
    void cardEventReaderVanishes();
    void cardEventNoReadersThenTimeout();

private:
    // Until the waiter has made `calls` SCardGetStatusChange calls (the first reads the
    // states at the start, the second blocks).
    bool waitForStatusCalls(int calls)
    {
        return QTest::qWaitFor([&] { return m_fake->callCount(Call::GetStatusChange) >= calls; }, 5000);
    }

    std::unique_ptr<FakePcsc> m_fake;
};

void TestCardRequest::init()
{
    m_fake = std::make_unique<FakePcsc>();
    // The fake reports the PnP pseudo-reader's state as its reader-list counter alone, so
    // at 0 it reads as SCARD_STATE_UNAWARE and counts as changed at every call (pcsc-lite
    // compares reader counts instead). One reader added and removed moves it off 0.
    m_fake->addReader("Fake Reader Z 00 00");
    m_fake->removeReader("Fake Reader Z 00 00");
}

void TestCardRequest::cleanup()
{
    QCOMPARE(m_fake->openContexts(), 0);
    QCOMPARE(m_fake->openCards(), 0);
    m_fake.reset();
}

void TestCardRequest::cardAlreadyPresentIsFound()
{
    m_fake->addReader(readerA);
    m_fake->insertCard(readerB, atrX);
    CardRequest request(false, {}, nullptr, {}, LongTimeout, *m_fake);
    const Card card = request.waitForMatchingCard();
    QCOMPARE(card.reader().name(), QString::fromStdString(readerB));
    QCOMPARE(card.atr(), atrX);
}

void TestCardRequest::serviceIsNotConnected()
{
    m_fake->insertCard(readerA, atrX);
    CardRequest request(false, {}, nullptr, {}, LongTimeout, *m_fake);
    std::unique_ptr<CardService> service = request.waitForCard();
    QVERIFY(dynamic_cast<PassThruCardService *>(service.get()));
    QCOMPARE(service->connection().getReader(), QString::fromStdString(readerA));
    QCOMPARE(m_fake->openCards(), 0);
    QCOMPARE(m_fake->callCount(Call::Connect), 0);
    service->connection().connect();
    QCOMPARE(m_fake->openCards(), 1);
    QCOMPARE(service->connection().getATR(), atrX);
    service->connection().disconnect();
    service->connection().release();
}

void TestCardRequest::serviceFromFactory()
{
    m_fake->insertCard(readerA, atrX);
    CardRequest request(
        false, {}, nullptr, CardServiceRegistry::factoryFor<NamedService>(), LongTimeout, *m_fake);
    const std::unique_ptr<CardService> service = request.waitForCard();
    QVERIFY(dynamic_cast<NamedService *>(service.get()));
}

void TestCardRequest::serviceFromRegistry()
{
    m_fake->insertCard(readerA, atrX);
    m_fake->insertCard(readerB, atrY);
    CardServiceRegistry::instance().registerService(
        std::make_shared<ATRCardType>(atrY), CardServiceRegistry::factoryFor<NamedService>());
    const auto unregister = qScopeGuard([] { CardServiceRegistry::instance().clear(); });
    CardRequest any(false, { QString::fromStdString(readerA) }, nullptr, {}, LongTimeout, *m_fake);
    QVERIFY(dynamic_cast<PassThruCardService *>(any.waitForCard().get()));
    CardRequest registered(false, { QString::fromStdString(readerB) }, nullptr, {}, LongTimeout, *m_fake);
    QVERIFY(dynamic_cast<NamedService *>(registered.waitForCard().get()));
}

void TestCardRequest::timeout()
{
    m_fake->addReader(readerA);
    CardRequest request(false, {}, nullptr, {}, 0.2, *m_fake);
    QElapsedTimer timer;
    timer.start();
    QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCard());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestCardRequest::zeroTimeoutLooksOnce()
{
    m_fake->addReader(readerA);
    CardRequest request(false, {}, nullptr, {}, 0.0, *m_fake);
    QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCard());
    m_fake->insertCard(readerA, atrX);
    QCOMPARE(request.waitForMatchingCard().atr(), atrX);
}

void TestCardRequest::atrCardType_data()
{
    QTest::addColumn<Bytes>("atr");
    QTest::addColumn<std::optional<Bytes>>("mask");
    QTest::addColumn<bool>("found");
    QTest::newRow("equal ATR") << atrX << std::optional<Bytes>() << true;
    QTest::newRow("other ATR") << Bytes { 0x3B, 0x02, 0x14, 0x51 } << std::optional<Bytes>() << false;
    QTest::newRow("mask ignores last byte")
        << Bytes { 0x3B, 0x02, 0x14, 0x00 } << std::optional<Bytes>(Bytes { 0xFF, 0xFF, 0xFF, 0x00 }) << true;
    QTest::newRow("mask keeps a differing bit")
        << Bytes { 0x3B, 0x02, 0x15, 0x50 } << std::optional<Bytes>(Bytes { 0xFF, 0xFF, 0x01, 0x00 })
        << false;
    QTest::newRow("shorter ATR") << Bytes { 0x3B, 0x02, 0x14 } << std::optional<Bytes>() << false;
}

void TestCardRequest::atrCardType()
{
    QFETCH(Bytes, atr);
    QFETCH(std::optional<Bytes>, mask);
    QFETCH(bool, found);
    m_fake->insertCard(readerA, atrX);
    CardRequest request(false, {}, std::make_shared<ATRCardType>(atr, mask), {}, 0.1, *m_fake);
    if (found)
        QCOMPARE(request.waitForMatchingCard().atr(), atrX);
    else
        QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCard());
}

void TestCardRequest::requestedReadersOnly()
{
    m_fake->insertCard(readerA, atrX);
    m_fake->addReader(readerB);
    CardRequest request(false, std::vector<Reader> { Reader(QString::fromStdString(readerB), *m_fake) },
        nullptr, {}, 0.1, *m_fake);
    QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCard());
    m_fake->insertCard(readerB, atrY);
    QCOMPARE(request.waitForMatchingCard().reader().name(), QString::fromStdString(readerB));
}

void TestCardRequest::getReaders()
{
    m_fake->addReader(readerA);
    m_fake->addReader(readerB);
    const CardRequest all(false, {}, nullptr, {}, 1.0, *m_fake);
    const std::vector<Reader> every = all.getReaders();
    QCOMPARE(every.size(), std::size_t(2));
    QCOMPARE(every.at(0).name(), QString::fromStdString(readerA));
    const CardRequest named(false, { "Not Connected" }, nullptr, {}, 1.0, *m_fake);
    const std::vector<Reader> given = named.getReaders();
    QCOMPARE(given.size(), std::size_t(1));
    QCOMPARE(given.at(0).name(), QStringLiteral("Not Connected"));
}

void TestCardRequest::newCardOnlyIgnoresPresentCard()
{
    m_fake->insertCard(readerA, atrX);
    CardRequest request(true, {}, nullptr, {}, 0.2, *m_fake);
    QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCard());
}

void TestCardRequest::newCardOnlyFindsInsertedCard()
{
    m_fake->insertCard(readerA, atrX);
    m_fake->addReader(readerB);
    CardRequest request(true, {}, nullptr, {}, LongTimeout, *m_fake);
    auto waiting = std::async(std::launch::async, [&] { return request.waitForMatchingCard(); });
    QVERIFY(waitForStatusCalls(2));
    m_fake->insertCard(readerB, atrY);
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    const Card card = waiting.get();
    QCOMPARE(card.reader().name(), QString::fromStdString(readerB));
    QCOMPARE(card.atr(), atrY);
}

void TestCardRequest::newCardOnlyTakesReinsertedCard()
{
    m_fake->insertCard(readerA, atrX);
    CardRequest request(true, {}, nullptr, {}, LongTimeout, *m_fake);
    auto waiting = std::async(std::launch::async, [&] { return request.waitForMatchingCard(); });
    QVERIFY(waitForStatusCalls(2));
    m_fake->removeCard(readerA);
    m_fake->insertCard(readerA, atrX); // the same ATR: only the event counter tells it is new
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    QCOMPARE(waiting.get().reader().name(), QString::fromStdString(readerA));
}

void TestCardRequest::readerHotPlugWhileWaiting()
{
    CardRequest request(false, {}, nullptr, {}, LongTimeout, *m_fake);
    auto waiting = std::async(std::launch::async, [&] { return request.waitForMatchingCard(); });
    QVERIFY(waitForStatusCalls(2));
    std::thread plug([this] {
        m_fake->addReader(readerB);
        m_fake->insertCard(readerB, atrY);
    });
    plug.join();
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    QCOMPARE(waiting.get().reader().name(), QString::fromStdString(readerB));
}

void TestCardRequest::pnpNotificationWatchesNamedReader()
{
    // Reader B does not exist yet. Only the PnP pseudo-reader can wake the waiter when it
    // is added; without it, the card inserted afterwards would never be seen.
    m_fake->addReader(readerA);
    CardRequest request(false, { QString::fromStdString(readerB) }, nullptr, {}, LongTimeout, *m_fake);
    auto waiting = std::async(std::launch::async, [&] { return request.waitForMatchingCard(); });
    QVERIFY(waitForStatusCalls(2));
    const int listed = m_fake->callCount(Call::ListReaders);
    m_fake->addReader(readerB);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->callCount(Call::ListReaders) > listed, 5000);
    QVERIFY(waiting.wait_for(0s) == std::future_status::timeout);
    m_fake->insertCard(readerB, atrY);
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    QCOMPARE(waiting.get().reader().name(), QString::fromStdString(readerB));
}

void TestCardRequest::unknownReaderIsRetried()
{
    m_fake->insertCard(readerA, atrX);
    m_fake->failNext(Call::GetStatusChange, pcsc::ReturnCode::E_UnknownReader, 3);
    CardRequest request(false, {}, nullptr, {}, LongTimeout, *m_fake);
    QCOMPARE(request.waitForMatchingCard().atr(), atrX);
    QCOMPARE(m_fake->callCount(Call::GetStatusChange), 4);
}

void TestCardRequest::unknownReaderForeverIsAnError()
{
    m_fake->addReader(readerA);
    m_fake->failNext(Call::GetStatusChange, pcsc::ReturnCode::E_UnknownReader, 1000);
    CardRequest request(false, {}, nullptr, {}, LongTimeout, *m_fake);
    try {
        request.waitForCard();
        QFAIL("no exception");
    } catch (const CardRequestException &e) {
        QCOMPARE(e.hresult(), pcsc::ReturnCode::E_UnknownReader);
    }
    QVERIFY(m_fake->callCount(Call::GetStatusChange) < 100);
}

void TestCardRequest::readerVanishesDuringWait()
{
    m_fake->addReader(readerA);
    m_fake->addReader(readerB);
    CardRequest request(false, {}, nullptr, {}, LongTimeout, *m_fake);
    auto waiting = std::async(std::launch::async, [&] { return request.waitForMatchingCard(); });
    QVERIFY(waitForStatusCalls(2));
    m_fake->removeReader(readerA);
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->callCount(Call::ListReaders) >= 2, 5000);
    m_fake->insertCard(readerB, atrY);
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    QCOMPARE(waiting.get().reader().name(), QString::fromStdString(readerB));
}

void TestCardRequest::cancelWhileBlocked()
{
    m_fake->addReader(readerA);
    CardRequest request(false, {}, nullptr, {}, CardRequest::Infinite, *m_fake);
    auto waiting = std::async(std::launch::async, [&] { request.waitForCard(); });
    QVERIFY(waitForStatusCalls(2));
    QElapsedTimer timer;
    timer.start();
    request.cancel();
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    QVERIFY2(timer.elapsed() < PromptMs, qPrintable(QString::number(timer.elapsed())));
    try {
        waiting.get();
        QFAIL("no exception");
    } catch (const CardRequestException &e) {
        QCOMPARE(e.hresult(), pcsc::ReturnCode::E_Cancelled);
        QVERIFY2(e.message().contains("cancelled"), e.what());
    }
    QVERIFY(request.isCancelled());
}

void TestCardRequest::cancelRacingInvalidHandle()
{
    // pcsc-lite 1.9.9 answers SCARD_E_INVALID_HANDLE to a cancel that races a timeout:
    // the cancel must be repeated until the waiter has left.
    m_fake->addReader(readerA);
    m_fake->failNext(Call::Cancel, pcsc::ReturnCode::E_InvalidHandle, 3);
    CardRequest request(false, {}, nullptr, {}, CardRequest::Infinite, *m_fake);
    auto waiting = std::async(std::launch::async, [&] { request.waitForCard(); });
    QVERIFY(waitForStatusCalls(2));
    QElapsedTimer timer;
    timer.start();
    request.cancel();
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    QVERIFY2(timer.elapsed() < PromptMs, qPrintable(QString::number(timer.elapsed())));
    QVERIFY_THROWS_EXCEPTION(CardRequestException, waiting.get());
    QVERIFY(m_fake->callCount(Call::Cancel) >= 4);
}

void TestCardRequest::cancelBeforeWaitIsSticky()
{
    m_fake->insertCard(readerA, atrX);
    CardRequest request(false, {}, nullptr, {}, CardRequest::Infinite, *m_fake);
    request.cancel();
    QVERIFY_THROWS_EXCEPTION(CardRequestException, request.waitForCard());
    QVERIFY_THROWS_EXCEPTION(CardRequestException, request.waitForCardEvent());
    QCOMPARE(m_fake->callCount(Call::EstablishContext), 0);
}

void TestCardRequest::secondConcurrentWaitIsRefused()
{
    m_fake->addReader(readerA);
    CardRequest request(false, {}, nullptr, {}, CardRequest::Infinite, *m_fake);
    auto waiting = std::async(std::launch::async, [&] { request.waitForCard(); });
    QVERIFY(waitForStatusCalls(2));
    try {
        request.waitForCardEvent();
        QFAIL("no exception");
    } catch (const CardRequestException &e) {
        QVERIFY(!e.hresult());
    }
    request.cancel();
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    QVERIFY_THROWS_EXCEPTION(CardRequestException, waiting.get());
}

void TestCardRequest::noServiceAtStart()
{
    m_fake->setServiceRunning(false);
    CardRequest request(false, {}, nullptr, {}, LongTimeout, *m_fake);
    try {
        request.waitForCard();
        QFAIL("no exception");
    } catch (const CardRequestException &e) {
        QCOMPARE(e.hresult(), pcsc::ReturnCode::E_NoService);
    }
}

void TestCardRequest::serviceLostDuringWait()
{
    m_fake->addReader(readerA);
    CardRequest request(false, {}, nullptr, {}, CardRequest::Infinite, *m_fake);
    auto waiting = std::async(std::launch::async, [&] { request.waitForCard(); });
    QVERIFY(waitForStatusCalls(2));
    m_fake->setServiceRunning(false);
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    try {
        waiting.get();
        QFAIL("no exception");
    } catch (const CardRequestException &e) {
        QCOMPARE(e.hresult(), pcsc::ReturnCode::F_CommError);
    }
}

void TestCardRequest::firstCardEventReturnsAtOnce()
{
    m_fake->insertCard(readerA, atrX);
    m_fake->addReader(readerB);
    CardRequest request(false, {}, nullptr, {}, 0.0, *m_fake); // would time out if it waited
    const CardRequest::CardEvents events = request.waitForCardEvent();
    QCOMPARE(names(events.added), QStringList { QString::fromStdString(readerA) });
    QCOMPARE(events.added.at(0).atr(), atrX);
    QVERIFY(events.removed.empty());
    QCOMPARE(names(events.present), names(events.added));
    QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCardEvent());
}

void TestCardRequest::cardEventSequence()
{
    m_fake->insertCard(readerA, atrX);
    m_fake->addReader(readerB);
    CardRequest request(false, {}, nullptr, {}, LongTimeout, *m_fake);
    QCOMPARE(request.waitForCardEvent().added.size(), std::size_t(1));

    auto inserted = std::async(std::launch::async, [&] { return request.waitForCardEvent(); });
    QVERIFY(waitForStatusCalls(3));
    m_fake->insertCard(readerB, atrY);
    QVERIFY(inserted.wait_for(FutureBound) == std::future_status::ready);
    CardRequest::CardEvents events = inserted.get();
    QCOMPARE(names(events.added), QStringList { QString::fromStdString(readerB) });
    QVERIFY(events.removed.empty());
    QCOMPARE(events.present.size(), std::size_t(2));

    const int calls = m_fake->callCount(Call::GetStatusChange);
    auto removed = std::async(std::launch::async, [&] { return request.waitForCardEvent(); });
    QVERIFY(waitForStatusCalls(calls + 2));
    m_fake->removeCard(readerA);
    QVERIFY(removed.wait_for(FutureBound) == std::future_status::ready);
    events = removed.get();
    QVERIFY(events.added.empty());
    QCOMPARE(names(events.removed), QStringList { QString::fromStdString(readerA) });
    QCOMPARE(events.removed.at(0).atr(), atrX);
    QCOMPARE(names(events.present), QStringList { QString::fromStdString(readerB) });
}

void TestCardRequest::cardEventBetweenCallsIsReportedAtOnce()
{
    m_fake->addReader(readerA);
    CardRequest request(false, {}, nullptr, {}, 0.0, *m_fake);
    QVERIFY(request.waitForCardEvent().added.empty());
    m_fake->insertCard(readerA, atrX);
    QCOMPARE(names(request.waitForCardEvent().added), QStringList { QString::fromStdString(readerA) });
    m_fake->removeCard(readerA);
    QCOMPARE(names(request.waitForCardEvent().removed), QStringList { QString::fromStdString(readerA) });
}

void TestCardRequest::cardEventReinsertedCard()
{
    m_fake->insertCard(readerA, atrX);
    CardRequest request(false, {}, nullptr, {}, 0.0, *m_fake);
    QCOMPARE(request.waitForCardEvent().added.size(), std::size_t(1));
    m_fake->removeCard(readerA);
    m_fake->insertCard(readerA, atrX);
    const CardRequest::CardEvents events = request.waitForCardEvent();
    QCOMPARE(names(events.removed), QStringList { QString::fromStdString(readerA) });
    QCOMPARE(names(events.added), QStringList { QString::fromStdString(readerA) });
    QVERIFY(events.added.at(0) == events.removed.at(0)); // same reader and ATR, another insertion
}

void TestCardRequest::cardEventReaderVanishes()
{
    m_fake->insertCard(readerA, atrX);
    m_fake->insertCard(readerB, atrY);
    CardRequest request(false, {}, nullptr, {}, LongTimeout, *m_fake);
    QCOMPARE(request.waitForCardEvent().added.size(), std::size_t(2));
    auto waiting = std::async(std::launch::async, [&] { return request.waitForCardEvent(); });
    QVERIFY(waitForStatusCalls(3));
    m_fake->removeReader(readerB);
    QVERIFY(waiting.wait_for(FutureBound) == std::future_status::ready);
    const CardRequest::CardEvents events = waiting.get();
    QCOMPARE(names(events.removed), QStringList { QString::fromStdString(readerB) });
    QCOMPARE(events.removed.at(0).atr(), atrY);
    QCOMPARE(names(events.present), QStringList { QString::fromStdString(readerA) });
}

void TestCardRequest::cardEventNoReadersThenTimeout()
{
    CardRequest request(false, {}, nullptr, {}, 0.1, *m_fake);
    const CardRequest::CardEvents first = request.waitForCardEvent();
    QVERIFY(first.added.empty() && first.removed.empty() && first.present.empty());
    QVERIFY_THROWS_EXCEPTION(CardRequestTimeoutException, request.waitForCardEvent());
}

QTEST_GUILESS_MAIN(TestCardRequest)
#include "tst_cardrequest.moc"
