#include "atrdetails/atrdetailswidget.h"
#include "mainwindow.h"
#include "pcscrig.h"
#include "readerdetails/readerdetailswidget.h"
#include "readertree/readertreemodel.h"
#include "readertree/readertreeview.h"
#include "servicebanner/servicebanner.h"
#include "translations.h"
#include "version.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using cardscope::testing::CardOptions;
using cardscope::testing::PcscRig;

// The real main window against the private pcscd (tests/support/rig): what a newcomer sees
// after scripts/run. Slot 0 holds the emulated T=1 card, slot 1 stays empty. The settings
// go to a temporary folder.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheCardUnderItsReader();
    void selectingTheCardShowsItsAtr();
    void firstStartShowsTheFirstCard();
    void removedCardDisappears();
    void preselectsTheReaderAsked();
    void settingsPersistAcrossWindows();
    void aboutBoxNamesTheVersions();
    void stoppedServiceShowsTheBannerUntilItReturns();

private:
    static ReaderTreeView *tree(const MainWindow &window);
    static ReaderTreeModel *model(const MainWindow &window);

    // The t1 profile's ATR: T=1, historical bytes 80 31 E0 ..., TCK E5 (docs/emulated-card.md).
    const QByteArray m_atr = QByteArray::fromHex("3B9E958131FE4580 31E0524353 73F22140 83059000E5");
    QTemporaryDir m_settingsDir;
    PcscRig m_rig;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CardScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    // English with its plural forms ("2 readers"), whatever the locale ctest runs in.
    QVERIFY(!Translations::install(qApp, QLocale(QLocale::English)).isEmpty());
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY2(m_rig.insertCard(0), qPrintable(m_rig.errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig.readerName(0), true));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

ReaderTreeView *TestMainWindow::tree(const MainWindow &window)
{
    return window.findChild<ReaderTreeView *>(QStringLiteral("readerTree"));
}

ReaderTreeModel *TestMainWindow::model(const MainWindow &window)
{
    return qobject_cast<ReaderTreeModel *>(tree(window)->model());
}

void TestMainWindow::showsTheCardUnderItsReader()
{
    MainWindow window;
    window.show();
    QVERIFY(tree(window));
    QTRY_COMPARE(model(window)->readerCount(), 2);
    QCOMPARE(
        model(window)->index(0, 0).data(ReaderTreeModel::ReaderNameRole).toString(), m_rig.readerName(0));
    QTRY_VERIFY(model(window)->indexOfCard(m_rig.readerName(0)).isValid());
    const QModelIndex card = model(window)->indexOfCard(m_rig.readerName(0));
    QCOMPARE(card.parent(), model(window)->indexOfReader(m_rig.readerName(0)));
    QCOMPARE(card.data(ReaderTreeModel::AtrRole).toByteArray(), m_atr);
    QVERIFY(!model(window)->indexOfCard(m_rig.readerName(1)).isValid());

    auto *status = window.findChild<QLabel *>(QStringLiteral("serviceStatus"));
    QVERIFY(status);
    QTRY_COMPARE(status->text(), QStringLiteral("PC/SC service: running, 2 readers"));
    QVERIFY(!window.findChild<ServiceBanner *>(QStringLiteral("serviceBanner"))->isVisible());
}

void TestMainWindow::selectingTheCardShowsItsAtr()
{
    MainWindow window;
    window.show();
    QTRY_VERIFY(model(window)->indexOfCard(m_rig.readerName(0)).isValid());
    tree(window)->setCurrentIndex(model(window)->indexOfCard(m_rig.readerName(0)));

    auto *atr = window.findChild<AtrDetailsWidget *>(QStringLiteral("atrDetails"));
    QVERIFY(atr);
    QTRY_COMPARE(atr->atr(), m_atr);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QCOMPARE(tabs->currentWidget(), atr);
    auto *historical = atr->findChild<QTreeWidget *>(QStringLiteral("atrHistorical"));
    QVERIFY(historical);
    QVERIFY(historical->topLevelItemCount() > 0);
    const QString tck = atr->findChild<QLabel *>(QStringLiteral("atrTckStatus"))->text();
    QVERIFY2(tck.startsWith(QStringLiteral("present and correct")), qPrintable(tck));
    QVERIFY2(tck.contains(QStringLiteral("E5")), qPrintable(tck));
    QCOMPARE(window.findChild<ReaderDetailsWidget *>(QStringLiteral("readerDetails"))->reader(),
        m_rig.readerName(0));

    // Edit > Copy ATR (Ctrl+Shift+C) puts the selected card's ATR on the clipboard. The
    // action is triggered directly: an offscreen window is not reliably made active, so a
    // synthesized key press may never reach the window's shortcut map.
    QAction *copyAtr = tree(window)->copyAtrAction();
    QCOMPARE(copyAtr->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QVERIFY(copyAtr->isEnabled());
    QGuiApplication::clipboard()->clear();
    copyAtr->trigger();
    QTRY_COMPARE(QGuiApplication::clipboard()->text().remove(u' ').toUpper(),
        QString::fromLatin1(m_atr.toHex().toUpper()));
}

void TestMainWindow::firstStartShowsTheFirstCard()
{
    // No setting, no --reader: the first card is selected and its ATR decoded, no click needed.
    MainWindow window;
    window.show();
    QTRY_COMPARE(tree(window)->currentReader(), m_rig.readerName(0));
    QTRY_COMPARE(window.findChild<AtrDetailsWidget *>(QStringLiteral("atrDetails"))->atr(), m_atr);
}

void TestMainWindow::removedCardDisappears()
{
    MainWindow window;
    window.show();
    QTRY_VERIFY(model(window)->indexOfCard(m_rig.readerName(0)).isValid());
    tree(window)->setCurrentIndex(model(window)->indexOfCard(m_rig.readerName(0)));
    auto *atr = window.findChild<AtrDetailsWidget *>(QStringLiteral("atrDetails"));
    QTRY_COMPARE(atr->atr(), m_atr);

    QVERIFY(m_rig.card(0)->remove());
    QTRY_VERIFY_WITH_TIMEOUT(!model(window)->indexOfCard(m_rig.readerName(0)).isValid(), 5000);
    QCOMPARE(model(window)->readerCount(), 2);
    QTRY_VERIFY(atr->atr().isEmpty());

    QVERIFY(m_rig.card(0)->insert());
    QTRY_VERIFY_WITH_TIMEOUT(model(window)->indexOfCard(m_rig.readerName(0)).isValid(), 5000);
}

void TestMainWindow::preselectsTheReaderAsked()
{
    MainWindow window;
    window.preselectReader(m_rig.readerName(1));
    window.show();
    QTRY_COMPARE(tree(window)->currentReader(), m_rig.readerName(1));
    QCOMPARE(window.findChild<ReaderDetailsWidget *>(QStringLiteral("readerDetails"))->reader(),
        m_rig.readerName(1));
    QVERIFY(window.findChild<AtrDetailsWidget *>(QStringLiteral("atrDetails"))->atr().isEmpty());
}

void TestMainWindow::settingsPersistAcrossWindows()
{
    QByteArray geometry;
    {
        MainWindow first;
        first.show();
        QTRY_COMPARE(model(first)->readerCount(), 2);
        tree(first)->setCurrentIndex(model(first)->indexOfReader(m_rig.readerName(1)));
        QCOMPARE(tree(first)->currentReader(), m_rig.readerName(1));
        first.findChild<QDockWidget *>(QStringLiteral("eventLogDock"))->toggleViewAction()->trigger();
        first.resize(1200, 780);
        first.close();
        geometry = first.saveGeometry();
    }
    QCOMPARE(QSettings().value(MainWindow::lastReaderKey()).toString(), m_rig.readerName(1));

    MainWindow second;
    second.show();
    QVERIFY(!second.findChild<QDockWidget *>(QStringLiteral("eventLogDock"))->isVisible());
    QVERIFY(second.findChild<QDockWidget *>(QStringLiteral("readersDock"))->isVisible());
    QCOMPARE(second.size(), QSize(1200, 780));
    QTRY_COMPARE(tree(second)->currentReader(), m_rig.readerName(1));

    // Reset Layout brings the log back.
    second.findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
    QVERIFY(second.findChild<QDockWidget *>(QStringLiteral("eventLogDock"))->isVisible());
}

void TestMainWindow::aboutBoxNamesTheVersions()
{
    MainWindow window;
    window.show();
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"))) && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("CardScope " CARDSCOPE_VERSION)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
        qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("Built against pcsc-lite 1.")), qPrintable(box->text()));
    box->close();
}

void TestMainWindow::stoppedServiceShowsTheBannerUntilItReturns()
{
    MainWindow window;
    window.show();
    QTRY_VERIFY(model(window)->indexOfCard(m_rig.readerName(0)).isValid());
    auto *banner = window.findChild<ServiceBanner *>(QStringLiteral("serviceBanner"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("serviceStatus"));
    auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(banner && status && refresh);
    QTRY_COMPARE(window.isServiceAvailable(), std::optional<bool>(true));
    QVERIFY(refresh->isEnabled());

    QVERIFY(m_rig.stopDaemon());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(QStringLiteral("pcscd")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(ServiceBanner::startCommand()), qPrintable(banner->text()));
    QVERIFY2(status->text().startsWith(QStringLiteral("PC/SC service: not")), qPrintable(status->text()));
    QVERIFY(!refresh->isEnabled());

    QVERIFY2(m_rig.restartDaemon(), qPrintable(m_rig.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QVERIFY(refresh->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("PC/SC service: running, 2 readers"), 5000);
    // The card reconnects to the new pcscd when put back in.
    QVERIFY(m_rig.card(0)->insert());
    QTRY_VERIFY_WITH_TIMEOUT(model(window)->indexOfCard(m_rig.readerName(0)).isValid(), 10000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
