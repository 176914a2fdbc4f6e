// Reader, readers(), readerGroups() and Card against the real pcscd. The rig is made in
// initTestCase, before any PC/SC call.
#include "card/card.h"
#include "exceptions/exceptions.h"
#include "pcscrig.h"
#include "reader/reader.h"
#include "util/hexstring.h"

#include <QSet>
#include <QTest>

using namespace smartcard;
using cardscope::testing::PcscRig;

class TestReaderRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readersAreTheDaemonsSlots();
    void readerGroupsAreTheDefault();
    void readersOfAGroup();
    void readerEqualityAndHash();
    void readerGroupsCannotChange();
    void readerCreatesAConnection();
    void cardEqualityHashAndText();
    void noService(); // last: stops pcscd

private:
    std::unique_ptr<PcscRig> m_rig;
};

void TestReaderRig::initTestCase()
{
    m_rig = std::make_unique<PcscRig>(cardscope::testing::RigOptions { 2 });
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY2(m_rig->insertCard(0), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(0), true));
}

void TestReaderRig::readersAreTheDaemonsSlots()
{
    QStringList names;
    for (const Reader &reader : readers())
        names << reader.name();
    QCOMPARE(names, m_rig->readerNames());
    QCOMPARE(names.size(), 4);
    QCOMPARE(readers().front().toString(), QStringLiteral("CardScope Rig A 00 00"));
}

void TestReaderRig::readerGroupsAreTheDefault()
{
    QCOMPARE(readerGroups(), QStringList { "SCard$DefaultReaders" });
}

void TestReaderRig::readersOfAGroup()
{
    QCOMPARE(readers({ QStringLiteral("SCard$DefaultReaders") }).size(), std::size_t(4));
    // Measured: pcsc-lite 1.9.9 ignores the group names and lists every reader.
    QCOMPARE(readers({ QStringLiteral("No Such Group") }).size(), std::size_t(4));
}

void TestReaderRig::readerEqualityAndHash()
{
    const std::vector<Reader> first = readers();
    const std::vector<Reader> second = readers();
    QVERIFY(first.at(0) == second.at(0));
    QVERIFY(!(first.at(0) == second.at(1)));
    QCOMPARE(qHash(first.at(0)), qHash(second.at(0)));
    QSet<Reader> set(first.begin(), first.end());
    for (const Reader &reader : second)
        set.insert(reader);
    QCOMPARE(set.size(), 4);
}

void TestReaderRig::readerGroupsCannotChange()
{
    const Reader reader = readers().front();
    try {
        reader.addToReaderGroup(QStringLiteral("Mine"));
        QFAIL("added a reader to a group");
    } catch (const AddReaderToGroupException &e) {
        QCOMPARE(e.hresult(), std::optional(pcsc::ReturnCode::E_UnsupportedFeature));
        QVERIFY2(e.message().startsWith("Failed to add reader: CardScope Rig A 00 00 to group: Mine"),
            qPrintable(e.message()));
    }
    try {
        reader.removeFromReaderGroup(QStringLiteral("SCard$DefaultReaders"));
        QFAIL("removed a reader from a group");
    } catch (const RemoveReaderFromGroupException &e) {
        QCOMPARE(e.hresult(), std::optional(pcsc::ReturnCode::E_UnsupportedFeature));
    }
    QCOMPARE(readerGroups(), QStringList { "SCard$DefaultReaders" });
}

void TestReaderRig::readerCreatesAConnection()
{
    const std::unique_ptr<CardConnection> connection = readers().front().createConnection();
    QCOMPARE(connection->getReader(), m_rig->readerName(0));
    connection->connect();
    QCOMPARE(connection->getATR().size(), std::size_t(22));
}

void TestReaderRig::cardEqualityHashAndText()
{
    const std::vector<Reader> all = readers();
    const std::unique_ptr<CardConnection> connection = all.front().createConnection();
    connection->connect();
    const Bytes atr = connection->getATR();
    const Card card(all.at(0), atr);
    const Card same(readers().at(0), atr);
    const Card otherReader(all.at(1), atr);
    const Card otherAtr(all.at(0), Bytes { 0x3B, 0x00 });
    QVERIFY(card == same);
    QVERIFY(!(card == otherReader));
    QVERIFY(!(card == otherAtr));
    QCOMPARE(qHash(card), qHash(same));
    QCOMPARE(QSet<Card>({ card, same, otherReader, otherAtr }).size(), 3);
    QCOMPARE(card.toString(), toHexString(atr) + " / CardScope Rig A 00 00");
    const std::unique_ptr<CardConnection> fromCard = card.createConnection();
    fromCard->connect();
    QCOMPARE(fromCard->getATR(), atr);
}

void TestReaderRig::noService()
{
    QVERIFY(m_rig->stopDaemon());
    try {
        readers();
        QFAIL("readers without pcscd");
    } catch (const EstablishContextException &e) {
        QCOMPARE(e.hresult(), std::optional(pcsc::ReturnCode::E_NoService));
    }
    QVERIFY_THROWS_EXCEPTION(EstablishContextException, readerGroups());
}

QTEST_GUILESS_MAIN(TestReaderRig)
#include "tst_reader_rig.moc"
