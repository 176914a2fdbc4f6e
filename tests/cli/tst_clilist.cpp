#include "clirunner.h"
#include "pcscrig.h"

#include <QJsonArray>
#include <QTest>

using cardscope::testing::CardOptions;
using cardscope::testing::PcscRig;

namespace {
const QString cardAtr = QStringLiteral("3B021450");
}

class TestCliList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readableListShowsReadersStatesAndAtr();
    void jsonListHasOneObjectPerReader();
    void removedCardIsNoLongerListed();
    void argumentsAreRefused();

private:
    PcscRig m_rig { cardscope::testing::RigOptions { 2 } };
};

void TestCliList::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    CardOptions options;
    options.profile = QStringLiteral("t0");
    options.atrHex = cardAtr;
    QVERIFY2(m_rig.insertCard(0, options), qPrintable(m_rig.errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig.readerName(0), true));
}

void TestCliList::readableListShowsReadersStatesAndAtr()
{
    const CliRun run = runCli({ "list" });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.outLines();
    // Three lines for the reader with a card, two for each empty one.
    QCOMPARE(lines.size(), 3 + 2 * (m_rig.slotCount() - 1));
    QCOMPARE(lines.at(0), QStringLiteral("Reader 0: %1").arg(m_rig.readerName(0)));
    QCOMPARE(lines.at(1), QStringLiteral("  State: present"));
    QCOMPARE(lines.at(2), QStringLiteral("  ATR:   3B 02 14 50"));
    QCOMPARE(lines.at(3), QStringLiteral("Reader 1: %1").arg(m_rig.readerName(1)));
    QCOMPARE(lines.at(4), QStringLiteral("  State: empty"));
}

void TestCliList::jsonListHasOneObjectPerReader()
{
    const CliRun run = runCli({ "list", "--json" });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> readers = run.jsonLines();
    QCOMPARE(readers.size(), m_rig.slotCount());
    for (int slot = 0; slot < m_rig.slotCount(); ++slot) {
        const QJsonObject &reader = readers.at(slot);
        QCOMPARE(reader.value("reader").toString(), m_rig.readerName(slot));
        const bool present = slot == 0;
        QCOMPARE(reader.value("present").toBool(), present);
        QCOMPARE(reader.value("atr"), present ? QJsonValue(cardAtr) : QJsonValue());
        QCOMPARE(reader.value("state").toArray(), QJsonArray { present ? "present" : "empty" });
        QVERIFY(reader.value("counter").isDouble());
    }
}

void TestCliList::removedCardIsNoLongerListed()
{
    QVERIFY(m_rig.card(0)->remove());
    QVERIFY(PcscRig::waitForCardState(m_rig.readerName(0), false));
    const QList<QJsonObject> readers = runCli({ "list", "--json" }).jsonLines();
    QVERIFY(!readers.isEmpty());
    QCOMPARE(readers.at(0).value("present").toBool(), false);
    QCOMPARE(readers.at(0).value("atr"), QJsonValue());

    QVERIFY(m_rig.card(0)->insert());
    QVERIFY(PcscRig::waitForCardState(m_rig.readerName(0), true));
    QCOMPARE(runCli({ "list", "--json" }).jsonLines().value(0).value("atr"), QJsonValue(cardAtr));
}

void TestCliList::argumentsAreRefused()
{
    const CliRun run = runCli({ "list", "extra" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("list takes no arguments"), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_clilist.moc"
