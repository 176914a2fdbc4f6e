#include "features/pinproperties.h"
#include "util/hexparser.h"

#include <QTest>

using namespace smartcard;
using namespace smartcard::part10;

class TestPinProperties : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
};

void TestPinProperties::decode_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("layout"); // -1: absent
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("condition");
    QTest::addColumn<int>("timeOut2");
    QTest::addColumn<int>("problemOffset"); // -1: none

    QTest::newRow("2 lines of 16, key, 0 s") << "10 02 02 00" << 0x0210 << 2 << 16 << 2 << 0 << -1;
    QTest::newRow("no display, all, 30 s") << "00 00 07 1E" << 0 << 0 << 0 << 7 << 30 << -1;
    QTest::newRow("short: layout only") << "10 02" << 0x0210 << 2 << 16 << -1 << -1 << 2;
    QTest::newRow("short: one byte") << "10" << -1 << 0 << 0 << -1 << -1 << 1;
    QTest::newRow("empty") << "" << -1 << 0 << 0 << -1 << -1 << 0;
    QTest::newRow("extra bytes") << "10 02 02 00 FF" << 0x0210 << 2 << 16 << 2 << 0 << 4;
}

void TestPinProperties::decode()
{
    QFETCH(QString, answer);
    QFETCH(int, layout);
    QFETCH(int, lines);
    QFETCH(int, characters);
    QFETCH(int, condition);
    QFETCH(int, timeOut2);
    QFETCH(int, problemOffset);
    const PinProperties properties = PinProperties::parse(HexParser::parse(answer).bytes);
    QCOMPARE(properties.lcdLayout().has_value(), layout >= 0);
    if (layout >= 0)
        QCOMPARE(int(*properties.lcdLayout()), layout);
    QCOMPARE(properties.lcdLines(), lines);
    QCOMPARE(properties.lcdCharacters(), characters);
    QCOMPARE(properties.entryValidationCondition().has_value(), condition >= 0);
    if (condition >= 0)
        QCOMPARE(int(*properties.entryValidationCondition()), condition);
    QCOMPARE(properties.timeOut2().has_value(), timeOut2 >= 0);
    if (timeOut2 >= 0)
        QCOMPARE(int(*properties.timeOut2()), timeOut2);
    QCOMPARE(properties.problem().has_value(), problemOffset >= 0);
    if (problemOffset >= 0)
        QCOMPARE(int(properties.problem()->offset), problemOffset);
}

QTEST_GUILESS_MAIN(TestPinProperties)
#include "tst_pinproperties.moc"
