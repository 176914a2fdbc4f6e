#include "fakepcsc.h"
#include "pcsc/transaction.h"

#include <QTest>

using cardscope::testing::FakePcsc;
using smartcard::pcsc::CardHandle;
using smartcard::pcsc::Context;
using smartcard::pcsc::ReturnCode;
using smartcard::pcsc::Transaction;

namespace {
// A card connected through the fake, as each test needs it.
struct Connected
{
    Connected()
    {
        fake.insertCard("Reader", { 0x3B, 0x00 });
        context.establish();
        card.connect("Reader");
    }
    FakePcsc fake;
    Context context { fake };
    CardHandle card { context };
};
} // namespace

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
    Connected connected;
    FakePcsc &fake = connected.fake;
    const CardHandle &card = connected.card;
    {
        Transaction transaction(card);
        QCOMPARE(transaction.begin(), ReturnCode::Success);
        QVERIFY(transaction.isActive());
    }
    QCOMPARE(fake.callCount(FakePcsc::Call::EndTransaction), 1);
}

void TestTransaction::explicitEndIsNotRepeated()
{
    Connected connected;
    FakePcsc &fake = connected.fake;
    const CardHandle &card = connected.card;
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
    Connected connected;
    FakePcsc &fake = connected.fake;
    const CardHandle &card = connected.card;
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
