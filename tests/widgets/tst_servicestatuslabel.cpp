#include "servicestatus/servicestatuslabel.h"

#include <QTest>

using smartcard::pcsc::ReturnCode;

// ServiceStatusLabel: the status bar's three states (source-language texts: no catalogue).
class TestServiceStatusLabel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheState_data();
    void showsTheState();
};

void TestServiceStatusLabel::showsTheState_data()
{
    QTest::addColumn<int>("readers"); // -1: lost with `code`; -2: checking
    QTest::addColumn<ReturnCode>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("tooltip");
    QTest::newRow("checking") << -2 << ReturnCode::Success << QStringLiteral("PC/SC service: checking…")
                              << false;
    QTest::newRow("no reader") << 0 << ReturnCode::Success
                               << QStringLiteral("PC/SC service: running, 0 reader(s)") << false;
    QTest::newRow("three readers") << 3 << ReturnCode::Success
                                   << QStringLiteral("PC/SC service: running, 3 reader(s)") << false;
    QTest::newRow("not running") << -1 << ReturnCode::E_NoService
                                 << QStringLiteral("PC/SC service: not running (SCARD_E_NO_SERVICE)") << true;
    QTest::newRow("died") << -1 << ReturnCode::F_CommError
                          << QStringLiteral("PC/SC service: not answering (SCARD_F_COMM_ERROR)") << true;
}

void TestServiceStatusLabel::showsTheState()
{
    QFETCH(int, readers);
    QFETCH(ReturnCode, code);
    QFETCH(QString, text);
    QFETCH(bool, tooltip);
    ServiceStatusLabel label;
    QCOMPARE(label.objectName(), QStringLiteral("serviceStatus"));
    label.showLost(ReturnCode::E_NoService); // every state replaces the one before
    if (readers == -2)
        label.showChecking();
    else if (readers == -1)
        label.showLost(code);
    else
        label.showAvailable(readers);
    QCOMPARE(label.text(), text);
    QCOMPARE(!label.toolTip().isEmpty(), tooltip);
}

QTEST_MAIN(TestServiceStatusLabel)
#include "tst_servicestatuslabel.moc"
