#include "features/featurelist.h"
#include "features/part10.h"
#include "testhex.h"

#include <QTest>

using namespace smartcard;
using namespace smartcard::part10;
using cardscope::testing::hex;

namespace {

// One TLV of the feature list: tag, length 4, the control code big-endian.
QString tlv(int tag, std::uint32_t code)
{
    return QStringLiteral("%1 04 %2 ").arg(tag, 2, 16, QChar('0')).arg(code, 8, 16, QChar('0'));
}

} // namespace

class TestFeatureList : public QObject
{
    Q_OBJECT

private slots:
    void everyFeatureOfTheSpec();
    void names_data();
    void names();
    void malformed_data();
    void malformed();
    void emptyAnswerIsNoFeature();
    void duplicateTagKeepsTheFirst();
};

void TestFeatureList::everyFeatureOfTheSpec()
{
    QString answer;
    for (int tag = 0x01; tag <= 0x13; ++tag)
        answer += tlv(tag, 0x42330000 + std::uint32_t(tag));
    answer += tlv(0x20, 0x42330020);
    const FeatureList list = FeatureList::parse(hex(answer));
    QVERIFY(list.isClean());
    QCOMPARE(list.features().size(), std::size_t(20));
    for (int tag = 0x01; tag <= 0x13; ++tag) {
        QCOMPARE(list.controlCode(std::uint8_t(tag)), std::optional<std::uint32_t>(0x42330000 + tag));
        QVERIFY(isKnownFeature(std::uint8_t(tag)));
    }
    QCOMPARE(list.features().at(5).name, QStringLiteral("FEATURE_VERIFY_PIN_DIRECT"));
    QCOMPARE(list.features().at(5).offset, 30);
    QCOMPARE(list.features().back().name, QStringLiteral("FEATURE_EXECUTE_PACE"));
    QVERIFY(!list.hasFeature(0x14));
}

void TestFeatureList::names_data()
{
    QTest::addColumn<int>("tag");
    QTest::addColumn<QString>("name");
    QTest::newRow("01") << 0x01 << "FEATURE_VERIFY_PIN_START";
    QTest::newRow("02") << 0x02 << "FEATURE_VERIFY_PIN_FINISH";
    QTest::newRow("03") << 0x03 << "FEATURE_MODIFY_PIN_START";
    QTest::newRow("04") << 0x04 << "FEATURE_MODIFY_PIN_FINISH";
    QTest::newRow("05") << 0x05 << "FEATURE_GET_KEY_PRESSED";
    QTest::newRow("06") << 0x06 << "FEATURE_VERIFY_PIN_DIRECT";
    QTest::newRow("07") << 0x07 << "FEATURE_MODIFY_PIN_DIRECT";
    QTest::newRow("08") << 0x08 << "FEATURE_MCT_READER_DIRECT";
    QTest::newRow("09") << 0x09 << "FEATURE_MCT_UNIVERSAL";
    QTest::newRow("0A") << 0x0A << "FEATURE_IFD_PIN_PROPERTIES";
    QTest::newRow("0B") << 0x0B << "FEATURE_ABORT";
    QTest::newRow("0C") << 0x0C << "FEATURE_SET_SPE_MESSAGE";
    QTest::newRow("0D") << 0x0D << "FEATURE_VERIFY_PIN_DIRECT_APP_ID";
    QTest::newRow("0E") << 0x0E << "FEATURE_MODIFY_PIN_DIRECT_APP_ID";
    QTest::newRow("0F") << 0x0F << "FEATURE_WRITE_DISPLAY";
    QTest::newRow("10") << 0x10 << "FEATURE_GET_KEY";
    QTest::newRow("11") << 0x11 << "FEATURE_IFD_DISPLAY_PROPERTIES";
    QTest::newRow("12") << 0x12 << "FEATURE_GET_TLV_PROPERTIES";
    QTest::newRow("13") << 0x13 << "FEATURE_CCID_ESC_COMMAND";
    QTest::newRow("20") << 0x20 << "FEATURE_EXECUTE_PACE";
    QTest::newRow("00 unknown") << 0x00 << "unknown feature 0x00";
    QTest::newRow("14 unknown") << 0x14 << "unknown feature 0x14";
    QTest::newRow("FF unknown") << 0xFF << "unknown feature 0xFF";
}

void TestFeatureList::names()
{
    QFETCH(int, tag);
    QFETCH(QString, name);
    QCOMPARE(featureName(std::uint8_t(tag)), name);
}

void TestFeatureList::malformed_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message");

    QTest::newRow("lone tag byte") << tlv(0x06, 0x42330006) + "0A" << 1 << 6
                                   << "a TLV needs a tag and a length; 1 byte left (0x0A)";
    QTest::newRow("value cut off") << tlv(0x06, 0x42330006) + "07 04 42 33" << 1 << 6
                                   << "FEATURE_MODIFY_PIN_DIRECT: length 4 but only 2 byte(s) left";
    QTest::newRow("length 2 skipped, next read") << "12 02 00 01 " + tlv(0x13, 0x42330013) << 1 << 0
                                                 << "FEATURE_GET_TLV_PROPERTIES: length 2, a control code "
                                                    "needs 4; skipped";
    QTest::newRow("length 0") << "0A 00" << 0 << 0
                              << "FEATURE_IFD_PIN_PROPERTIES: length 0, a control code needs 4; skipped";
    QTest::newRow("length FF") << "01 FF 00" << 0 << 0
                               << "FEATURE_VERIFY_PIN_START: length 255 but only 1 byte(s) left";
}

void TestFeatureList::malformed()
{
    QFETCH(QString, answer);
    QFETCH(int, features);
    QFETCH(int, offset);
    QFETCH(QString, message);
    const FeatureList list = FeatureList::parse(hex(answer));
    QCOMPARE(int(list.features().size()), features);
    QCOMPARE(list.problems().size(), std::size_t(1));
    QCOMPARE(list.problems().front().offset, offset);
    QCOMPARE(list.problems().front().message, message);
}

void TestFeatureList::emptyAnswerIsNoFeature()
{
    const FeatureList list = FeatureList::parse({});
    QVERIFY(list.isEmpty());
    QVERIFY(list.isClean());
}

void TestFeatureList::duplicateTagKeepsTheFirst()
{
    const FeatureList list = FeatureList::parse(hex(tlv(0x06, 0x42330006) + tlv(0x06, 0x42339999)));
    QCOMPARE(list.features().size(), std::size_t(1));
    QCOMPARE(list.controlCode(0x06), std::optional<std::uint32_t>(0x42330006));
    QCOMPARE(list.problems().size(), std::size_t(1));
    QCOMPARE(list.problems().front().offset, 6);
}

QTEST_GUILESS_MAIN(TestFeatureList)
#include "tst_featurelist.moc"
