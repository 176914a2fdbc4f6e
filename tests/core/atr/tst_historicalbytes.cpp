#include "atr/historicalbytes.h"
#include "atrtesthelpers.h"

#include <QTest>

using smartcard::HistoricalBytes;

Q_DECLARE_METATYPE(HistoricalBytes::Category)

// Historical bytes composed for the tests from ISO/IEC 7816-4's COMPACT-TLV tables.
class TestHistoricalBytes : public QObject
{
    Q_OBJECT

private slots:
    void categories_data();
    void categories();
    void objects_data();
    void objects();
    void statusIndicator_data();
    void statusIndicator();
    void offsetsAreInTheAtr();
};

void TestHistoricalBytes::categories_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<HistoricalBytes::Category>("category");
    QTest::addColumn<QString>("firstMeaning");

    QTest::newRow("none") << "" << HistoricalBytes::Category::Empty << "";
    QTest::newRow("00") << "00 31 80 07 90 00" << HistoricalBytes::Category::CompactTlvWithStatus
                        << "category indicator 00: COMPACT-TLV objects, then LCS SW1 SW2";
    QTest::newRow("10") << "10 2A" << HistoricalBytes::Category::DirDataReference
                        << "category indicator 10: DIR data reference follows";
    QTest::newRow("80") << "80 31 80" << HistoricalBytes::Category::CompactTlv
                        << "category indicator 80: COMPACT-TLV objects";
    QTest::newRow("81 is reserved") << "81 00" << HistoricalBytes::Category::Reserved
                                    << "category indicator 81: reserved for future use";
    QTest::newRow("ASCII text is proprietary") << "4A 43 4F 50" << HistoricalBytes::Category::Proprietary
                                               << "no category indicator: proprietary 'J'";
}

void TestHistoricalBytes::categories()
{
    QFETCH(QString, hex);
    QFETCH(HistoricalBytes::Category, category);
    QFETCH(QString, firstMeaning);
    const HistoricalBytes historical = HistoricalBytes::parse(bytesOf(hex), 0);
    QCOMPARE(historical.category(), category);
    QVERIFY(historical.errors().empty());
    if (!firstMeaning.isEmpty())
        QCOMPARE(historical.breakdown().front().meaning, firstMeaning);
}

void TestHistoricalBytes::objects_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QStringList>("objects"); // "name: meaning; meaning"

    QTest::newRow("country code and issuer number")
        << "80 12 25 0F 22 47 11"
        << QStringList { "country code: ISO 3166-1 250",
               "issuer identification number: ISO/IEC 7812-1 4711" };
    QTest::newRow("card service data")
        << "80 31 C1"
        << QStringList { "card service data: selection by full DF name, selection by "
                         "partial DF name, EF.DIR and EF.ATR read by READ "
                         "RECORD(S), card without MF" };
    QTest::newRow("initial access data, Le only")
        << "80 41 20" << QStringList { "initial access data: READ BINARY (00 B0 00 00) with Le=20" };
    QTest::newRow("application identifier")
        << "80 F7 A0 00 00 01 51 00 00"
        << QStringList { "application identifier: RID A0 00 00 01 51, PIX 00 00" };
    QTest::newRow("card capabilities, three tables")
        << "80 73 A4 21 4B"
        << QStringList {
               "card capabilities: selection: DF selection by full DF name, by path, short EF "
               "identifier; data coding: proprietary write, FF invalid as first tag byte (padding), "
               "data unit of 2 quartets; chaining and channels: no command chaining, extended Lc "
               "and Le, logical channels assigned by the interface device, at most 4"
           };
    QTest::newRow("card capabilities, one table, no logical channels")
        << "80 71 00" << QStringList { "card capabilities: selection: no selection method" };
    QTest::newRow("issuer's and pre-issuing data")
        << "80 52 01 02 63 0A 0B 0C"
        << QStringList { "card issuer's data: 01 02", "pre-issuing data: 0A 0B 0C" };
    QTest::newRow("reserved tag") << "80 91 FF" << QStringList { "reserved tag 9: FF" };
}

void TestHistoricalBytes::objects()
{
    QFETCH(QString, hex);
    QFETCH(QStringList, objects);
    const HistoricalBytes historical = HistoricalBytes::parse(bytesOf(hex), 0);
    QStringList actual;
    for (const HistoricalBytes::CompactTlvObject &object : historical.objects())
        actual << object.name + QStringLiteral(": ") + object.meanings.join(QStringLiteral("; "));
    QCOMPARE(actual, objects);
    QVERIFY(historical.errors().empty());
}

void TestHistoricalBytes::statusIndicator_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<int>("lcs"); // -1: absent
    QTest::addColumn<int>("sw"); // -1: absent

    QTest::newRow("category 00 tail") << "00 73 00 00 40 05 90 00" << 0x05 << 0x9000;
    QTest::newRow("category 80 object, LCS only") << "80 31 80 81 07" << 0x07 << -1;
    QTest::newRow("category 80 object, SW only") << "80 82 90 00" << -1 << 0x9000;
    QTest::newRow("category 80 object, LCS and SW") << "80 83 0F 6A 82" << 0x0F << 0x6A82;
}

void TestHistoricalBytes::statusIndicator()
{
    QFETCH(QString, hex);
    QFETCH(int, lcs);
    QFETCH(int, sw);
    const HistoricalBytes historical = HistoricalBytes::parse(bytesOf(hex), 0);
    QVERIFY(historical.errors().empty());
    QVERIFY(historical.statusIndicator().has_value());
    const HistoricalBytes::StatusIndicator &status = *historical.statusIndicator();
    QCOMPARE(status.lcs ? int(*status.lcs) : -1, lcs);
    QCOMPARE(status.sw1 ? (int(*status.sw1) << 8 | int(*status.sw2)) : -1, sw);
}

void TestHistoricalBytes::offsetsAreInTheAtr()
{
    const HistoricalBytes historical = HistoricalBytes::parse(bytesOf("80 45 01"), 7);
    QCOMPARE(historical.breakdown().front().offset, 7);
    QCOMPARE(historical.breakdown().back().name, QStringLiteral("T3"));
    QCOMPARE(historical.errors().size(), std::size_t(1));
    QCOMPARE(historical.errors().front().offset, 8);
    QCOMPARE(historical.objects().front().offset, 8);
}

QTEST_GUILESS_MAIN(TestHistoricalBytes)
#include "tst_historicalbytes.moc"
