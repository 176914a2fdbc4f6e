// ReaderFeatures and the part 10 requests over the fake PC/SC: vpcd has no attributes and no
// features (docs/test-rig.md), so decoding real answers is tested here.
#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "fakepcsc.h"
#include "features/part10.h"
#include "features/part10requests.h"
#include "features/readerfeatures.h"
#include "testhex.h"

#include <QTest>

using namespace smartcard;
using cardscope::testing::FakePcsc;
using cardscope::testing::hex;
using pcsc::ReturnCode;

namespace {

constexpr std::uint32_t tlvCode = 0x42330012;
constexpr std::uint32_t pinCode = 0x4233000A;

} // namespace

class TestReaderFeatures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pinpadReader();
    void readerWithoutAnything();
    void oneAttributeFailingDoesNotStopTheOthers();
    void propertiesAnswerFailing();
    void serviceGoneStopsTheReading();
    void part10RequestsLikePyscard();
    void malformedFeatureListIsReported();

private:
    std::unique_ptr<FakePcsc> m_fake;
};

void TestReaderFeatures::init()
{
    m_fake = std::make_unique<FakePcsc>();
    m_fake->insertCard("Pinpad", hex("3B 02 14 50"));
    m_fake->insertCard("Plain", hex("3B 02 14 50"));
    m_fake->setAttribute("Pinpad", pcsc::attribute::VendorName, hex("41 43 4D 45 00"));
    m_fake->setAttribute("Pinpad", pcsc::attribute::VendorIfdVersion, hex("45 03 02 01"));
    m_fake->setAttribute("Pinpad", pcsc::attribute::ChannelId, hex("07 03 20 00"));
    m_fake->setAttribute("Pinpad", pcsc::attribute::MaxInput, hex("05 01 00 00"));
    m_fake->setControlResponse("Pinpad", pcsc::GetFeatureRequestControlCode,
        hex("06 04 42 33 00 06  07 04 42 33 00 07  0A 04 42 33 00 0A  12 04 42 33 00 12"));
    m_fake->setControlResponse(
        "Pinpad", tlvCode, hex("01 02 10 02  02 01 02  06 01 04  07 01 08  0B 02 E6 08"));
    m_fake->setControlResponse("Pinpad", pinCode, hex("10 02 02 00"));
}

void TestReaderFeatures::pinpadReader()
{
    PCSCCardConnection connection("Pinpad", *m_fake);
    connection.connect(0, pcsc::ShareMode::Direct);
    const ReaderFeatures features = ReaderFeatures::read(connection);

    QCOMPARE(features.supportedAttributeCount(), 4);
    for (const ReaderFeatures::Attribute &attribute : features.attributes()) {
        if (attribute.definition->id == pcsc::attribute::VendorIfdVersion)
            QCOMPARE(attribute.decoded.text, QStringLiteral("01.02.0345"));
        if (attribute.definition->id == pcsc::attribute::AtrString) {
            QVERIFY(!attribute.isSupported());
            QCOMPARE(attribute.failure->code, std::optional(ReturnCode::E_UnsupportedFeature));
        }
    }
    QVERIFY(features.hasFeatures());
    QCOMPARE(features.featureList().features().size(), std::size_t(4));
    QCOMPARE(features.featureList().features().at(0).name, QStringLiteral("FEATURE_VERIFY_PIN_DIRECT"));
    QCOMPARE(features.featureList().controlCode(part10::feature::ModifyPinDirect),
        std::optional<std::uint32_t>(0x42330007));
    QVERIFY(features.tlvProperties());
    QCOMPARE(features.tlvProperties()->properties().size(), std::size_t(5));
    QCOMPARE(features.tlvProperties()->find(part10::property::LcdLayout)->text,
        QStringLiteral("2 lines of 16 characters"));
    QVERIFY(features.pinProperties());
    QCOMPARE(features.pinProperties()->lcdLines(), 2);
    QCOMPARE(features.pinProperties()->entryValidationCondition(), std::optional<std::uint8_t>(2));
    QVERIFY(!features.tlvPropertiesFailure());
    QVERIFY(!features.pinPropertiesFailure());
    // Exactly one feature request, then the two properties through their announced codes.
    QCOMPARE(m_fake->controlCodes(),
        (std::vector<std::uint32_t> { pcsc::GetFeatureRequestControlCode, tlvCode, pinCode }));
}

void TestReaderFeatures::readerWithoutAnything()
{
    m_fake->setControlResponse(
        "Plain", pcsc::GetFeatureRequestControlCode, {}, ReturnCode::E_UnsupportedFeature);
    PCSCCardConnection connection("Plain", *m_fake);
    connection.connect(0, pcsc::ShareMode::Direct);
    const ReaderFeatures features = ReaderFeatures::read(connection);
    QCOMPARE(features.supportedAttributeCount(), 0);
    QCOMPARE(features.attributes().size(), ReaderAttributes::definitions().size());
    QVERIFY(!features.hasFeatures());
    QVERIFY(features.featureRequestFailure());
    QCOMPARE(features.featureRequestFailure()->code, std::optional(ReturnCode::E_UnsupportedFeature));
    QVERIFY(!features.tlvProperties());
    QVERIFY(!features.pinProperties());
}

void TestReaderFeatures::oneAttributeFailingDoesNotStopTheOthers()
{
    m_fake->failNext(FakePcsc::Call::GetAttrib, ReturnCode::E_InsufficientBuffer);
    PCSCCardConnection connection("Pinpad", *m_fake);
    connection.connect();
    const ReaderFeatures features = ReaderFeatures::read(connection);
    QCOMPARE(features.attributes().front().failure->code, std::optional(ReturnCode::E_InsufficientBuffer));
    QCOMPARE(features.supportedAttributeCount(), 3);
    QVERIFY(features.hasFeatures());
}

void TestReaderFeatures::propertiesAnswerFailing()
{
    m_fake->setControlResponse("Pinpad", tlvCode, {}, ReturnCode::E_NotTransacted);
    m_fake->setControlResponse("Pinpad", pinCode, hex("10"));
    PCSCCardConnection connection("Pinpad", *m_fake);
    connection.connect();
    const ReaderFeatures features = ReaderFeatures::read(connection);
    QVERIFY(!features.tlvProperties());
    QCOMPARE(features.tlvPropertiesFailure()->code, std::optional(ReturnCode::E_NotTransacted));
    QVERIFY(features.pinProperties());
    QVERIFY(features.pinProperties()->problem());
}

void TestReaderFeatures::serviceGoneStopsTheReading()
{
    PCSCCardConnection connection("Pinpad", *m_fake);
    connection.connect();
    m_fake->failNext(FakePcsc::Call::GetAttrib, ReturnCode::E_NoService, 100);
    try {
        ReaderFeatures::read(connection);
        QFAIL("no exception");
    } catch (const CardConnectionException &e) {
        QCOMPARE(e.hresult(), std::optional(ReturnCode::E_NoService));
    }
    QCOMPARE(m_fake->callCount(FakePcsc::Call::GetAttrib), 1);
}

void TestReaderFeatures::part10RequestsLikePyscard()
{
    PCSCCardConnection connection("Pinpad", *m_fake);
    connection.connect();
    const part10::FeatureList list = part10::getFeatureRequest(connection);
    QVERIFY(list.hasFeature(part10::feature::VerifyPinDirect));
    QVERIFY(!list.hasFeature(part10::feature::Abort));
    QCOMPARE(part10::getPinProperties(connection)->lcdCharacters(), 16);
    QCOMPARE(part10::getTlvProperties(connection, list)->find(part10::property::MinPinSize)->number,
        std::optional<std::uint32_t>(4));

    PCSCCardConnection plain("Plain", *m_fake);
    plain.connect();
    QVERIFY(part10::getFeatureRequest(plain).isEmpty()); // the fake's default: success, no byte
    QVERIFY(!part10::getPinProperties(plain));
    QVERIFY(!part10::getTlvProperties(plain));
}

void TestReaderFeatures::malformedFeatureListIsReported()
{
    m_fake->setControlResponse(
        "Plain", pcsc::GetFeatureRequestControlCode, hex("12 04 42 33 00 12  0A 04 42"));
    m_fake->setControlResponse("Plain", tlvCode, hex("06 01 04 07"));
    PCSCCardConnection connection("Plain", *m_fake);
    connection.connect();
    const ReaderFeatures features = ReaderFeatures::read(connection);
    QCOMPARE(features.featureList().features().size(), std::size_t(1));
    QCOMPARE(features.featureList().problems().size(), std::size_t(1));
    QCOMPARE(features.featureList().problems().front().offset, 6);
    QCOMPARE(features.tlvProperties()->problems().front().offset, 3);
    QVERIFY(!features.pinProperties());
}

QTEST_GUILESS_MAIN(TestReaderFeatures)
#include "tst_readerfeatures.moc"
