#include "exceptions/exceptions.h"

#include <QTest>

using namespace smartcard;

class TestExceptions : public QObject
{
    Q_OBJECT

private slots:
    void messageWithoutCode();
    void messageWithPcscCode();
    void derivedMessages_data();
    void derivedMessages();
    void statusWordExceptionsKeepDataAndSw();
    void everythingIsASmartcardException();
};

void TestExceptions::messageWithoutCode()
{
    const SmartcardException e(QStringLiteral("plain"));
    QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("plain"));
    QVERIFY(!e.hresult());
}

void TestExceptions::messageWithPcscCode()
{
    const CardConnectionException e(QStringLiteral("Unable to connect"), pcsc::ReturnCode::E_NoSmartcard);
    QCOMPARE(QString::fromUtf8(e.what()),
        QStringLiteral("Unable to connect: There is no card in the reader. (0x8010000C)"));
    QCOMPARE(*e.hresult(), pcsc::ReturnCode::E_NoSmartcard);
    QCOMPARE(e.message(), QStringLiteral("Unable to connect"));
}

void TestExceptions::derivedMessages_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("timeout") << QString::fromUtf8(CardRequestTimeoutException().what())
                             << "Time-out during card request";
    QTest::newRow("mask") << QString::fromUtf8(InvalidATRMaskLengthException({ 0xFF, 0x00 }).what())
                          << "Invalid ATR mask length: FF 00";
    QTest::newRow("reader") << QString::fromUtf8(InvalidReaderException("Foo").what())
                            << "Invalid reader: Foo";
    QTest::newRow("no readers") << QString::fromUtf8(NoReadersException().what()) << "No reader found";
    QTest::newRow("list readers") << QString::fromUtf8(
        ListReadersException(pcsc::ReturnCode::E_NoService).what())
                                  << "Failed to list readers: The smart card service (pcscd) is not running. "
                                     "(0x8010001D)";
    QTest::newRow("add to group")
        << QString::fromUtf8(
               AddReaderToGroupException(pcsc::ReturnCode::E_UnsupportedFeature, "R", "G").what())
        << "Failed to add reader: R to group: G: The reader or card does not support this feature (also "
           "SCARD_E_UNEXPECTED). (0x8010001F)";
    QTest::newRow("checking error") << QString::fromUtf8(
        CheckingErrorException({}, 0x67, 0x00, "wrong length").what())
                                    << "Status word exception: checking error - wrong length!";
    QTest::newRow("security") << QString::fromUtf8(SecurityRelatedException({}, 0x69, 0x82, "x").what())
                              << "Status word exception: security issue - x!";
}

void TestExceptions::derivedMessages()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    QCOMPARE(what, expected);
}

void TestExceptions::statusWordExceptionsKeepDataAndSw()
{
    try {
        throw WarningProcessingException({ 0x01, 0x02 }, 0x62, 0x82, QStringLiteral("end of file"));
    } catch (const SWException &e) {
        QCOMPARE(e.data(), (Bytes { 0x01, 0x02 }));
        QCOMPARE(e.sw1(), 0x62);
        QCOMPARE(e.sw2(), 0x82);
        QCOMPARE(e.message(), QStringLiteral("warning processing - end of file"));
        QVERIFY(!e.hresult());
        return;
    }
    QFAIL("not caught as SWException");
}

void TestExceptions::everythingIsASmartcardException()
{
    auto caught = [](auto thrower) {
        try {
            thrower();
        } catch (const SmartcardException &) {
            return true;
        } catch (...) { }
        return false;
    };
    QVERIFY(caught([] { throw NoCardException("no card", pcsc::ReturnCode::E_NoSmartcard); }));
    QVERIFY(caught([] { throw ExecutionErrorException({}, 0x64, 0x00); }));
    QVERIFY(caught([] { throw EstablishContextException(pcsc::ReturnCode::E_NoService); }));
    QVERIFY(caught([] { throw CardServiceStoppedException(); }));
    QVERIFY(caught([] { throw BadReaderGroupException(); }));
    QVERIFY(caught([] { throw DeleteSCardDefaultReaderGroupException(); }));
}

QTEST_GUILESS_MAIN(TestExceptions)
#include "tst_exceptions.moc"
