// ReaderFeatures against the real pcscd with vpcd readers, which support no reader attribute
// and no PC/SC part 10 feature (docs/test-rig.md): the API must say so item by item, never
// fail as a whole. The rig is made in initTestCase, before any PC/SC call.
#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "features/part10requests.h"
#include "features/readerfeatures.h"
#include "pcscrig.h"

#include <QTest>

using namespace smartcard;
using cardscope::testing::PcscRig;
using pcsc::ReturnCode;

class TestReaderFeaturesRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vpcdHasNone_data();
    void vpcdHasNone();
    void featureRequestThrowsUnsupported();

private:
    std::unique_ptr<PcscRig> m_rig;
};

void TestReaderFeaturesRig::initTestCase()
{
    m_rig = std::make_unique<PcscRig>();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY2(m_rig->insertCard(0), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(0), true));
}

void TestReaderFeaturesRig::vpcdHasNone_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<bool>("direct");
    QTest::newRow("direct, empty slot") << 1 << true;
    QTest::newRow("direct, with card") << 0 << true;
    QTest::newRow("shared, with card") << 0 << false;
}

void TestReaderFeaturesRig::vpcdHasNone()
{
    QFETCH(int, slot);
    QFETCH(bool, direct);
    PCSCCardConnection connection(m_rig->readerName(slot));
    if (direct)
        connection.connect(0, pcsc::ShareMode::Direct);
    else
        connection.connect();
    const ReaderFeatures features = ReaderFeatures::read(connection);

    QCOMPARE(features.supportedAttributeCount(), 0);
    QCOMPARE(features.attributes().size(), ReaderAttributes::definitions().size());
    for (const ReaderFeatures::Attribute &attribute : features.attributes()) {
        QVERIFY2(attribute.failure && attribute.failure->code, attribute.definition->name);
        // vpcd: unsupported, except the device names, which give "insufficient buffer" at any size.
        QVERIFY2(*attribute.failure->code == ReturnCode::E_UnsupportedFeature
                || *attribute.failure->code == ReturnCode::E_InsufficientBuffer,
            qPrintable(attribute.failure->message));
    }
    QVERIFY(!features.hasFeatures());
    QVERIFY(features.featureRequestFailure());
    QCOMPARE(features.featureRequestFailure()->code, std::optional(ReturnCode::E_UnsupportedFeature));
    QVERIFY(!features.tlvProperties());
    QVERIFY(!features.pinProperties());
}

void TestReaderFeaturesRig::featureRequestThrowsUnsupported()
{
    PCSCCardConnection connection(m_rig->readerName(0));
    connection.connect(0, pcsc::ShareMode::Direct);
    try {
        part10::getFeatureRequest(connection);
        QFAIL("no exception");
    } catch (const CardConnectionException &e) {
        QCOMPARE(e.hresult(), std::optional(ReturnCode::E_UnsupportedFeature));
    }
}

QTEST_GUILESS_MAIN(TestReaderFeaturesRig)
#include "tst_readerfeatures_rig.moc"
