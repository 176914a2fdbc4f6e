#include "pcsc/returncode.h"

#include <QTest>

using smartcard::pcsc::ReturnCode;

class TestReturnCode : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void unknownCode();
    void describeCombinesNameCodeAndMessage();
    void messagesAreDistinctPerCall();
};

void TestReturnCode::names_data()
{
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("success") << 0x00000000u << "SCARD_S_SUCCESS";
    QTest::newRow("cancelled") << 0x80100002u << "SCARD_E_CANCELLED";
    QTest::newRow("invalid handle") << 0x80100003u << "SCARD_E_INVALID_HANDLE";
    QTest::newRow("unknown reader") << 0x80100009u << "SCARD_E_UNKNOWN_READER";
    QTest::newRow("timeout") << 0x8010000Au << "SCARD_E_TIMEOUT";
    QTest::newRow("sharing violation") << 0x8010000Bu << "SCARD_E_SHARING_VIOLATION";
    QTest::newRow("no smartcard") << 0x8010000Cu << "SCARD_E_NO_SMARTCARD";
    QTest::newRow("comm error") << 0x80100013u << "SCARD_F_COMM_ERROR";
    QTest::newRow("not transacted") << 0x80100016u << "SCARD_E_NOT_TRANSACTED";
    QTest::newRow("no service") << 0x8010001Du << "SCARD_E_NO_SERVICE";
    QTest::newRow("unsupported feature") << 0x8010001Fu << "SCARD_E_UNSUPPORTED_FEATURE";
    QTest::newRow("no readers") << 0x8010002Eu << "SCARD_E_NO_READERS_AVAILABLE";
    QTest::newRow("reset card") << 0x80100068u << "SCARD_W_RESET_CARD";
    QTest::newRow("removed card") << 0x80100069u << "SCARD_W_REMOVED_CARD";
    QTest::newRow("last warning") << 0x8010006Fu << "SCARD_W_CARD_NOT_AUTHENTICATED";
}

void TestReturnCode::names()
{
    QFETCH(quint32, code);
    QFETCH(QString, name);
    const auto returnCode = static_cast<ReturnCode>(code);
    QCOMPARE(QString::fromStdString(smartcard::pcsc::errorName(returnCode)), name);
    QVERIFY(!smartcard::pcsc::errorMessage(returnCode).empty());
    QVERIFY(!QString::fromStdString(smartcard::pcsc::errorMessage(returnCode)).startsWith("Unknown"));
}

void TestReturnCode::unknownCode()
{
    const auto code = static_cast<ReturnCode>(0x80100022u);
    QCOMPARE(smartcard::pcsc::errorName(code), std::string("SCARD_UNKNOWN_0x80100022"));
    QCOMPARE(smartcard::pcsc::errorMessage(code), std::string("Unknown PC/SC return code 0x80100022."));
}

void TestReturnCode::describeCombinesNameCodeAndMessage()
{
    const std::string text = smartcard::pcsc::describe(ReturnCode::E_NoService);
    QCOMPARE(QString::fromStdString(text),
        QStringLiteral("SCARD_E_NO_SERVICE (0x8010001D): The smart card service (pcscd) is not running."));
}

// pcsc_stringify_error() shares one buffer between calls; ours must not.
void TestReturnCode::messagesAreDistinctPerCall()
{
    const std::string both = smartcard::pcsc::errorMessage(ReturnCode::E_Timeout)
        + smartcard::pcsc::errorMessage(ReturnCode::W_RemovedCard);
    QCOMPARE(QString::fromStdString(both), QStringLiteral("The timeout expired.The card was removed."));
}

QTEST_GUILESS_MAIN(TestReturnCode)
#include "tst_returncode.moc"
