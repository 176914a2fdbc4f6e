// Session against the real pcscd with vpcd readers and the emulated card. The rig is made in
// initTestCase, before any PC/SC call; the last test restarts pcscd with no reader at all.
#include "exceptions/exceptions.h"
#include "pcscrig.h"
#include "session/session.h"
#include "testhex.h"
#include "util/hexstring.h"

#include <QTest>

using namespace smartcard;
using cardscope::testing::hex;
using cardscope::testing::PcscRig;

namespace {

const QString t1Atr = QStringLiteral("3B9E958131FE458031E052435373F2214083059000E5");

} // namespace

class TestSessionRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultReaderIsTheFirst();
    void namedReader();
    void sendCommandApduKeepsTheStatusWordOut();
    void closeThenSend();
    void unknownReader();
    void readerWithoutCard();
    void noReaders(); // last: restarts pcscd with no reader

private:
    std::unique_ptr<PcscRig> m_rig;
};

void TestSessionRig::initTestCase()
{
    m_rig = std::make_unique<PcscRig>();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY2(m_rig->insertCard(0), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(0), true));
}

void TestSessionRig::defaultReaderIsTheFirst()
{
    Session session;
    QCOMPARE(session.readerName(), m_rig->readerName(0));
    QCOMPARE(toHexString(session.getATR(), u""), t1Atr);
    QVERIFY(session.cardService().supports(QStringLiteral("any card")));
    session.close();
}

void TestSessionRig::namedReader()
{
    Session session(m_rig->readerName(0));
    QCOMPARE(session.readerName(), m_rig->readerName(0));
    QCOMPARE(toHexString(session.getATR(), u""), t1Atr);
}

void TestSessionRig::sendCommandApduKeepsTheStatusWordOut()
{
    Session session(m_rig->readerName(0));
    const int before = m_rig->card(0)->statusField(QStringLiteral("apdus"));
    const CardConnection::Response echo = session.sendCommandAPDU(hex("80 EE 00 00 03 1A 2B 3C 00"));
    QCOMPARE(echo.data, hex("1A 2B 3C")); // pyscard would append 90 00 to data longer than 2 bytes
    QCOMPARE(echo.sw(), 0x9000);
    QCOMPARE(session.sendCommandAPDU(hex("00 A4 00 0C 02 12 34")).sw(), 0x6A82); // no checker: data
    QCOMPARE(m_rig->card(0)->statusField(QStringLiteral("apdus")), before + 2);
}

void TestSessionRig::closeThenSend()
{
    Session session;
    session.close();
    QVERIFY_THROWS_EXCEPTION(CardConnectionException, session.sendCommandAPDU(hex("00 A4 00 0C 02 3F 00")));
    QVERIFY_THROWS_EXCEPTION(CardConnectionException, session.getATR());
    session.close(); // twice is harmless
}

void TestSessionRig::unknownReader()
{
    try {
        Session session(QStringLiteral("No Such Reader"));
        QFAIL("a session on a reader that does not exist");
    } catch (const InvalidReaderException &e) {
        QCOMPARE(e.message(), QStringLiteral("Invalid reader: No Such Reader"));
    }
    // Only exact names: a part of a name is not a reader name here (the CLI accepts parts).
    QVERIFY_THROWS_EXCEPTION(InvalidReaderException, Session(QStringLiteral("CardScope Rig A")));
}

void TestSessionRig::readerWithoutCard()
{
    try {
        Session session(m_rig->readerName(1));
        QFAIL("a session without a card");
    } catch (const NoCardException &e) {
        QCOMPARE(e.hresult(), std::optional(pcsc::ReturnCode::E_NoSmartcard));
    }
}

void TestSessionRig::noReaders()
{
    QVERIFY2(m_rig->restartDaemon(0), qPrintable(m_rig->errorString()));
    QVERIFY(m_rig->readerNames().isEmpty());
    try {
        Session session;
        QFAIL("a session without readers");
    } catch (const NoReadersException &e) {
        QCOMPARE(e.message(), QStringLiteral("No reader found"));
    }
    QVERIFY_THROWS_EXCEPTION(InvalidReaderException, Session(QStringLiteral("CardScope Rig A 00 00")));
}

QTEST_GUILESS_MAIN(TestSessionRig)
#include "tst_session_rig.moc"
