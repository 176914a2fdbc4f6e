// SessionRecorder over a PCSCCardConnection on the fake PC/SC: one entry per exchange,
// failures kept, links between helper exchanges and their origin, masking, wall-clock times,
// sinks from several threads, and the batching Qt adapter.
#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "fakecards.h"
#include "fakepcsc.h"
#include "log/sessionrecorder.h"
#include "log/sessionrecorderadapter.h"
#include "testhex.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <mutex>
#include <thread>

using namespace smartcard;
using cardscope::testing::FakePcsc;
using cardscope::testing::fakeT0Card;
using cardscope::testing::hex;

namespace {

// A sink that keeps what it is given (thread-safe).
struct Collector
{
    std::mutex mutex;
    std::vector<LogEntry> entries;
    SessionRecorder::Sink sink()
    {
        return [this](const LogEntry &entry) {
            std::lock_guard lock(mutex);
            entries.push_back(entry);
        };
    }
    QStringList kinds()
    {
        QStringList names;
        for (const LogEntry &entry : entries)
            names << QString::fromLatin1(LogEntry::kindName(entry.kind));
        return names;
    }
};

const Bytes cardAtr = hex("3B 02 14 50");

} // namespace

class TestSessionRecorder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyOperationIsAnEntry();
    void exchangeIsOneEntry();
    void failedTransmitIsKept();
    void failedConnectIsKept();
    void helperExchangesLinkToTheirOrigin_data();
    void helperExchangesLinkToTheirOrigin();
    void secretsMaskedByDefault();
    void unmaskedSessionKeepsTheMark();
    void wallClockTimes();
    void orphanEvents();
    void atrToldLater();
    void removedSinkIsNotCalled();
    void connectionsOnSeveralThreads();
    void adapterBatches();
    void adapterFromAWorkerThread();

private:
    std::unique_ptr<FakePcsc> m_fake;
};

void TestSessionRecorder::init()
{
    m_fake = std::make_unique<FakePcsc>();
    m_fake->insertCard("Reader", cardAtr, fakeT0Card);
    m_fake->insertCard("Other", hex("3B 00"), fakeT0Card);
    m_fake->setControlResponse("Reader", 0x42000D48, hex("06 04 00 00 00 01"));
    m_fake->setAttribute("Reader", pcsc::attribute::VendorName, hex("41 43 4D 45"));
}

void TestSessionRecorder::everyOperationIsAnEntry()
{
    SessionRecorder recorder;
    Collector collector;
    recorder.addSink(collector.sink());
    {
        PCSCCardConnection connection("Reader", *m_fake);
        connection.addObserver(&recorder);
        connection.connect(CardConnection::T0_protocol, pcsc::ShareMode::Exclusive);
        connection.transmit(hex("00 84 00 00 08"));
        connection.control(0x42000D48, hex("01 02"));
        connection.getAttrib(pcsc::attribute::VendorName);
        connection.reconnect({}, pcsc::ShareMode::Shared, pcsc::Disposition::UnpowerCard);
        connection.disconnect();
        connection.release();
    }
    QCOMPARE(collector.kinds(),
        (QStringList { "connect", "exchange", "control", "attrib", "reconnect", "disconnect", "release" }));
    const auto &e = collector.entries;
    for (const LogEntry &entry : e) {
        QCOMPARE(entry.reader, QStringLiteral("Reader"));
        QVERIFY(!entry.has(LogEntry::Failed));
        QCOMPARE(entry.atr, cardAtr); // told by the connect event, kept for what follows
    }
    QCOMPARE(e[0].code, std::uint32_t(pcsc::ShareMode::Exclusive));
    QCOMPARE(e[0].protocol, CardConnection::T0_protocol);
    QCOMPARE(e[2].code, 0x42000D48u);
    QCOMPARE(e[2].command, hex("01 02"));
    QCOMPARE(e[2].response, hex("06 04 00 00 00 01"));
    QCOMPARE(e[3].code, pcsc::attribute::VendorName);
    QCOMPARE(e[3].response, hex("41 43 4D 45"));
    QVERIFY(e[3].command.empty());
    QCOMPARE(e[4].code, std::uint32_t(pcsc::ShareMode::Shared));
    QCOMPARE(e[4].disposition, pcsc::Disposition::UnpowerCard);
    QCOMPARE(e[5].disposition, pcsc::Disposition::LeaveCard);
}

void TestSessionRecorder::exchangeIsOneEntry()
{
    SessionRecorder recorder;
    Collector collector;
    recorder.addSink(collector.sink());
    PCSCCardConnection connection("Reader", *m_fake);
    connection.connect();
    connection.addObserver(&recorder);
    connection.transmit(hex("00 B0 00 00 08"));
    QCOMPARE(collector.entries.size(), std::size_t(1));
    const LogEntry &entry = collector.entries[0];
    QCOMPARE(entry.kind, LogEntry::Kind::Exchange);
    QCOMPARE(entry.flags, std::uint8_t(LogEntry::HasResponse));
    QCOMPARE(entry.command, hex("00 B0 00 00 08"));
    QCOMPARE(entry.response, hex("11 22 33 44 55 66 77 88"));
    QCOMPARE(entry.sw, 0x9000);
    QCOMPARE(entry.exchangeId, 1u);
    QCOMPARE(entry.originId, 0u);
    QCOMPARE(entry.protocol, connection.getProtocol()); // the one the transmit used
    QVERIFY(entry.durationNs > 0);
    QVERIFY(entry.atr.empty()); // the recorder came after the connect and was not told
}

void TestSessionRecorder::failedTransmitIsKept()
{
    SessionRecorder recorder;
    Collector collector;
    recorder.addSink(collector.sink());
    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&recorder);
    connection.connect();
    m_fake->failNext(FakePcsc::Call::Transmit, pcsc::ReturnCode::E_NoSmartcard);
    QVERIFY_THROWS_EXCEPTION(SmartcardException, connection.transmit(hex("00 84 00 00 08")));
    connection.transmit(hex("00 84 00 00 08"));
    QCOMPARE(collector.kinds(), (QStringList { "connect", "exchange", "exchange" }));
    const LogEntry &failed = collector.entries[1];
    QCOMPARE(failed.flags, std::uint8_t(LogEntry::Failed));
    QCOMPARE(failed.command, hex("00 84 00 00 08"));
    QVERIFY(failed.response.empty());
    QCOMPARE(failed.sw, 0);
    QCOMPARE(failed.errorCode, std::uint32_t(pcsc::ReturnCode::E_NoSmartcard));
    QVERIFY2(failed.errorMessage.contains("0x8010000C"), qPrintable(failed.errorMessage));
    QCOMPARE(collector.entries[2].flags, std::uint8_t(LogEntry::HasResponse));
    QCOMPARE(collector.entries[2].exchangeId, failed.exchangeId + 1);
}

void TestSessionRecorder::failedConnectIsKept()
{
    m_fake->addReader("Empty");
    SessionRecorder recorder;
    Collector collector;
    recorder.addSink(collector.sink());
    PCSCCardConnection connection("Empty", *m_fake);
    connection.addObserver(&recorder);
    QVERIFY_THROWS_EXCEPTION(SmartcardException, connection.connect());
    QCOMPARE(collector.kinds(), QStringList { "connect" });
    QVERIFY(collector.entries[0].has(LogEntry::Failed));
    QCOMPARE(collector.entries[0].errorCode, std::uint32_t(pcsc::ReturnCode::E_NoSmartcard));
    QVERIFY(collector.entries[0].atr.empty());
}

void TestSessionRecorder::helperExchangesLinkToTheirOrigin_data()
{
    QTest::addColumn<Bytes>("command");
    QTest::addColumn<bool>("getResponse");
    QTest::addColumn<bool>("leCorrection");
    QTest::addColumn<QStringList>("exchanges"); // command > SW (for origin)
    QTest::newRow("GET RESPONSE off")
        << hex("00 A4 00 00 02 3F 00") << false << false << QStringList { "00A40000023F00 > 6105" };
    QTest::newRow("GET RESPONSE on") << hex("00 A4 00 00 02 3F 00") << true << false
                                     << QStringList { "00A40000023F00 > 6105", "00C0000005 > 9000 (for 1)" };
    QTest::newRow("Le correction off")
        << hex("00 B0 00 00 00") << false << false << QStringList { "00B0000000 > 6C08" };
    QTest::newRow("Le correction on") << hex("00 B0 00 00 00") << false << true
                                      << QStringList { "00B0000000 > 6C08", "00B0000008 > 9000 (for 1)" };
}

void TestSessionRecorder::helperExchangesLinkToTheirOrigin()
{
    QFETCH(Bytes, command);
    QFETCH(bool, getResponse);
    QFETCH(bool, leCorrection);
    QFETCH(QStringList, exchanges);
    SessionRecorder recorder;
    Collector collector;
    recorder.addSink(collector.sink());
    PCSCCardConnection connection("Reader", *m_fake);
    connection.connect();
    connection.setAutoGetResponse(getResponse);
    connection.setAutoLeCorrection(leCorrection);
    connection.addObserver(&recorder);
    connection.transmit(command);
    QStringList lines;
    for (const LogEntry &entry : collector.entries) {
        QString line
            = QStringLiteral("%1 > %2")
                  .arg(QString::fromLatin1(QByteArray(
                      reinterpret_cast<const char *>(entry.command.data()), qsizetype(entry.command.size()))
                                               .toHex()
                                               .toUpper()))
                  .arg(entry.sw, 4, 16, QLatin1Char('0'))
                  .toUpper();
        if (entry.originId)
            line += QStringLiteral(" (for %1)").arg(entry.originId);
        lines << line;
        QCOMPARE(entry.kind, LogEntry::Kind::Exchange);
    }
    QCOMPARE(lines, exchanges);
    for (std::size_t i = 0; i < collector.entries.size(); ++i)
        QCOMPARE(collector.entries[i].exchangeId, std::uint32_t(i + 1));
}

void TestSessionRecorder::secretsMaskedByDefault()
{
    SessionRecorder recorder;
    QVERIFY(recorder.maskSecrets());
    Collector collector;
    recorder.addSink(collector.sink());
    PCSCCardConnection connection("Reader", *m_fake);
    connection.connect();
    connection.addObserver(&recorder);
    connection.transmit(hex("00 20 00 81 08 31 32 33 34 FF FF FF FF"));
    connection.transmit(hex("00 84 00 00 08"));
    const LogEntry &verify = collector.entries[0];
    QCOMPARE(verify.command, hex("00 20 00 81 08 00 00 00 00 00 00 00 00"));
    QVERIFY(verify.has(LogEntry::Masked));
    QCOMPARE(verify.maskOffset, 5);
    QCOMPARE(verify.maskLength, 8);
    QCOMPARE(verify.sw, 0x63C2);
    QVERIFY(!collector.entries[1].has(LogEntry::Masked));
    // The card got the real PIN: only the log is masked.
    QCOMPARE(m_fake->transmittedCommands().front(), hex("00 20 00 81 08 31 32 33 34 FF FF FF FF"));
}

void TestSessionRecorder::unmaskedSessionKeepsTheMark()
{
    SessionRecorder recorder;
    recorder.setMaskSecrets(false);
    Collector collector;
    recorder.addSink(collector.sink());
    PCSCCardConnection connection("Reader", *m_fake);
    connection.connect();
    connection.addObserver(&recorder);
    connection.transmit(hex("00 20 00 81 04 31 32 33 34"));
    recorder.setMaskSecrets(true);
    connection.transmit(hex("00 20 00 81 04 31 32 33 34"));
    const LogEntry &unmasked = collector.entries[0];
    QCOMPARE(unmasked.command, hex("00 20 00 81 04 31 32 33 34"));
    QVERIFY(unmasked.has(LogEntry::Masked)); // still says which bytes are secret
    QCOMPARE(unmasked.maskOffset, 5);
    QCOMPARE(unmasked.maskLength, 4);
    QCOMPARE(collector.entries[1].command, hex("00 20 00 81 04 00 00 00 00"));
}

// Events carry steady_clock times; entries carry wall-clock times through one offset.
void TestSessionRecorder::wallClockTimes()
{
    SessionRecorder recorder;
    Collector collector;
    recorder.addSink(collector.sink());
    CardConnectionEvent event;
    event.type = CardConnectionEvent::Type::Control;
    event.reader = QStringLiteral("Reader");
    event.timestampNs = 1'000'000'000;
    event.durationNs = 5'000;
    recorder.update(nullptr, event);
    event.timestampNs += 2'500;
    recorder.update(nullptr, event);
    QCOMPARE(collector.entries[0].timeNs, 1'000'000'000 + recorder.steadyToSystemOffsetNs());
    QCOMPARE(collector.entries[1].timeNs - collector.entries[0].timeNs, 2'500);
    QCOMPARE(collector.entries[0].durationNs, 5'000);

    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&recorder);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    connection.connect();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const qint64 entryMs = collector.entries.back().timeNs / 1'000'000;
    // Two clocks read at different instants: allow for the rounding of milliseconds.
    QVERIFY2(entryMs >= before - 1 && entryMs <= after + 1,
        qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(entryMs).arg(before).arg(after)));
}

// A recorder added between a command and its response, or a command whose response never
// came: nothing is lost, nothing is invented.
void TestSessionRecorder::orphanEvents()
{
    SessionRecorder recorder;
    Collector collector;
    recorder.addSink(collector.sink());
    CardConnectionEvent response;
    response.type = CardConnectionEvent::Type::Response;
    response.reader = QStringLiteral("R");
    response.exchangeId = 7;
    response.data = hex("01");
    response.sw1 = 0x90;
    recorder.update(nullptr, response);
    CardConnectionEvent command;
    command.type = CardConnectionEvent::Type::Command;
    command.reader = QStringLiteral("R");
    command.exchangeId = 8;
    command.data = hex("00 84 00 00 01");
    recorder.update(nullptr, command);
    command.exchangeId = 9;
    recorder.update(nullptr, command); // 8 never had its response
    response.exchangeId = 9;
    recorder.update(nullptr, response);
    QCOMPARE(collector.entries.size(), std::size_t(3));
    QCOMPARE(collector.entries[0].exchangeId, 7u);
    QVERIFY(collector.entries[0].command.empty());
    QCOMPARE(collector.entries[0].sw, 0x9000);
    QCOMPARE(collector.entries[1].exchangeId, 8u);
    QCOMPARE(collector.entries[1].flags, std::uint8_t(0)); // neither a response nor a failure
    QCOMPARE(collector.entries[1].reader, QStringLiteral("R"));
    QCOMPARE(collector.entries[2].exchangeId, 9u);
    QCOMPARE(collector.entries[2].command, hex("00 84 00 00 01"));
    QVERIFY(collector.entries[2].has(LogEntry::HasResponse));
}

void TestSessionRecorder::atrToldLater()
{
    SessionRecorder recorder;
    Collector collector;
    recorder.addSink(collector.sink());
    PCSCCardConnection connection("Reader", *m_fake);
    connection.connect();
    connection.addObserver(&recorder);
    recorder.setAtr(&connection, connection.getATR());
    connection.transmit(hex("00 84 00 00 08"));
    QCOMPARE(collector.entries.at(0).atr, cardAtr);
}

void TestSessionRecorder::removedSinkIsNotCalled()
{
    SessionRecorder recorder;
    Collector first;
    Collector second;
    const auto firstId = recorder.addSink(first.sink());
    recorder.addSink(second.sink());
    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&recorder);
    connection.connect();
    recorder.removeSink(firstId);
    recorder.removeSink(12345); // unknown: nothing happens
    connection.disconnect();
    QCOMPARE(first.kinds(), QStringList { "connect" });
    QCOMPARE(second.kinds(), (QStringList { "connect", "disconnect" }));
}

// Connections on their own threads share one recorder: each exchange stays whole.
void TestSessionRecorder::connectionsOnSeveralThreads()
{
    SessionRecorder recorder;
    Collector collector;
    recorder.addSink(collector.sink());
    constexpr int perThread = 300;
    auto work = [&](const char *reader, std::uint8_t p1) {
        PCSCCardConnection connection(QString::fromLatin1(reader), *m_fake);
        connection.addObserver(&recorder);
        connection.connect();
        for (int i = 0; i < perThread; ++i)
            connection.transmit(Bytes { 0x00, 0xB0, p1, std::uint8_t(i), 0x08 });
        connection.deleteObserver(&recorder);
    };
    std::thread a(work, "Reader", 0x01);
    std::thread b(work, "Other", 0x02);
    a.join();
    b.join();
    QCOMPARE(collector.entries.size(), std::size_t(2 * (perThread + 1)));
    std::map<QString, std::uint32_t> lastId;
    for (const LogEntry &entry : collector.entries) {
        if (entry.kind != LogEntry::Kind::Exchange)
            continue;
        QCOMPARE(entry.command.at(2), std::uint8_t(entry.reader == QStringLiteral("Reader") ? 0x01 : 0x02));
        QCOMPARE(entry.response, hex("11 22 33 44 55 66 77 88"));
        QCOMPARE(entry.exchangeId, lastId[entry.reader] + 1); // in order per connection
        QCOMPARE(entry.command.at(3), std::uint8_t(entry.exchangeId - 1));
        lastId[entry.reader] = entry.exchangeId;
    }
}

// Entries made while the event loop does not run arrive as one batch.
void TestSessionRecorder::adapterBatches()
{
    SessionRecorder recorder;
    SessionRecorderAdapter adapter(&recorder);
    QCOMPARE(adapter.batchInterval(), 30);
    QSignalSpy spy(&adapter, &SessionRecorderAdapter::entriesRecorded);
    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&recorder);
    connection.connect();
    for (int i = 0; i < 100; ++i)
        connection.transmit(hex("00 84 00 00 08"));
    QVERIFY(spy.isEmpty()); // nothing before the event loop runs
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    const auto batch = spy.at(0).at(0).value<QList<LogEntry>>();
    QCOMPARE(batch.size(), 101);
    QCOMPARE(batch.first().kind, LogEntry::Kind::Connect);
    QCOMPARE(batch.last().exchangeId, 100u);

    // flush() delivers at once; an empty flush emits nothing.
    adapter.setBatchInterval(0);
    connection.disconnect();
    adapter.flush();
    QCOMPARE(spy.count(), 2);
    adapter.flush();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<QList<LogEntry>>().first().kind, LogEntry::Kind::Disconnect);
}

void TestSessionRecorder::adapterFromAWorkerThread()
{
    SessionRecorder recorder;
    int received = 0;
    QList<LogEntry> last;
    {
        SessionRecorderAdapter adapter(&recorder);
        adapter.setBatchInterval(5);
        QObject::connect(&adapter, &SessionRecorderAdapter::entriesRecorded, &adapter,
            [&](const QList<LogEntry> &entries) {
                QCOMPARE(QThread::currentThread(), qApp->thread());
                received += int(entries.size());
                last = entries;
            });
        std::thread worker([&] {
            PCSCCardConnection connection("Reader", *m_fake);
            connection.addObserver(&recorder);
            connection.connect();
            for (int i = 0; i < 1000; ++i)
                connection.transmit(hex("00 84 00 00 08"));
            connection.deleteObserver(&recorder);
        });
        QTRY_COMPARE(received, 1001);
        worker.join();
        QCOMPARE(last.last().exchangeId, 1000u);
    }
    // The adapter is gone: its sink too.
    PCSCCardConnection connection("Reader", *m_fake);
    connection.addObserver(&recorder);
    connection.connect();
    QCOMPARE(received, 1001);
}

QTEST_GUILESS_MAIN(TestSessionRecorder)
#include "tst_sessionrecorder.moc"
