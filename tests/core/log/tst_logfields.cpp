// logfields: ISO 8601 times with nanoseconds against QDateTime (leap years, centuries,
// before 1970), hex both ways, protocol and disposition names and their inverses.
#include "log/logfields.h"

#include <QDateTime>
#include <QTest>

#include <limits>

using namespace smartcard;

class tst_LogFields : public QObject
{
    Q_OBJECT

private slots:
    void isoTime_data();
    void isoTime();
    void badIsoTime_data();
    void badIsoTime();
    void hex_data();
    void hex();
    void protocolNames_data();
    void protocolNames();
    void dispositionNames();
};

void tst_LogFields::isoTime_data()
{
    QTest::addColumn<qint64>("ns");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("one ns before the epoch") << qint64(-1);
    QTest::newRow("1969-12-31 noon") << qint64(-43'200'000'000'000);
    QTest::newRow("2000-02-29 (leap century)") << qint64(951'782'400'000'000'001);
    QTest::newRow("2100-03-01 (no leap day)") << qint64(4'107'542'400'999'999'999);
    QTest::newRow("2024-12-31 23:59:59.999999999") << qint64(1'735'689'599'999'999'999);
    QTest::newRow("1900-01-01") << qint64(-2'208'988'800'000'000'000);
    QTest::newRow("now-ish") << qint64(1'764'042'175'123'456'789);
    QTest::newRow("earliest") << std::numeric_limits<qint64>::min();
    QTest::newRow("latest") << std::numeric_limits<qint64>::max();
}

void tst_LogFields::isoTime()
{
    QFETCH(qint64, ns);
    const QByteArray text = logfields::isoTime(ns);
    qint64 ms = ns / 1'000'000;
    qint64 sub = ns % 1'000'000'000;
    if (sub < 0) {
        sub += 1'000'000'000;
        if (ns % 1'000'000 != 0)
            --ms;
    }
    const QDateTime reference = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QByteArray expected = reference.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")).toLatin1() + '.'
        + QByteArray::number(sub).rightJustified(9, '0') + 'Z';
    QCOMPARE(text, expected);
    qint64 back = 0;
    QVERIFY(logfields::isoTimeFromText(text, &back));
    QCOMPARE(back, ns);
}

void tst_LogFields::badIsoTime_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no Z") << QByteArray("2025-11-25T03:42:55.123");
    QTest::newRow("local offset") << QByteArray("2025-11-25T03:42:55+01:00");
    QTest::newRow("month 13") << QByteArray("2025-13-25T03:42:55Z");
    QTest::newRow("ten fraction digits") << QByteArray("2025-11-25T03:42:55.1234567890Z");
    QTest::newRow("dot without digits") << QByteArray("2025-11-25T03:42:55.Z");
    QTest::newRow("letters") << QByteArray("2025-1a-25T03:42:55Z");
    // Found by fuzz_jsonlines: years whose nanoseconds overflowed 64 bits (UB) before.
    QTest::newRow("year 0000, before 1677") << QByteArray("0000-01-01T00:00:00Z");
    QTest::newRow("year 9999, after 2262") << QByteArray("9999-12-31T23:59:59.999999999Z");
    QTest::newRow("one ns after the latest") << QByteArray("2262-04-11T23:47:16.854775808Z");
}

void tst_LogFields::badIsoTime()
{
    QFETCH(QByteArray, text);
    qint64 ns = 42;
    QVERIFY(!logfields::isoTimeFromText(text, &ns));
    QCOMPARE(ns, 42);
}

void tst_LogFields::hex_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("upper") << QByteArray("00A4FF") << true;
    QTest::newRow("lower") << QByteArray("00a4ff") << true;
    QTest::newRow("odd") << QByteArray("00A") << false;
    QTest::newRow("space") << QByteArray("00 A4") << false;
    QTest::newRow("letter") << QByteArray("0G") << false;
}

void tst_LogFields::hex()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    Bytes bytes { 1, 2 };
    QCOMPARE(logfields::bytesFromHex(text, &bytes), valid);
    if (valid) {
        QByteArray back;
        logfields::appendHex(bytes, back);
        QCOMPARE(back, text.toUpper());
        QByteArray spaced;
        logfields::appendHex(bytes, spaced, ' ');
        QCOMPARE(spaced.size(), bytes.empty() ? 0 : qsizetype(bytes.size()) * 3 - 1);
    } else {
        QCOMPARE(bytes, (Bytes { 1, 2 }));
    }
}

void tst_LogFields::protocolNames_data()
{
    QTest::addColumn<quint32>("protocol");
    QTest::addColumn<QString>("name");
    QTest::newRow("none") << quint32(0) << QString();
    QTest::newRow("T0") << quint32(1) << QStringLiteral("T0");
    QTest::newRow("T1") << quint32(2) << QStringLiteral("T1");
    QTest::newRow("either") << quint32(3) << QStringLiteral("T0|T1");
    QTest::newRow("RAW") << quint32(0x10000) << QStringLiteral("RAW");
    QTest::newRow("T15") << quint32(8) << QStringLiteral("T15");
    QTest::newRow("unknown bit") << quint32(0x102) << QStringLiteral("T1|0x100");
}

void tst_LogFields::protocolNames()
{
    QFETCH(quint32, protocol);
    QFETCH(QString, name);
    QCOMPARE(logfields::protocolName(protocol), name);
    std::uint32_t back = 99;
    QVERIFY(logfields::protocolFromName(name, &back));
    QCOMPARE(back, protocol);
    QVERIFY(!logfields::protocolFromName(u"T2", &back));
}

void tst_LogFields::dispositionNames()
{
    for (auto disposition : { pcsc::Disposition::LeaveCard, pcsc::Disposition::ResetCard,
             pcsc::Disposition::UnpowerCard, pcsc::Disposition::EjectCard }) {
        pcsc::Disposition back = pcsc::Disposition::EjectCard;
        QVERIFY(logfields::dispositionFromName(
            QString::fromLatin1(logfields::dispositionName(disposition)), &back));
        QCOMPARE(back, disposition);
    }
    pcsc::Disposition unchanged = pcsc::Disposition::ResetCard;
    QVERIFY(!logfields::dispositionFromName(u"explode", &unchanged));
    QCOMPARE(unchanged, pcsc::Disposition::ResetCard);
}

QTEST_GUILESS_MAIN(tst_LogFields)
#include "tst_logfields.moc"
