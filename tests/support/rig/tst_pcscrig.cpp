// The rig itself: a private pcscd with four vpcd readers, emulated cards in them, daemon
// stop/kill/restart, and no process left behind. One PcscRig per process (pcsc-lite reads
// PCSCLITE_CSOCK_NAME once), made in initTestCase before any PC/SC call.
#include "childprocess.h"
#include "pcsc/context.h"
#include "pcscrig.h"

#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cardscope::testing;
using smartcard::pcsc::Context;
using smartcard::pcsc::ReturnCode;

namespace {

QStringList listedReaders(ReturnCode *code = nullptr)
{
    Context context;
    std::vector<std::string> readers;
    ReturnCode rc = context.establish();
    if (rc == ReturnCode::Success)
        rc = context.listReaders(&readers);
    if (code)
        *code = rc;
    QStringList names;
    for (const std::string &reader : readers)
        names.append(QString::fromStdString(reader));
    return names;
}

// A listening socket on a port, like another program holding it.
class PortBlocker
{
public:
    explicit PortBlocker(int port)
        : m_fd(::socket(AF_INET, SOCK_STREAM, 0))
    {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        m_listening = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0
            && ::listen(m_fd, 1) == 0;
    }
    ~PortBlocker() { ::close(m_fd); }
    bool isListening() const { return m_listening; }

private:
    int m_fd;
    bool m_listening = false;
};

} // namespace

class TestPcscRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readerNames_data();
    void readerNames();
    void insertAndRemove_data();
    void insertAndRemove();
    void cardsInSeveralReaders();
    void badSlotIsRefused();
    void killedDaemonMeansNoService();
    void restartWithAnotherReaderSet_data();
    void restartWithAnotherReaderSet();
    void cardReconnectsAfterRestart();
    void droppedReaderGetsNewPorts();
    void destructionLeavesNothing();

private:
    std::unique_ptr<PcscRig> m_rig;
};

void TestPcscRig::initTestCase()
{
    RigOptions options;
    options.readerCount = 4;
    m_rig = std::make_unique<PcscRig>(options);
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY(m_rig->isDaemonRunning());
    QCOMPARE(qgetenv("PCSCLITE_CSOCK_NAME"), m_rig->socketPath().toLocal8Bit());
    QVERIFY(QFile::exists(m_rig->socketPath()));
}

void TestPcscRig::readerNames_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("name");
    QTest::newRow("reader A, slot 0") << 0 << "CardScope Rig A 00 00";
    QTest::newRow("reader A, slot 1") << 1 << "CardScope Rig A 00 01";
    QTest::newRow("reader B, slot 0") << 2 << "CardScope Rig B 00 00";
    QTest::newRow("reader B, slot 1") << 3 << "CardScope Rig B 00 01";
    QTest::newRow("reader C, slot 0") << 4 << "CardScope Rig C 00 00";
    QTest::newRow("reader C, slot 1") << 5 << "CardScope Rig C 00 01";
    QTest::newRow("reader D, slot 0") << 6 << "CardScope Rig D 00 00";
    QTest::newRow("reader D, slot 1") << 7 << "CardScope Rig D 00 01";
}

void TestPcscRig::readerNames()
{
    QFETCH(int, slot);
    QFETCH(QString, name);
    QCOMPARE(m_rig->slotCount(), 8);
    QCOMPARE(m_rig->readerName(slot), name);
    ReturnCode rc;
    const QStringList listed = listedReaders(&rc);
    QCOMPARE(rc, ReturnCode::Success);
    QCOMPARE(listed, m_rig->readerNames());
    // Slot 1 of an entry listens one port above slot 0.
    QCOMPARE(m_rig->slotPort(slot), m_rig->slotPort(slot - slot % 2) + slot % 2);
}

void TestPcscRig::insertAndRemove_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("profile");
    QTest::newRow("t1 card, reader A slot 0") << 0 << "t1";
    QTest::newRow("t0 card, reader B slot 1") << 3 << "t0";
    QTest::newRow("t1 card, reader D slot 1") << 7 << "t1";
}

void TestPcscRig::insertAndRemove()
{
    QFETCH(int, slot);
    QFETCH(QString, profile);
    const QString reader = m_rig->readerName(slot);
    QVERIFY(PcscRig::waitForCardState(reader, false, 0));

    CardOptions options;
    options.profile = profile;
    EmulatedCard *card = m_rig->insertCard(slot, options);
    QVERIFY2(card, qPrintable(m_rig->errorString()));
    QCOMPARE(m_rig->card(slot), card);
    QVERIFY(PcscRig::waitForCardState(reader, true));
    QCOMPARE(card->statusField("inserted"), 1);

    QVERIFY2(card->remove(), qPrintable(card->errorString()));
    QVERIFY(PcscRig::waitForCardState(reader, false));
    QVERIFY2(card->insert(), qPrintable(card->errorString()));
    QVERIFY(PcscRig::waitForCardState(reader, true));

    // Ending the card process closes its socket: a removal too.
    const qint64 pid = card->pid();
    QVERIFY(m_rig->stopCard(slot));
    QVERIFY(!m_rig->card(slot));
    QVERIFY(!childprocess::isAlive(pid));
    QVERIFY(PcscRig::waitForCardState(reader, false));
}

void TestPcscRig::cardsInSeveralReaders()
{
    const QList<int> filled { 0, 2, 5, 6 };
    for (int slot : filled)
        QVERIFY2(m_rig->insertCard(slot), qPrintable(m_rig->errorString()));
    for (int slot : filled)
        QVERIFY2(
            PcscRig::waitForCardState(m_rig->readerName(slot), true), qPrintable(m_rig->readerName(slot)));
    // The slots in between stay empty: no slot mix-up between the driver copies.
    for (int slot : { 1, 3, 4, 7 })
        QVERIFY2(PcscRig::waitForCardState(m_rig->readerName(slot), false, 0),
            qPrintable(m_rig->readerName(slot)));
    for (int slot : filled)
        QVERIFY(m_rig->stopCard(slot));
    for (int slot : filled)
        QVERIFY(PcscRig::waitForCardState(m_rig->readerName(slot), false));
}

void TestPcscRig::badSlotIsRefused()
{
    QVERIFY(!m_rig->insertCard(8));
    QVERIFY2(m_rig->errorString().contains("no slot 8"), qPrintable(m_rig->errorString()));
    QVERIFY(!m_rig->insertCard(-1));
}

void TestPcscRig::killedDaemonMeansNoService()
{
    Context before;
    QCOMPARE(before.establish(), ReturnCode::Success);
    const qint64 pid = m_rig->daemonPid();

    QVERIFY(m_rig->killDaemon());
    QVERIFY(!m_rig->isDaemonRunning());
    QVERIFY(!childprocess::isAlive(pid));
    std::vector<std::string> readers;
    QCOMPARE(before.listReaders(&readers), ReturnCode::E_NoService);
    Context after;
    QCOMPARE(after.establish(), ReturnCode::E_NoService);

    QVERIFY2(m_rig->restartDaemon(), qPrintable(m_rig->errorString()));
    QCOMPARE(listedReaders(), m_rig->readerNames());
    QCOMPARE(m_rig->slotCount(), 8);
}

void TestPcscRig::restartWithAnotherReaderSet_data()
{
    QTest::addColumn<int>("readerCount");
    QTest::newRow("one reader") << 1;
    QTest::newRow("six readers") << 6;
    QTest::newRow("no reader") << 0;
    QTest::newRow("back to four") << 4;
}

void TestPcscRig::restartWithAnotherReaderSet()
{
    QFETCH(int, readerCount);
    const QString socket = m_rig->socketPath();
    const int oldCount = m_rig->readerCount();
    const int firstPort = m_rig->slotPort(0);

    QVERIFY2(m_rig->restartDaemon(readerCount), qPrintable(m_rig->errorString()));
    QCOMPARE(m_rig->socketPath(), socket);
    QCOMPARE(m_rig->slotCount(), 2 * readerCount);
    ReturnCode rc;
    QCOMPARE(listedReaders(&rc), m_rig->readerNames());
    QCOMPARE(rc, ReturnCode::Success);
    if (readerCount > 0) {
        QCOMPARE(m_rig->readerName(2 * readerCount - 1),
            QStringLiteral("CardScope Rig %1 00 01").arg(QChar(u'A' + readerCount - 1)));
    }
    if (readerCount > 0 && oldCount > 0)
        QCOMPARE(m_rig->slotPort(0), firstPort); // a surviving entry keeps its port
}

void TestPcscRig::cardReconnectsAfterRestart()
{
    EmulatedCard *card = m_rig->insertCard(1);
    QVERIFY2(card, qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(1), true));

    QVERIFY2(m_rig->restartDaemon(), qPrintable(m_rig->errorString()));
    // The card learns of the closed connection on its own; then it can be inserted again.
    QTRY_COMPARE(card->statusField("inserted"), 0);
    QVERIFY2(card->insert(), qPrintable(card->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(1), true));
    QVERIFY(m_rig->stopCard(1));
}

void TestPcscRig::droppedReaderGetsNewPorts()
{
    QVERIFY(m_rig->stopDaemon());
    const int takenPort = m_rig->slotPort(2);
    PortBlocker blocker(takenPort);
    QVERIFY(blocker.isListening());

    // pcscd leaves out reader B silently; the rig notices and moves B to free ports.
    QVERIFY2(m_rig->restartDaemon(), qPrintable(m_rig->errorString()));
    QVERIFY(m_rig->slotPort(2) != takenPort);
    QCOMPARE(listedReaders(), m_rig->readerNames());
    QCOMPARE(m_rig->slotCount(), 8);
}

void TestPcscRig::destructionLeavesNothing()
{
    QList<qint64> pids { m_rig->daemonPid() };
    for (int slot : { 0, 7 }) {
        EmulatedCard *card = m_rig->insertCard(slot);
        QVERIFY2(card, qPrintable(m_rig->errorString()));
        pids.append(card->pid());
    }
    const QString folder = m_rig->folder();
    for (qint64 pid : std::as_const(pids))
        QVERIFY(childprocess::isAlive(pid));

    m_rig.reset();
    for (qint64 pid : std::as_const(pids))
        QVERIFY2(!childprocess::isAlive(pid), qPrintable(QString::number(pid)));
    QVERIFY(!QFile::exists(folder));
}

QTEST_GUILESS_MAIN(TestPcscRig)
#include "tst_pcscrig.moc"
