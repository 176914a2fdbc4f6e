#include "mainwindow.h"
#include "pcscrig.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using cardscope::testing::CardOptions;
using cardscope::testing::PcscRig;

// The real main window against the private pcscd: what a newcomer sees after scripts/run.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsReadersAndTheCardAtr();
    void refreshSeesARemovedCard();
    void stoppedServiceIsShownAndRecovered();

private:
    static bool refreshAndWait(MainWindow &window);

    PcscRig m_rig;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    CardOptions options;
    options.atrHex = QStringLiteral("3B021450");
    options.profile = QStringLiteral("t0");
    QVERIFY2(m_rig.insertCard(0, options), qPrintable(m_rig.errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig.readerName(0), true));
}

bool TestMainWindow::refreshAndWait(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.refresh();
    return shown.wait(5000);
}

void TestMainWindow::showsReadersAndTheCardAtr()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.show();
    QVERIFY(shown.wait(5000));

    auto *status = window.findChild<QLabel *>("serviceStatus");
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("PC/SC service: answering, 2 reader(s)"));
    auto *readers = window.findChild<QTreeWidget *>("readerList");
    QVERIFY(readers);
    QCOMPARE(readers->topLevelItemCount(), 2);
    QCOMPARE(readers->topLevelItem(0)->text(0), m_rig.readerName(0));
    QCOMPARE(readers->topLevelItem(0)->text(1), QStringLiteral("present"));
    QCOMPARE(readers->topLevelItem(0)->text(2), QStringLiteral("3B 02 14 50"));
    QCOMPARE(readers->topLevelItem(1)->text(1), QStringLiteral("empty"));
    QCOMPARE(readers->topLevelItem(1)->text(2), QString());
}

void TestMainWindow::refreshSeesARemovedCard()
{
    MainWindow window;
    QVERIFY(refreshAndWait(window));
    QVERIFY(m_rig.card(0)->remove());
    QVERIFY(PcscRig::waitForCardState(m_rig.readerName(0), false));
    QVERIFY(refreshAndWait(window));
    auto *readers = window.findChild<QTreeWidget *>("readerList");
    QCOMPARE(readers->topLevelItem(0)->text(1), QStringLiteral("empty"));
    QVERIFY(m_rig.card(0)->insert());
    QVERIFY(PcscRig::waitForCardState(m_rig.readerName(0), true));
}

void TestMainWindow::stoppedServiceIsShownAndRecovered()
{
    MainWindow window;
    QVERIFY(refreshAndWait(window));
    QVERIFY(m_rig.stopDaemon());
    QVERIFY(refreshAndWait(window));
    auto *status = window.findChild<QLabel *>("serviceStatus");
    QCOMPARE(status->text(), QStringLiteral("PC/SC service: not running (SCARD_E_NO_SERVICE)"));
    QCOMPARE(window.findChild<QTreeWidget *>("readerList")->topLevelItemCount(), 0);

    QVERIFY2(m_rig.restartDaemon(), qPrintable(m_rig.errorString()));
    QVERIFY(refreshAndWait(window));
    QCOMPARE(status->text(), QStringLiteral("PC/SC service: answering, 2 reader(s)"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
