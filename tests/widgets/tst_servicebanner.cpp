#include "servicebanner/servicebanner.h"

#include <QLabel>
#include <QTest>

using smartcard::pcsc::ReturnCode;

// ServiceBanner: hidden until the service is lost; says what happened, the code and the
// command that starts pcscd; clear() hides it.
class TestServiceBanner : public QObject
{
    Q_OBJECT

private slots:
    void hiddenAtFirst();
    void saysWhatHappenedAndWhatToDo_data();
    void saysWhatHappenedAndWhatToDo();
    void clearHidesIt();
};

void TestServiceBanner::hiddenAtFirst()
{
    QWidget window;
    auto *banner = new ServiceBanner(&window);
    window.show();
    QCOMPARE(banner->objectName(), QStringLiteral("serviceBanner"));
    QVERIFY(!banner->isVisible());
    QVERIFY(!banner->accessibleName().isEmpty());
}

void TestServiceBanner::saysWhatHappenedAndWhatToDo_data()
{
    QTest::addColumn<ReturnCode>("code");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("name");
    QTest::newRow("no service") << ReturnCode::E_NoService
                                << QStringLiteral("The PC/SC service (pcscd) is not running.")
                                << QStringLiteral("SCARD_E_NO_SERVICE");
    QTest::newRow("died during a call")
        << ReturnCode::F_CommError << QStringLiteral("The PC/SC service (pcscd) stopped answering.")
        << QStringLiteral("SCARD_F_COMM_ERROR");
    QTest::newRow("restarting") << ReturnCode::W_SecurityViolation
                                << QStringLiteral("The PC/SC service (pcscd) stopped answering.")
                                << QStringLiteral("SCARD_W_SECURITY_VIOLATION");
}

void TestServiceBanner::saysWhatHappenedAndWhatToDo()
{
    QFETCH(ReturnCode, code);
    QFETCH(QString, first);
    QFETCH(QString, name);
    QWidget window;
    auto *banner = new ServiceBanner(&window);
    window.show();
    banner->showServiceLost(code);
    QVERIFY(banner->isVisible());
    const QString text = banner->text();
    QVERIFY2(text.startsWith(first), qPrintable(text));
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("sudo systemctl start pcscd.socket")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("reconnects by itself")), qPrintable(text));
    QVERIFY(banner->toolTip().contains(name));
    auto *message = banner->findChild<QLabel *>(QStringLiteral("serviceBannerText"));
    QVERIFY(message->textInteractionFlags() & Qt::TextSelectableByMouse);
}

void TestServiceBanner::clearHidesIt()
{
    QWidget window;
    auto *banner = new ServiceBanner(&window);
    window.show();
    banner->showServiceLost(ReturnCode::E_NoService);
    banner->clear();
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->text().isEmpty());
}

QTEST_MAIN(TestServiceBanner)
#include "tst_servicebanner.moc"
