#include "faultinjector.h"
#include "testbytes.h"

#include <QTest>

using namespace cardscope::vcard;
using namespace cardscope::vcard::test;

class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void configure_data();
    void configure();
    void actions();
    void closeFiresOnce();
    void garbageStaysInBounds();
};

void TestFaultInjector::configure_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("described");

    QTest::newRow("none") << "none" << true << "none";
    QTest::newRow("delay") << "delay 50" << true << "delay 50";
    QTest::newRow("delay with spaces") << "  delay   7 " << true << "delay 7";
    QTest::newRow("close") << "close" << true << "close";
    QTest::newRow("short") << "short" << true << "short";
    QTest::newRow("garbage") << "garbage" << true << "garbage";
    QTest::newRow("delay without value") << "delay" << false << "none";
    QTest::newRow("delay not a number") << "delay 5x" << false << "none";
    QTest::newRow("delay negative") << "delay -1" << false << "none";
    QTest::newRow("delay too long") << "delay 60001" << false << "none";
    QTest::newRow("argument to close") << "close 3" << false << "none";
    QTest::newRow("unknown mode") << "explode" << false << "none";
    QTest::newRow("empty") << "" << false << "none";
}

void TestFaultInjector::configure()
{
    QFETCH(QString, spec);
    QFETCH(bool, accepted);
    QFETCH(QString, described);

    FaultInjector faults(1);
    std::string error;
    QCOMPARE(faults.configure(spec.toStdString(), error), accepted);
    QCOMPARE(error.empty(), accepted);
    QCOMPARE(QString::fromStdString(faults.describe()), described);
}

void TestFaultInjector::actions()
{
    FaultInjector faults(1);
    std::string error;
    auto action = faults.apply(bytes("01 02 90 00"));
    QCOMPARE(hex(action.reply), QString("01 02 90 00"));
    QVERIFY(!action.close);
    QCOMPARE(action.delayMs, 0);

    QVERIFY(faults.configure("delay 25", error));
    action = faults.apply(bytes("90 00"));
    QCOMPARE(action.delayMs, 25);
    QCOMPARE(hex(action.reply), QString("90 00"));

    QVERIFY(faults.configure("short", error));
    QCOMPARE(hex(faults.apply(bytes("01 02 6A 82")).reply), QString("6A"));
}

void TestFaultInjector::closeFiresOnce()
{
    FaultInjector faults(1);
    std::string error;
    QVERIFY(faults.configure("close", error));
    QVERIFY(faults.apply(bytes("90 00")).close);
    QCOMPARE(faults.mode(), FaultInjector::Mode::None);
    QVERIFY(!faults.apply(bytes("90 00")).close);
}

void TestFaultInjector::garbageStaysInBounds()
{
    FaultInjector faults(3);
    std::string error;
    QVERIFY(faults.configure("garbage", error));
    std::size_t shortest = 99, longest = 0;
    for (int i = 0; i < 500; ++i) {
        const auto action = faults.apply(bytes("90 00"));
        QVERIFY(!action.close);
        shortest = std::min(shortest, action.reply.size());
        longest = std::max(longest, action.reply.size());
    }
    QCOMPARE(shortest, std::size_t(1));
    QCOMPARE(longest, std::size_t(32));
}

QTEST_APPLESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
