#include "fakepcsc.h"
#include "pcsc/context.h"

#include <QDeadlineTimer>
#include <QTest>

#include <atomic>
#include <thread>

using cardscope::testing::FakePcsc;
using smartcard::pcsc::Context;
using smartcard::pcsc::ReaderState;
using smartcard::pcsc::ReturnCode;

class TestContext : public QObject
{
    Q_OBJECT

private slots:
    void establishAndReleaseOnDestruction();
    void failedEstablishHoldsNothing();
    void moveTransfersOwnership();
    void moveAssignmentReleasesTheOldContext();
    void releaseAfterServiceDeathStillForgetsTheHandle();
    void noReadersIsAnEmptyList();
    void listReadersReportsErrors();
    void cancelWakesABlockedWaitFromAnotherThread();
};

void TestContext::establishAndReleaseOnDestruction()
{
    FakePcsc fake;
    {
        Context context(fake);
        QCOMPARE(context.establish(), ReturnCode::Success);
        QVERIFY(context.isEstablished());
        QCOMPARE(fake.openContexts(), 1);
    }
    QCOMPARE(fake.openContexts(), 0);
    QCOMPARE(fake.callCount(FakePcsc::Call::ReleaseContext), 1);
}

void TestContext::failedEstablishHoldsNothing()
{
    FakePcsc fake;
    fake.failNext(FakePcsc::Call::EstablishContext, ReturnCode::E_NoService);
    {
        Context context(fake);
        QCOMPARE(context.establish(), ReturnCode::E_NoService);
        QVERIFY(!context.isEstablished());
    }
    QCOMPARE(fake.callCount(FakePcsc::Call::ReleaseContext), 0);
}

void TestContext::moveTransfersOwnership()
{
    FakePcsc fake;
    Context first(fake);
    QCOMPARE(first.establish(), ReturnCode::Success);
    const auto id = first.id();
    {
        Context second(std::move(first));
        QVERIFY(!first.isEstablished());
        QVERIFY(second.isEstablished());
        QCOMPARE(second.id(), id);
    }
    QCOMPARE(fake.openContexts(), 0);
    QCOMPARE(fake.callCount(FakePcsc::Call::ReleaseContext), 1);
}

void TestContext::moveAssignmentReleasesTheOldContext()
{
    FakePcsc fake;
    Context kept(fake);
    Context replaced(fake);
    QCOMPARE(kept.establish(), ReturnCode::Success);
    QCOMPARE(replaced.establish(), ReturnCode::Success);
    QCOMPARE(fake.openContexts(), 2);
    replaced = std::move(kept);
    QCOMPARE(fake.openContexts(), 1);
    QVERIFY(replaced.isEstablished());
}

void TestContext::releaseAfterServiceDeathStillForgetsTheHandle()
{
    FakePcsc fake;
    Context context(fake);
    QCOMPARE(context.establish(), ReturnCode::Success);
    fake.setServiceRunning(false);
    QCOMPARE(context.release(), ReturnCode::E_NoService);
    QVERIFY(!context.isEstablished());
    QCOMPARE(context.release(), ReturnCode::Success);
    QCOMPARE(fake.callCount(FakePcsc::Call::ReleaseContext), 1);
}

void TestContext::noReadersIsAnEmptyList()
{
    FakePcsc fake;
    Context context(fake);
    QCOMPARE(context.establish(), ReturnCode::Success);
    std::vector<std::string> readers { "stale" };
    QCOMPARE(context.listReaders(&readers), ReturnCode::Success);
    QVERIFY(readers.empty());

    fake.addReader("Reader B");
    fake.addReader("Reader A");
    QCOMPARE(context.listReaders(&readers), ReturnCode::Success);
    QCOMPARE(readers, (std::vector<std::string> { "Reader A", "Reader B" }));
}

void TestContext::listReadersReportsErrors()
{
    FakePcsc fake;
    fake.addReader("Reader");
    Context context(fake);
    QCOMPARE(context.establish(), ReturnCode::Success);
    std::vector<std::string> readers { "stale" };
    fake.failNext(FakePcsc::Call::ListReaders, ReturnCode::F_CommError);
    QCOMPARE(context.listReaders(&readers), ReturnCode::F_CommError);
    QVERIFY(readers.empty());
}

void TestContext::cancelWakesABlockedWaitFromAnotherThread()
{
    FakePcsc fake;
    fake.addReader("Reader");
    Context context(fake);
    QCOMPARE(context.establish(), ReturnCode::Success);
    std::vector<ReaderState> states(1);
    states[0].reader = "Reader";
    QCOMPARE(context.getStatusChange(0, states), ReturnCode::Success);
    states[0].currentState = states[0].eventState;

    std::atomic<ReturnCode> waitResult = ReturnCode::Success;
    std::atomic<bool> finished = false;
    std::thread waiter([&] {
        waitResult = context.getStatusChange(smartcard::pcsc::InfiniteTimeout, states);
        finished = true;
    });
    // A cancel is a no-op until the waiter blocks, as with pcsc-lite: repeat it until the thread has left.
    QDeadlineTimer deadline(2000);
    while (!finished && !deadline.hasExpired()) {
        context.cancel();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    waiter.join();
    QCOMPARE(waitResult.load(), ReturnCode::E_Cancelled);
}

QTEST_GUILESS_MAIN(TestContext)
#include "tst_context.moc"
