// The Qt adapters of the three observer kinds: called on another thread (as the engine or a
// connection's worker calls them), they reach a receiver on this thread through queued
// connections, with value payloads.
#include "monitor/cardconnectionobserveradapter.h"
#include "monitor/cardobserveradapter.h"
#include "monitor/readerobserveradapter.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <thread>

using namespace smartcard;

class TestObserverAdapters : public QObject
{
    Q_OBJECT

private slots:
    void readerObserver();
    void cardObserver();
    void cardConnectionObserver();
};

void TestObserverAdapters::readerObserver()
{
    ReaderObserverAdapter adapter;
    QThread *receivedOn = nullptr;
    QStringList added;
    QStringList removed;
    connect(&adapter, &ReaderObserverAdapter::readersChanged, this,
        [&](const QStringList &a, const QStringList &r) {
            receivedOn = QThread::currentThread();
            added = a;
            removed = r;
        });
    std::thread engine([&] { adapter.update({ Reader("A"), Reader("B") }, { Reader("C") }); });
    engine.join();
    QTRY_VERIFY(receivedOn);
    QCOMPARE(receivedOn, thread());
    QCOMPARE(added, QStringList({ "A", "B" }));
    QCOMPARE(removed, QStringList({ "C" }));
}

void TestObserverAdapters::cardObserver()
{
    CardObserverAdapter adapter;
    QSignalSpy spy(&adapter, &CardObserverAdapter::cardsChanged);
    std::thread engine([&] { adapter.update({ Card(Reader("A"), { 0x3B, 0x00 }) }, {}); });
    engine.join();
    QTRY_COMPARE(spy.size(), 1);
    const auto added = spy.at(0).at(0).value<QList<ReaderStatus>>();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().reader, QStringLiteral("A"));
    QCOMPARE(added.first().atr, Bytes({ 0x3B, 0x00 }));
    QVERIFY(added.first().isPresent());
    QVERIFY(spy.at(0).at(1).value<QList<ReaderStatus>>().isEmpty());
}

void TestObserverAdapters::cardConnectionObserver()
{
    CardConnectionObserverAdapter adapter;
    QThread *receivedOn = nullptr;
    CardConnectionEvent received;
    connect(
        &adapter, &CardConnectionObserverAdapter::eventOccurred, this, [&](const CardConnectionEvent &event) {
            receivedOn = QThread::currentThread();
            received = event;
        });
    CardConnectionEvent event;
    event.type = CardConnectionEvent::Type::Response;
    event.reader = QStringLiteral("A");
    event.data = { 0x01, 0x02 };
    event.sw1 = 0x90;
    std::thread worker([&] { adapter.update(nullptr, event); });
    worker.join();
    QTRY_VERIFY(receivedOn);
    QCOMPARE(receivedOn, thread());
    QCOMPARE(received.reader, QStringLiteral("A"));
    QCOMPARE(received.data, Bytes({ 0x01, 0x02 }));
    QCOMPARE(received.sw1, std::uint8_t(0x90));
}

QTEST_GUILESS_MAIN(TestObserverAdapters)
#include "tst_observeradapters.moc"
