// cardscope-cli features against the rig. vpcd supports no reader attribute and no PC/SC
// part 10 feature (docs/test-rig.md), so the command must say that clearly, item by item;
// decoding real answers is tested over the fake in tests/core/features.
#include "clirunner.h"
#include "pcscrig.h"

#include <QJsonArray>
#include <QTest>

using cardscope::testing::PcscRig;

class TestCliFeatures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readableSaysThereIsNone_data();
    void readableSaysThereIsNone();
    void jsonListsEveryAttribute();
    void cardIsNotTouched();
    void badInput_data();
    void badInput();
    void noService();

private:
    PcscRig m_rig;
};

void TestCliFeatures::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY2(m_rig.insertCard(0), qPrintable(m_rig.errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig.readerName(0), true));
}

void TestCliFeatures::readableSaysThereIsNone_data()
{
    QTest::addColumn<int>("slot");
    QTest::newRow("with a card") << 0;
    QTest::newRow("without a card") << 1;
}

void TestCliFeatures::readableSaysThereIsNone()
{
    QFETCH(int, slot);
    const CliRun run = runCli({ "features", "--reader", m_rig.readerName(slot) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.outLines();
    QCOMPARE(lines.value(0), "Reader: " + m_rig.readerName(slot));
    QCOMPARE(lines.value(1), QStringLiteral("Attributes: none of the 31 CardScope asks for"));
    QVERIFY(lines.value(2).startsWith(
        "  not answered (SCARD_E_INSUFFICIENT_BUFFER): SCARD_ATTR_DEVICE_FRIENDLY_NAME"));
    QVERIFY(
        lines.value(3).startsWith("  not answered (SCARD_E_UNSUPPORTED_FEATURE): SCARD_ATTR_VENDOR_NAME, "));
    QCOMPARE(lines.value(4),
        QStringLiteral("PC/SC part 10 features: none, the reader does not answer the feature request "
                       "(SCARD_E_UNSUPPORTED_FEATURE)"));
    QCOMPARE(lines.value(5),
        QStringLiteral("The reader has no attributes and no PC/SC part 10 features to show."));
    QCOMPARE(lines.size(), 6);
}

void TestCliFeatures::jsonListsEveryAttribute()
{
    const CliRun run = runCli({ "features", "--json", "--reader", "A 00 00" });
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject report = lines.at(0);
    QCOMPARE(report.value("reader").toString(), m_rig.readerName(0));
    QCOMPARE(report.value("has_attributes").toBool(true), false);
    QCOMPARE(report.value("has_features").toBool(true), false);
    const QJsonArray attributes = report.value("attributes").toArray();
    QCOMPARE(attributes.size(), 31);
    QCOMPARE(attributes.at(0).toObject().value("name").toString(), QStringLiteral("SCARD_ATTR_VENDOR_NAME"));
    QCOMPARE(attributes.at(0).toObject().value("id").toString(), QStringLiteral("0x00010100"));
    for (const QJsonValue &value : attributes) {
        const QJsonObject attribute = value.toObject();
        QCOMPARE(attribute.value("supported").toBool(true), false);
        const QString error = attribute.value("error").toObject().value("pcsc_error").toString();
        QVERIFY2(error == "SCARD_E_UNSUPPORTED_FEATURE" || error == "SCARD_E_INSUFFICIENT_BUFFER",
            qPrintable(error));
    }
    const QJsonObject features = report.value("features").toObject();
    QCOMPARE(features.value("supported").toBool(true), false);
    QCOMPARE(features.value("error").toObject().value("pcsc_error").toString(),
        QStringLiteral("SCARD_E_UNSUPPORTED_FEATURE"));
    QVERIFY(report.value("tlv_properties").isNull());
    QVERIFY(report.value("pin_properties").isNull());
}

// A direct connection sends nothing to the card and leaves it powered.
void TestCliFeatures::cardIsNotTouched()
{
    const int before = m_rig.card(0)->statusField(QStringLiteral("apdus"));
    QCOMPARE(runCli({ "features", "--reader", m_rig.readerName(0) }).exitCode, 0);
    QCOMPARE(m_rig.card(0)->statusField(QStringLiteral("apdus")), before);
}

void TestCliFeatures::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no reader") << QStringList { "features" } << "no reader given: name one with --reader";
    QTest::newRow("unknown reader") << QStringList { "features", "--reader", "Nope" }
                                    << "no reader matches \"Nope\" (readers: \"CardScope Rig A 00 00\", "
                                       "\"CardScope Rig A 00 01\")";
    QTest::newRow("ambiguous reader") << QStringList { "features", "--reader", "Rig A" }
                                      << "\"Rig A\" matches 2 readers; give more of the name (readers: "
                                         "\"CardScope Rig A 00 00\", \"CardScope Rig A 00 01\")";
    QTest::newRow("stray argument") << QStringList { "features", "--reader", "A 00 00", "extra" }
                                    << "unexpected argument \"extra\"; see cardscope-cli features --help";
}

void TestCliFeatures::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(), "cardscope-cli: " + message);
}

// Last: stops the daemon.
void TestCliFeatures::noService()
{
    QVERIFY(m_rig.stopDaemon());
    const CliRun run = runCli({ "features", "--json", "--reader", "A 00 00" });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.startsWith("cardscope-cli: cannot reach the PC/SC service: "), qPrintable(run.err));
    QCOMPARE(run.jsonLines().value(0).value("error").toObject().value("pcsc_error").toString(),
        QStringLiteral("SCARD_E_NO_SERVICE"));
}

QTEST_GUILESS_MAIN(TestCliFeatures)
#include "tst_clifeatures.moc"
