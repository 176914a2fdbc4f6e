// SessionRecorder on the real stack: pcscd, a vpcd reader and the emulated card with the
// T=0 profile. With automatic GET RESPONSE off, a SELECT is one exchange answered 61xx; on,
// the GET RESPONSE the connection adds is a second entry linked to the first. The connect
// entry carries the card's ATR; a VERIFY's PIN never reaches a sink. The rig is made in
// initTestCase, before any PC/SC call.
#include "connection/pcsccardconnection.h"
#include "log/sessionlog.h"
#include "log/sessionrecorder.h"
#include "log/sessionrecorderadapter.h"
#include "pcscrig.h"
#include "testhex.h"

#include <QSignalSpy>
#include <QTest>

using namespace smartcard;
using cardscope::testing::CardOptions;
using cardscope::testing::hex;
using cardscope::testing::PcscRig;

namespace {

constexpr int t0Slot = 0;

} // namespace

class TestSessionRecorderRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getResponse_data();
    void getResponse();
    void verifyIsMaskedInTheLog();

private:
    // What the adapter delivered, appended to a SessionLog as the GUI would.
    void collect(SessionRecorderAdapter &adapter, SessionLog &log, int expected);

    std::unique_ptr<PcscRig> m_rig;
};

void TestSessionRecorderRig::initTestCase()
{
    m_rig = std::make_unique<PcscRig>();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    CardOptions t0;
    t0.profile = QStringLiteral("t0");
    QVERIFY2(m_rig->insertCard(t0Slot, t0), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(t0Slot), true));
}

void TestSessionRecorderRig::collect(SessionRecorderAdapter &adapter, SessionLog &log, int expected)
{
    QObject::connect(
        &adapter, &SessionRecorderAdapter::entriesRecorded, &adapter, [&log](const QList<LogEntry> &entries) {
            for (const LogEntry &entry : entries)
                log.append(entry);
        });
    QTRY_COMPARE(log.size(), SessionLog::Index(expected));
}

void TestSessionRecorderRig::getResponse_data()
{
    QTest::addColumn<bool>("autoGetResponse");
    QTest::newRow("GET RESPONSE off") << false;
    QTest::newRow("GET RESPONSE on") << true;
}

void TestSessionRecorderRig::getResponse()
{
    QFETCH(bool, autoGetResponse);
    SessionRecorder recorder;
    SessionRecorderAdapter adapter(&recorder);
    SessionLog log;
    PCSCCardConnection connection(m_rig->readerName(t0Slot));
    connection.addObserver(&recorder);
    connection.setAutoGetResponse(autoGetResponse);
    connection.connect();
    const CardConnection::Response response = connection.transmit(hex("00 A4 00 04 02 3F 00"));
    const Bytes atr = connection.getATR();
    connection.disconnect();
    collect(adapter, log, autoGetResponse ? 4 : 3);

    QCOMPARE(log.kind(0), LogEntry::Kind::Connect);
    const LogEntry connect = log.entry(0);
    QVERIFY(!atr.empty());
    QCOMPARE(connect.atr, atr);
    QCOMPARE(connect.reader, m_rig->readerName(t0Slot));

    const LogEntry select = log.entry(1);
    QCOMPARE(select.kind, LogEntry::Kind::Exchange);
    QCOMPARE(select.command, hex("00 A4 00 04 02 3F 00"));
    QCOMPARE(select.sw >> 8, 0x61);
    QCOMPARE(select.originId, 0u);
    QCOMPARE(select.protocol, CardConnection::T0_protocol);
    QCOMPARE(select.atr, connect.atr);
    if (!autoGetResponse) {
        QCOMPARE(response.sw1, 0x61);
        QCOMPARE(log.kind(2), LogEntry::Kind::Disconnect);
        return;
    }
    const LogEntry getResponse = log.entry(2);
    QCOMPARE(getResponse.command, (Bytes { 0x00, 0xC0, 0x00, 0x00, std::uint8_t(select.sw & 0xFF) }));
    QCOMPARE(getResponse.sw, 0x9000);
    QCOMPARE(getResponse.originId, select.exchangeId);
    QCOMPARE(getResponse.exchangeId, select.exchangeId + 1);
    QCOMPARE(getResponse.response, response.data); // the FCP the caller got
    QCOMPARE(log.kind(3), LogEntry::Kind::Disconnect);
}

void TestSessionRecorderRig::verifyIsMaskedInTheLog()
{
    SessionRecorder recorder;
    SessionRecorderAdapter adapter(&recorder);
    SessionLog log;
    PCSCCardConnection connection(m_rig->readerName(t0Slot));
    connection.connect();
    connection.addObserver(&recorder);
    const Bytes verify = hex("00 20 00 81 08 31 32 33 34 FF FF FF FF");
    QCOMPARE(connection.transmit(verify).sw(), 0x9000); // the card got the real PIN
    connection.reconnect({}, {}, pcsc::Disposition::ResetCard);
    collect(adapter, log, 2);
    const LogEntry entry = log.entry(0);
    QCOMPARE(entry.command, hex("00 20 00 81 08 00 00 00 00 00 00 00 00"));
    QVERIFY(entry.has(LogEntry::Masked));
    QCOMPARE(entry.maskOffset, 5);
    QCOMPARE(entry.maskLength, 8);
    QCOMPARE(log.kind(1), LogEntry::Kind::Reconnect);
    QCOMPARE(log.entry(1).atr, connection.getATR());
}

QTEST_GUILESS_MAIN(TestSessionRecorderRig)
#include "tst_sessionrecorder_rig.moc"
