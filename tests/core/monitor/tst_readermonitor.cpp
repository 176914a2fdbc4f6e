// ReaderMonitor over the fake PC/SC: pyscard's ReaderObserver API (told the readers at once,
// then what came and went), readers appearing and vanishing, and the signals it shares with
// CardMonitor when both listen to one engine.
#include "eventrecorder.h"
#include "fakepcsc.h"
#include "monitor/cardmonitor.h"
#include "monitor/readermonitor.h"

#include <QTest>

#include <mutex>

using namespace smartcard;
using namespace std::chrono_literals;
using cardscope::testing::FakePcsc;

namespace {

const std::string readerA = "Fake Reader A 00 00";
const std::string readerB = "Fake Reader B 00 00";
const QString nameA = QString::fromStdString(readerA);
const QString nameB = QString::fromStdString(readerB);
constexpr int WaitMs = 3000;

class RecordingObserver : public ReaderObserver
{
public:
    void update(const std::vector<Reader> &added, const std::vector<Reader> &removed) override
    {
        const std::lock_guard lock(m_mutex);
        QStringList call;
        for (const Reader &reader : added)
            call << '+' + reader.name();
        for (const Reader &reader : removed)
            call << '-' + reader.name();
        m_calls.push_back(call.join(' ').toStdString());
    }
    QStringList calls() const
    {
        const std::lock_guard lock(m_mutex);
        QStringList calls;
        for (const std::string &call : m_calls)
            calls << QString::fromStdString(call);
        return calls;
    }

private:
    mutable std::mutex m_mutex;
    // std::string, not QString: a deep copy crosses threads (Qt's implicit sharing checks its
    // reference count with a relaxed load, which ThreadSanitizer reports).
    std::vector<std::string> m_calls;
};

} // namespace

class TestReaderMonitor : public QObject
{
    Q_OBJECT

private slots:
    void observerToldReadersThenChanges();
    void monitorsShareOneEngine();
    void sharedEngineIsOnePerApi();
};

void TestReaderMonitor::observerToldReadersThenChanges()
{
    FakePcsc fake;
    fake.addReader(readerA);
    ReaderMonitor monitor(std::make_shared<MonitorEngine>(fake));
    QVERIFY(monitor.waitForReady(3s));
    RecordingObserver observer;
    monitor.addObserver(&observer);
    QCOMPARE(observer.calls(), QStringList({ '+' + nameA }));
    fake.addReader(readerB);
    QTRY_COMPARE_WITH_TIMEOUT(observer.calls(), QStringList({ '+' + nameA, '+' + nameB }), WaitMs);
    fake.removeReader(readerA);
    QTRY_COMPARE_WITH_TIMEOUT(observer.calls().size(), 3, WaitMs);
    QCOMPARE(observer.calls().last(), '-' + nameA);
    QCOMPARE(monitor.readers().size(), std::size_t(1));
    QCOMPARE(monitor.readers().front().name(), nameB);
    monitor.deleteObserver(&observer);
    QCOMPARE(monitor.countObservers(), 0);
}

void TestReaderMonitor::monitorsShareOneEngine()
{
    FakePcsc fake;
    fake.addReader(readerA);
    auto engine = std::make_shared<MonitorEngine>(fake);
    ReaderMonitor readers(engine);
    CardMonitor cards(engine);
    EventRecorder readerEvents(&readers);
    EventRecorder cardEvents(&cards);
    readers.start();
    cards.start();
    fake.addReader(readerB);
    fake.insertCard(readerB, { 0x3B, 0x00 });
    // Every signal on both; one engine, so the same order.
    QTRY_COMPARE_WITH_TIMEOUT(cardEvents.events().contains("card_inserted " + nameB), true, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(readerEvents.lines(), cardEvents.lines(), WaitMs);
    QVERIFY(readerEvents.events().contains("reader_added " + nameB));
    QCOMPARE(fake.openContexts(), 1);
}

void TestReaderMonitor::sharedEngineIsOnePerApi()
{
    FakePcsc fake;
    std::weak_ptr<MonitorEngine> weak;
    {
        ReaderMonitor first(MonitorEngine::shared(fake));
        CardMonitor second(MonitorEngine::shared(fake));
        QCOMPARE(first.engine(), second.engine());
        weak = first.engine();
        QTRY_COMPARE_WITH_TIMEOUT(fake.openContexts(), 1, WaitMs);
    }
    // The last monitor took the engine with it: thread stopped, context released.
    QVERIFY(weak.expired());
    QCOMPARE(fake.openContexts(), 0);
}

QTEST_GUILESS_MAIN(TestReaderMonitor)
#include "tst_readermonitor.moc"
