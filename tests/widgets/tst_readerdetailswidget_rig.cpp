// ReaderDetailsWidget on the real pcscd with vpcd readers (docs/test-rig.md): vpcd answers no
// attribute and no part 10 feature request, and the widget must say so plainly, with or
// without a card in the slot (it connects in direct mode). The rig comes first, before any
// PC/SC call of the process.
#include "features/readerattributes.h"
#include "pcscrig.h"
#include "readerdetails/readerdetailswidget.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using cardscope::testing::PcscRig;

class TestReaderDetailsWidgetRig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vpcdReportsNothing_data();
    void vpcdReportsNothing();

private:
    std::unique_ptr<PcscRig> m_rig;
};

void TestReaderDetailsWidgetRig::initTestCase()
{
    m_rig = std::make_unique<PcscRig>();
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY2(m_rig->insertCard(0), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(0), true));
}

void TestReaderDetailsWidgetRig::vpcdReportsNothing_data()
{
    QTest::addColumn<int>("slot");
    QTest::newRow("with the emulated card") << 0;
    QTest::newRow("empty slot") << 1;
}

void TestReaderDetailsWidgetRig::vpcdReportsNothing()
{
    QFETCH(int, slot);
    ReaderDetailsWidget widget;
    widget.show();
    QSignalSpy loaded(&widget, &ReaderDetailsWidget::detailsLoaded);
    QSignalSpy failed(&widget, &ReaderDetailsWidget::detailsFailed);
    widget.setReader(m_rig->readerName(slot));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(widget.state(), ReaderDetailsWidget::State::Loaded);
    const QString status = widget.findChild<QLabel *>("readerDetailsStatus")->text();
    QVERIFY2(
        status.startsWith(QStringLiteral("The reader driver reports no attributes (")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("SCARD_E_UNSUPPORTED_FEATURE")), qPrintable(status));
    QVERIFY2(status.endsWith(QStringLiteral("no PC/SC part 10 features (SCARD_E_UNSUPPORTED_FEATURE).")),
        qPrintable(status));
    auto *tree = widget.findChild<QTreeWidget *>("readerDetailsTree");
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->topLevelItem(0)->text(1),
        QStringLiteral("0 of %1 answered").arg(smartcard::ReaderAttributes::definitions().size()));
}

QTEST_MAIN(TestReaderDetailsWidgetRig)
#include "tst_readerdetailswidget_rig.moc"
