#include "framedecoder.h"
#include "testbytes.h"
#include "vpcdlink.h"

#include <QTest>

#include <sys/socket.h>
#include <unistd.h>

using namespace cardscope::vcard;
using namespace cardscope::vcard::test;

// The link over a socketpair: the test plays the driver on the other end.
class TestVpcdLink : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void partialWrites_data();
    void partialWrites();
    void sendsWholeFrames();
    void peerCloseIsReported();
    void connectFailureSaysWhy();

private:
    void driverWrite(const std::vector<uint8_t> &data);

    VpcdLink m_link;
    int m_driver = -1;
};

void TestVpcdLink::init()
{
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    m_link.adopt(fds[0]);
    m_driver = fds[1];
}

void TestVpcdLink::cleanup()
{
    m_link.close();
    if (m_driver >= 0)
        ::close(m_driver);
    m_driver = -1;
}

void TestVpcdLink::driverWrite(const std::vector<uint8_t> &data)
{
    QCOMPARE(::write(m_driver, data.data(), data.size()), ssize_t(data.size()));
}

void TestVpcdLink::partialWrites_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("framesAfterFirst");
    QTest::addColumn<int>("framesAfterSecond");

    // vpcd itself writes the length and the payload with separate send() calls.
    QTest::newRow("length, then payload") << "00 05"
                                          << "00 A4 00 0C 00" << 0 << 1;
    QTest::newRow("half a length") << "00"
                                   << "01 04" << 0 << 1;
    QTest::newRow("frame and a half") << "00 01 01 00 04 00"
                                      << "84 00 00" << 1 << 1;
    QTest::newRow("two frames at once") << "00 01 01 00 01 04"
                                        << "" << 2 << 0;
}

void TestVpcdLink::partialWrites()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, framesAfterFirst);
    QFETCH(int, framesAfterSecond);

    std::vector<std::vector<uint8_t>> frames;
    driverWrite(bytes(first));
    QVERIFY(m_link.readFrames(frames));
    QCOMPARE(int(frames.size()), framesAfterFirst);
    frames.clear();
    if (!second.isEmpty())
        driverWrite(bytes(second));
    QVERIFY(m_link.readFrames(frames));
    QCOMPARE(int(frames.size()), framesAfterSecond);
    QVERIFY(m_link.readFrames(frames)); // nothing more to read is not an error
}

void TestVpcdLink::sendsWholeFrames()
{
    QVERIFY(m_link.sendFrame(bytes("3B 02 14 50")));
    uint8_t buffer[16];
    QCOMPARE(::read(m_driver, buffer, sizeof buffer), ssize_t(6));
    QCOMPARE(hex({ buffer, buffer + 6 }), QString("00 04 3B 02 14 50"));
    QVERIFY(
        !m_link.sendFrame(std::vector<uint8_t>(FrameDecoder::maxPayload + 1))); // would not fit the length
}

void TestVpcdLink::peerCloseIsReported()
{
    driverWrite(bytes("00 01 04"));
    ::close(m_driver);
    m_driver = -1;
    std::vector<std::vector<uint8_t>> frames;
    QVERIFY(!m_link.readFrames(frames));
    QCOMPARE(frames.size(), std::size_t(1)); // what came before the close is still delivered
    QVERIFY(!m_link.isOpen());
}

void TestVpcdLink::connectFailureSaysWhy()
{
    VpcdLink link;
    std::string error;
    // Port 1 on the loopback: nothing listens there on a test machine.
    QVERIFY(!link.connectTo("127.0.0.1", 1, error));
    QVERIFY(!error.empty());
    QVERIFY(!link.isOpen());
}

QTEST_APPLESS_MAIN(TestVpcdLink)
#include "tst_vpcdlink.moc"
