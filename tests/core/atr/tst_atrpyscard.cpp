// smartcard::ATR against pyscard's smartcard.ATR on every literal ATR of the system's
// smartcard_list.txt. The two must agree on the interface bytes, the protocols, the
// historical bytes, TCK and the numeric accessors, except where pyscard departs from
// ISO/IEC 7816-3: each such departure is a named quirk below that explains one field of one
// kind of ATR, and nothing else. Any other difference fails the test.
#include "atr/atr.h"
#include "atr/smartcardlist.h"
#include "atrtesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <functional>
#include <map>

using smartcard::ATR;

namespace {

// Debian's python3 with python3-pyscard, never a virtualenv's python3 from PATH.
const QString Python = QStringLiteral("/usr/bin/python3");

struct Difference
{
    QString field;
    QJsonValue ours;
    QJsonValue pyscard;
};

struct Quirk
{
    QString name;
    std::function<bool(const ATR &, const Difference &)> explains;
};

QJsonValue hexOrNull(const std::optional<std::uint8_t> &value)
{
    return value ? QJsonValue(QStringLiteral("%1").arg(*value, 2, 16, QLatin1Char('0')).toUpper())
                 : QJsonValue(QJsonValue::Null);
}

template<typename T> QJsonValue numberOrNull(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

// Ours in the shape pyscard_atr.py prints.
QJsonObject oursAsJson(const ATR &atr)
{
    QJsonArray groups;
    for (const ATR::InterfaceGroup &group : atr.interfaceGroups())
        groups.append(QJsonObject { { "i", group.i }, { "TA", hexOrNull(group.ta) },
            { "TB", hexOrNull(group.tb) }, { "TC", hexOrNull(group.tc) }, { "TD", hexOrNull(group.td) } });
    std::vector<int> protocols = atr.protocols();
    std::sort(protocols.begin(), protocols.end());
    QJsonArray protocolArray;
    for (int t : protocols)
        protocolArray.append(t);
    return { { "interface", groups }, { "protocols", protocolArray },
        { "historical", smartcard::toHexString(atr.historical().bytes(), u"") },
        { "tck", hexOrNull(atr.tck()) }, { "interface_count", atr.getInterfaceBytesCount() },
        { "clock_rate_conversion", numberOrNull(atr.getClockRateConversion()) },
        { "bit_rate_factor", numberOrNull(atr.getBitRateFactor()) },
        { "programming_current", numberOrNull(atr.getProgrammingCurrent()) },
        { "programming_voltage", numberOrNull(atr.getProgrammingVoltage()) },
        { "guard_time", numberOrNull(atr.getGuardTime()) } };
}

QList<Difference> compare(const ATR &atr, const QJsonObject &pyscard)
{
    if (!pyscard.value("error").isNull())
        return { { QStringLiteral("error"), QJsonArray::fromStringList(errorTexts(atr)),
            pyscard.value("error") } };
    const QJsonObject ours = oursAsJson(atr);
    QList<Difference> differences;
    for (auto it = ours.begin(); it != ours.end(); ++it) {
        const QJsonValue theirs = pyscard.value(it.key());
        const bool same
            = it->isDouble() && theirs.isDouble() ? it->toDouble() == theirs.toDouble() : *it == theirs;
        if (!same)
            differences.append({ it.key(), *it, theirs });
    }
    return differences;
}

bool hasErrorContaining(const ATR &atr, const QString &text)
{
    return std::any_of(atr.errors().begin(), atr.errors().end(),
        [&text](const smartcard::ParseError &error) { return error.message.contains(text); });
}

const QList<Quirk> &knownQuirks()
{
    static const QList<Quirk> list {
        { QStringLiteral("pyscard raises IndexError on a truncated ATR"),
            [](const ATR &atr, const Difference &d) {
                return d.field == u"error" && d.pyscard.toString().startsWith(u"IndexError")
                    && (hasErrorContaining(atr, QStringLiteral("is missing: the ATR ends"))
                        || hasErrorContaining(atr, QStringLiteral("T0 is missing"))
                        || hasErrorContaining(atr, QStringLiteral("empty ATR")));
            } },
        { QStringLiteral("pyscard refuses a TS other than 3B and 3F"),
            [](const ATR &atr, const Difference &d) {
                return d.field == u"error"
                    && d.pyscard.toString().startsWith(u"SmartcardException: invalid TS")
                    && atr.convention() == ATR::Convention::Unknown;
            } },
        { QStringLiteral("pyscard takes no TCK when bytes follow it"),
            [](const ATR &atr, const Difference &d) {
                return d.field == u"tck" && d.pyscard.isNull() && atr.tck()
                    && atr.breakdown().back().name == u"extra";
            } },
        { QStringLiteral("pyscard has Di=7 as RFU where ISO/IEC 7816-3:2006 gives 64"),
            [](const ATR &atr, const Difference &d) {
                return d.field == u"bit_rate_factor" && atr.ta(1) && (*atr.ta(1) & 0x0F) == 7
                    && d.pyscard.isNull() && d.ours.toDouble() == 64;
            } },
        { QStringLiteral("pyscard computes VPP as 5 x (1 + PI1) where ISO gives PI1 volts"),
            [](const ATR &atr, const Difference &d) {
                return d.field == u"programming_voltage" && atr.tb(1)
                    && d.pyscard.toDouble() == 5 * (1 + (*atr.tb(1) & 0x1F));
            } },
        { QStringLiteral("pyscard ignores TB2 (PI2, VPP in 0.1 V)"),
            [](const ATR &atr, const Difference &d) {
                return d.field == u"programming_voltage" && !atr.tb(1) && atr.tb(2)
                    && d.pyscard.toDouble() == 5 && d.ours.toDouble() == *atr.tb(2) / 10.0;
            } },
    };
    return list;
}

struct Verdict
{
    QStringList unexplained; // "ATR: field ours=... pyscard=..."
    std::map<QString, int> quirkCounts;
};

void judge(const ATR &atr, const QJsonObject &pyscard, Verdict *verdict)
{
    for (const Difference &d : compare(atr, pyscard)) {
        const auto quirk = std::find_if(
            knownQuirks().begin(), knownQuirks().end(), [&](const Quirk &q) { return q.explains(atr, d); });
        if (quirk != knownQuirks().end()) {
            ++verdict->quirkCounts[quirk->name];
            continue;
        }
        verdict->unexplained
            << QStringLiteral("%1: %2 ours=%3 pyscard=%4")
                   .arg(atr.toString(), d.field,
                       QString::fromUtf8(QJsonDocument(QJsonArray { d.ours }).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(
                           QJsonDocument(QJsonArray { d.pyscard }).toJson(QJsonDocument::Compact)));
    }
}

// pyscard's view of each ATR, by the helper script under Debian's python3.
QList<QJsonObject> runPyscard(const QStringList &atrs)
{
    QProcess python;
    python.start(Python, { QStringLiteral(CARDSCOPE_PYSCARD_HELPER) });
    if (!python.waitForStarted(10000))
        return {};
    python.write(atrs.join(QLatin1Char('\n')).toUtf8() + '\n');
    python.closeWriteChannel();
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning("pyscard helper failed: %s", python.readAllStandardError().constData());
        return {};
    }
    QList<QJsonObject> objects;
    for (const QByteArray &line : python.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    }
    return objects;
}

} // namespace

class TestAtrPyscard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void systemListAgainstPyscard();
    void quirks_data();
    void quirks();
    void mismatchFails();
};

void TestAtrPyscard::initTestCase()
{
    if (!QFile::exists(smartcard::SmartcardList::systemPath()))
        QFAIL(qPrintable(QStringLiteral("%1 is missing: install pcsc-tools (scripts/setup-deps)")
                             .arg(smartcard::SmartcardList::systemPath())));
    QVERIFY2(
        QFile::exists(Python), "/usr/bin/python3 is missing: install python3-pyscard (scripts/setup-deps)");
    QVERIFY2(runPyscard({ QStringLiteral("3B 00") }).size() == 1,
        "pyscard does not answer: install python3-pyscard (scripts/setup-deps)");
}

void TestAtrPyscard::systemListAgainstPyscard()
{
    smartcard::SmartcardList list;
    QVERIFY(list.loadFile(smartcard::SmartcardList::systemPath()));
    QStringList atrs;
    for (const smartcard::SmartcardList::Entry &entry : list.entries()) {
        if (entry.pattern.isLiteral())
            atrs << smartcard::toHexString(*entry.pattern.literalBytes());
    }
    atrs.removeDuplicates();
    const QList<QJsonObject> pyscard = runPyscard(atrs);
    QCOMPARE(pyscard.size(), atrs.size());
    Verdict verdict;
    for (qsizetype i = 0; i < atrs.size(); ++i) {
        QCOMPARE(pyscard.at(i).value("atr").toString(), atrs.at(i));
        judge(ATR(bytesOf(atrs.at(i))), pyscard.at(i), &verdict);
    }
    qInfo("%lld literal ATRs compared with pyscard", qint64(atrs.size()));
    for (const auto &[name, count] : verdict.quirkCounts)
        qInfo("  quirk \"%s\": %d", qPrintable(name), count);
    QVERIFY2(atrs.size() > 1000, "too few literal ATRs: is smartcard_list.txt complete?");
    QVERIFY2(verdict.unexplained.isEmpty(),
        qPrintable(QStringLiteral("%1 unexplained difference(s), first: %2")
                       .arg(verdict.unexplained.size())
                       .arg(verdict.unexplained.mid(0, 10).join(QStringLiteral("\n  ")))));
}

void TestAtrPyscard::quirks_data()
{
    QTest::addColumn<QString>("atr");
    QTest::addColumn<QStringList>("quirks"); // every quirk name that must explain a difference

    QTest::newRow("agreement") << "3B 02 14 50" << QStringList {};
    QTest::newRow("truncated") << "3B 9F 96 80" << QStringList { knownQuirks().at(0).name };
    QTest::newRow("empty") << "" << QStringList { knownQuirks().at(0).name };
    QTest::newRow("bad TS") << "4B 00" << QStringList { knownQuirks().at(1).name };
    QTest::newRow("bytes after TCK") << "3B 81 01 00 80 FF" << QStringList { knownQuirks().at(2).name };
    QTest::newRow("Di=7") << "3B 10 17" << QStringList { knownQuirks().at(3).name };
    QTest::newRow("TB1 PI1=5") << "3B 20 05" << QStringList { knownQuirks().at(4).name };
    QTest::newRow("TB2 without TB1") << "3B 80 20 78" << QStringList { knownQuirks().at(5).name };
}

void TestAtrPyscard::quirks()
{
    QFETCH(QString, atr);
    QFETCH(QStringList, quirks);
    const QList<QJsonObject> pyscard = runPyscard({ atr.isEmpty() ? QStringLiteral("\"\"") : atr });
    QCOMPARE(pyscard.size(), 1);
    QJsonObject view = pyscard.front();
    Verdict verdict;
    judge(ATR(bytesOf(atr)), view, &verdict);
    QVERIFY2(verdict.unexplained.isEmpty(), qPrintable(verdict.unexplained.join(QStringLiteral("; "))));
    QStringList fired;
    for (const auto &[name, count] : verdict.quirkCounts)
        fired << name;
    QCOMPARE(fired, quirks);
}

void TestAtrPyscard::mismatchFails()
{
    // The comparison must catch a real disagreement: pretend pyscard read other historical bytes.
    QList<QJsonObject> pyscard = runPyscard({ QStringLiteral("3B 02 14 50") });
    QCOMPARE(pyscard.size(), 1);
    pyscard.front().insert("historical", QStringLiteral("1451"));
    Verdict verdict;
    judge(ATR(bytesOf(QStringLiteral("3B 02 14 50"))), pyscard.front(), &verdict);
    QCOMPARE(verdict.unexplained.size(), 1);
    QVERIFY(verdict.unexplained.front().contains(QStringLiteral("historical")));
}

QTEST_GUILESS_MAIN(TestAtrPyscard)
#include "tst_atrpyscard.moc"
