// cardscope-cli scan against the rig: --once, --timeout, bad input, and a live scan read line
// by line as a consumer would while cards are inserted and removed and pcscd is killed and
// restarted. The CLI runs as a child process talking to this test's private pcscd.
#include "cardscope_cli_path.h"
#include "clirunner.h"
#include "pcscrig.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using cardscope::testing::CardOptions;
using cardscope::testing::PcscRig;

namespace {

const QString t1Atr = QStringLiteral("3B9E958131FE458031E052435373F2214083059000E5");
constexpr int EventMs = 4000;
constexpr int RestoreMs = 8000;
const QRegularExpression isoTime(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));

// A running `scan --json`, its lines read as they come.
class LiveScan
{
public:
    bool start()
    {
        m_process.start(QStringLiteral(CARDSCOPE_CLI_PATH), { "scan", "--json", "--timeout", "60" });
        return m_process.waitForStarted();
    }
    // The next event (skipping none); an empty object when none came in time.
    QJsonObject next(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_process.canReadLine()) {
            if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime())))
                return {};
        }
        const QByteArray line = m_process.readLine().trimmed();
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            qWarning("not a JSON object line: %s", line.constData());
        return document.object();
    }
    // Events until one of `event` for `reader` (any reader when empty); empty when none came.
    QJsonObject waitFor(const QString &event, const QString &reader, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            const QJsonObject object = next(int(deadline.remainingTime()));
            if (object.isEmpty())
                return {};
            if (object["event"] == event && (reader.isEmpty() || object["reader"] == reader))
                return object;
        }
    }
    // SIGTERM: the scan stops its monitor and exits with 0.
    int terminate()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        const int status = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        if (status != 0)
            qWarning("scan's standard error: %s", m_process.readAllStandardError().constData());
        return status;
    }
    ~LiveScan()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
};

QStringList eventsOf(const QList<QJsonObject> &objects)
{
    QStringList events;
    for (const QJsonObject &object : objects)
        events << object["event"].toString() + ' ' + object["reader"].toString();
    return events;
}

} // namespace

class TestCliScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void onceJson();
    void onceReadable();
    void timeoutEndsWithZero();
    void badInput_data();
    void badInput();
    void liveEventsJson();
    void keepsRunningAcrossPcscdRestart();

private:
    PcscRig m_rig;
    QString m_presentReader;
    QString m_spareReader;
};

void TestCliScan::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY2(m_rig.insertCard(0), qPrintable(m_rig.errorString()));
    CardOptions outside;
    outside.inserted = false;
    QVERIFY2(m_rig.insertCard(1, outside), qPrintable(m_rig.errorString()));
    m_presentReader = m_rig.readerName(0);
    m_spareReader = m_rig.readerName(1);
}

void TestCliScan::init()
{
    QVERIFY(PcscRig::waitForCardState(m_presentReader, true));
    QVERIFY(PcscRig::waitForCardState(m_spareReader, false));
}

void TestCliScan::onceJson()
{
    const CliRun run = runCli({ "scan", "--once", "--json" });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> objects = run.jsonLines();
    QCOMPARE(eventsOf(objects),
        QStringList({ "reader_added " + m_presentReader, "card_inserted " + m_presentReader,
            "reader_added " + m_spareReader }));
    const QJsonObject card = objects.at(1);
    QVERIFY2(isoTime.match(card["time"].toString()).hasMatch(), qPrintable(card["time"].toString()));
    QCOMPARE(card["atr"].toString(), t1Atr);
    QCOMPARE(card["state"].toArray(), QJsonArray({ "present" }));
    QCOMPARE(card["counter"].toInt(), 1);
    QCOMPARE(card["summary"].toString(), QStringLiteral("T=1, direct convention"));
    QVERIFY(card["identified"].isArray());
    QCOMPARE(objects.at(2)["state"].toArray(), QJsonArray({ "empty" }));
    QVERIFY(objects.at(2)["atr"].isNull());
}

void TestCliScan::onceReadable()
{
    const CliRun run = runCli({ "scan", "--once" });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outLines();
    QVERIFY(lines.size() >= 5);
    const QRegularExpression stamp(QStringLiteral(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}  )"));
    QVERIFY2(stamp.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains("reader added     " + m_presentReader + "  [present] #1"));
    QVERIFY(lines.at(1).contains("card inserted    " + m_presentReader));
    QCOMPARE(lines.at(2).trimmed(),
        QStringLiteral("ATR 3B 9E 95 81 31 FE 45 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 E5"));
    QCOMPARE(lines.at(3).trimmed(), QStringLiteral("T=1, direct convention"));
    QVERIFY(!run.out.contains(u'\033')); // no colour into a pipe
}

void TestCliScan::timeoutEndsWithZero()
{
    const CliRun run = runCli({ "scan", "--json", "--timeout", "0.5" });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(eventsOf(run.jsonLines()),
        QStringList({ "reader_added " + m_presentReader, "card_inserted " + m_presentReader,
            "reader_added " + m_spareReader }));
}

void TestCliScan::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("timeout not a number") << QStringList { "--timeout", "soon" };
    QTest::newRow("negative timeout") << QStringList { "--timeout", "-1" };
    QTest::newRow("once with a timeout") << QStringList { "--once", "--timeout", "1" };
    QTest::newRow("an argument") << QStringList { "readers" };
}

void TestCliScan::badInput()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(QStringList { "scan", "--json" } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("cardscope-cli: "));
    const QList<QJsonObject> objects = run.jsonLines();
    QCOMPARE(objects.size(), 1); // the error, and no event: nothing was scanned
    QVERIFY(objects.first().contains("error"));
}

void TestCliScan::liveEventsJson()
{
    LiveScan scan;
    QVERIFY(scan.start());
    QVERIFY(!scan.waitFor("reader_added", m_spareReader, EventMs).isEmpty());

    QVERIFY(m_rig.card(1)->insert());
    const QJsonObject inserted = scan.waitFor("card_inserted", m_spareReader, EventMs);
    QVERIFY(!inserted.isEmpty());
    QVERIFY(isoTime.match(inserted["time"].toString()).hasMatch());
    QCOMPARE(inserted["atr"].toString(), t1Atr);
    QVERIFY(inserted["state"].toArray().contains("present"));
    const int counter = inserted["counter"].toInt();
    QVERIFY(counter > 0);

    QVERIFY(m_rig.card(1)->remove());
    const QJsonObject removed = scan.next(EventMs); // the very next line
    QCOMPARE(removed["event"].toString(), QStringLiteral("card_removed"));
    QCOMPARE(removed["reader"].toString(), m_spareReader);
    QCOMPARE(removed["atr"].toString(), t1Atr); // the card that went
    QCOMPARE(removed["state"].toArray(), QJsonArray({ "empty" })); // the reader now
    QCOMPARE(removed["counter"].toInt(), counter + 1);
    QCOMPARE(scan.terminate(), 0);
}

void TestCliScan::keepsRunningAcrossPcscdRestart()
{
    LiveScan scan;
    QVERIFY(scan.start());
    QVERIFY(!scan.waitFor("reader_added", m_spareReader, EventMs).isEmpty());

    QVERIFY(m_rig.killDaemon());
    const QJsonObject lost = scan.next(EventMs);
    QCOMPARE(lost["event"].toString(), QStringLiteral("service_lost"));
    // Blocked when pcscd died: SCARD_F_COMM_ERROR; between two calls: SCARD_E_NO_SERVICE (or
    // another code, docs/monitoring.md): the code is there, whichever it is.
    QVERIFY(lost["pcsc_error"].toString().startsWith("SCARD_"));
    QVERIFY(lost["reader"].isNull());

    QVERIFY2(m_rig.restartDaemon(), qPrintable(m_rig.errorString()));
    // The card of slot 0 has not reconnected to the new pcscd: removed, then the service is back.
    QCOMPARE(scan.next(RestoreMs)["event"].toString(), QStringLiteral("card_removed"));
    QCOMPARE(scan.next(EventMs)["event"].toString(), QStringLiteral("service_restored"));

    QVERIFY(m_rig.card(0)->insert());
    QVERIFY(!scan.waitFor("card_inserted", m_presentReader, EventMs).isEmpty());
    QCOMPARE(scan.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cliscan.moc"
