#include "fakepcsc.h"
#include "mainwindow.h"
#include "monitor/monitorengine.h"
#include "readertree/readertreemodel.h"
#include "readertree/readertreeview.h"
#include "servicebanner/servicebanner.h"
#include "translations.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using cardscope::testing::FakePcsc;
using smartcard::MonitorEngine;

// The main window over the fake PC/SC: what the rig cannot show quickly or at all (no
// reader at all, a service that is down from the start) and the French translation.
class TestMainWindowFake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noReaderShowsTheEmptyState();
    void serviceDownFromTheStartShowsTheBanner();
    void readerPlugsInLater();
    void frenchFollowsTheLocale();

private:
    void makeEngine() { m_engine = std::make_shared<MonitorEngine>(m_fake); }

    QTemporaryDir m_settingsDir;
    FakePcsc m_fake; // outlives the engine
    std::shared_ptr<MonitorEngine> m_engine;
};

void TestMainWindowFake::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CardScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_fake"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindowFake::init()
{
    m_fake.setServiceRunning(true);
    for (const QString &reader : { QStringLiteral("Fake Reader 0"), QStringLiteral("Fake Reader 1") })
        m_fake.removeReader(reader.toStdString());
}

void TestMainWindowFake::cleanup()
{
    m_engine.reset();
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestMainWindowFake::noReaderShowsTheEmptyState()
{
    QVERIFY(!Translations::install(qApp, QLocale(QLocale::English)).isEmpty());
    makeEngine();
    MainWindow window(m_engine);
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("serviceStatus"));
    QTRY_COMPARE(status->text(), QStringLiteral("PC/SC service: running, 0 readers"));
    QCOMPARE(window.isServiceAvailable(), std::optional<bool>(true));
    auto *tree = window.findChild<ReaderTreeView *>(QStringLiteral("readerTree"));
    QTRY_VERIFY(!tree->emptyStateText().isEmpty());
    QVERIFY(!window.findChild<ServiceBanner *>(QStringLiteral("serviceBanner"))->isVisible());
}

void TestMainWindowFake::serviceDownFromTheStartShowsTheBanner()
{
    m_fake.setServiceRunning(false);
    makeEngine();
    MainWindow window(m_engine);
    window.show();
    auto *banner = window.findChild<ServiceBanner *>(QStringLiteral("serviceBanner"));
    auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("The PC/SC service (pcscd) is not running.")),
        qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("SCARD_E_NO_SERVICE")), qPrintable(banner->text()));
    QVERIFY(!refresh->isEnabled());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("serviceStatus"))->text(),
        QStringLiteral("PC/SC service: not running (SCARD_E_NO_SERVICE)"));

    m_fake.addReader("Fake Reader 0");
    m_fake.setServiceRunning(true);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
    QVERIFY(refresh->isEnabled());
    QTRY_COMPARE(window.findChild<ReaderTreeModel *>()->readerCount(), 1);
}

void TestMainWindowFake::readerPlugsInLater()
{
    makeEngine();
    MainWindow window(m_engine);
    window.preselectReader(QStringLiteral("Fake Reader 1"));
    window.show();
    auto *tree = window.findChild<ReaderTreeView *>(QStringLiteral("readerTree"));
    QTRY_COMPARE(window.isServiceAvailable(), std::optional<bool>(true));
    m_fake.addReader("Fake Reader 0");
    m_fake.addReader("Fake Reader 1");
    m_fake.insertCard("Fake Reader 1", { 0x3B, 0x02, 0x14, 0x50 });
    QTRY_COMPARE(tree->currentReader(), QStringLiteral("Fake Reader 1"));
    QTRY_COMPARE(tree->currentAtr(), QByteArray::fromHex("3B021450"));
    QTRY_VERIFY(tree->emptyStateText().isEmpty());
}

void TestMainWindowFake::frenchFollowsTheLocale()
{
    const QStringList loaded = Translations::install(qApp, QLocale(QLocale::French, QLocale::France));
    QVERIFY2(loaded.contains(QStringLiteral(":/i18n/cardscope_fr.qm")), qPrintable(loaded.join(u' ')));
    m_fake.addReader("Fake Reader 0");
    m_fake.addReader("Fake Reader 1");
    makeEngine();
    MainWindow window(m_engine);
    window.show();
    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus,
        QStringList({ QStringLiteral("&Fichier"), QStringLiteral("&Édition"), QStringLiteral("&Affichage"),
            QStringLiteral("Aid&e") }));
    QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("serviceStatus"))->text(),
        QStringLiteral("Service PC/SC : en marche, 2 lecteurs"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->text(), QStringLiteral("&Quitter"));
}

QTEST_MAIN(TestMainWindowFake)
#include "tst_mainwindow_fake.moc"
