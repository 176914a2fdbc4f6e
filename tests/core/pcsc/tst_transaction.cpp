#include "fakepcsc.h"
#include "pcsc/transaction.h"

#include <QTest>

using cardscope::testing::FakePcsc;
using smartcard::pcsc::CardHandle;
using smartcard::pcsc::Context;
using smartcard::pcsc::ReturnCode;
using smartcard::pcsc::Transaction;

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void endsOnDestruction();
    void explicitEndIsNotRepeated();
    void failedBeginIsNotEnded();
};

void TestTransaction::endsOnDestruction()
{
    FakePcsc fake;
    fake.insertCard("Reader", { 0x3B, 0x00 });
    Context context(fake);
    QCOMPARE(context.establish(), ReturnCode::Success);
    CardHandle card(context);
    QCOMPARE(card.connect("Reader"), ReturnCode::Success);
    {
        Transaction transaction(card);
        QCOMPARE(transaction.begin(), ReturnCode::Success);
        QVERIFY(transaction.isActive());
    }
    QCOMPARE(fake.callCount(FakePcsc::Call::EndTransaction), 1);
}

void TestTransaction::explicitEndIsNotRepeated()
{
    FakePcsc fake;
    fake.insertCard("Reader", { 0x3B, 0x00 });
    Context context(fake);
    QCOMPARE(context.establish(), ReturnCode::Success);
    CardHandle card(context);
    QCOMPARE(card.connect("Reader"), ReturnCode::Success);
    {
        Transaction transaction(card);
        QCOMPARE(transaction.begin(), ReturnCode::Success);
        QCOMPARE(transaction.end(smartcard::pcsc::Disposition::ResetCard), ReturnCode::Success);
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(fake.callCount(FakePcsc::Call::EndTransaction), 1);
}

void TestTransaction::failedBeginIsNotEnded()
{
    FakePcsc fake;
    fake.insertCard("Reader", { 0x3B, 0x00 });
    Context context(fake);
    QCOMPARE(context.establish(), ReturnCode::Success);
    CardHandle card(context);
    QCOMPARE(card.connect("Reader"), ReturnCode::Success);
    fake.failNext(FakePcsc::Call::BeginTransaction, ReturnCode::E_SharingViolation);
    {
        Transaction transaction(card);
        QCOMPARE(transaction.begin(), ReturnCode::E_SharingViolation);
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(fake.callCount(FakePcsc::Call::EndTransaction), 0);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
