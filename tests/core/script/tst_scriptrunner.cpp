#include "exceptions/exceptions.h"
#include "script/scriptrunner.h"
#include "testhex.h"
#include "util/hexstring.h"

#include <QSemaphore>
#include <QTest>

#include <thread>

using namespace smartcard;
using cardscope::testing::hex;

namespace {

// A card without PC/SC: SELECT of 3F00 answers 9000 once selected state is reset, 6A82
// for anything else; GET CHALLENGE gives 8 bytes; READ BINARY gives 00 01 02 03;
// INS EE fails the transmit; every other INS is 6D00. A reset clears `selected`.
class FakeConnection : public CardConnection
{
public:
    FakeConnection()
        : CardConnection(QStringLiteral("Fake"))
    { }

    QStringList sent; // every APDU, and "reset"
    int resets = 0;
    pcsc::ShareMode reconnectMode = pcsc::ShareMode::Shared;
    std::uint32_t reconnectProtocol = 0;
    bool selected = false;
    std::function<void()> onTransmit; // called before answering

protected:
    std::uint32_t doConnect(std::uint32_t protocol, pcsc::ShareMode) override { return protocol; }
    std::uint32_t doReconnect(std::uint32_t protocol, pcsc::ShareMode mode, pcsc::Disposition init) override
    {
        reconnectMode = mode;
        reconnectProtocol = protocol;
        if (init == pcsc::Disposition::ResetCard) {
            ++resets;
            selected = false;
        }
        sent << QStringLiteral("reset");
        return protocol;
    }
    void doDisconnect(pcsc::Disposition) override { }
    void doRelease() override { }
    Bytes doGetATR() override { return hex("3B 02 14 50"); }
    Response doTransmit(const Bytes &command, std::uint32_t) override
    {
        sent << toHexString(command, u"");
        if (onTransmit)
            onTransmit();
        switch (command.at(1)) {
        case 0xA4:
            if (command.size() == 7 && command[5] == 0x3F && command[6] == 0x00) {
                selected = true;
                return { {}, 0x90, 0x00 };
            }
            return { {}, 0x6A, 0x82 };
        case 0x84:
            return { hex("11 22 33 44 55 66 77 88"), 0x90, 0x00 };
        case 0xB0:
            if (!selected)
                return { {}, 0x69, 0x86 };
            return { hex("00 01 02 03"), 0x90, 0x00 };
        case 0xEE:
            throw CardConnectionException(
                QStringLiteral("Card was removed."), pcsc::ReturnCode::W_RemovedCard);
        }
        return { {}, 0x6D, 0x00 };
    }
    Bytes doControl(std::uint32_t, const Bytes &) override { return {}; }
    Bytes doGetAttrib(std::uint32_t) override { return {}; }
    void doBeginTransaction() override { }
    void doEndTransaction(pcsc::Disposition) override { }
};

std::vector<ScriptStep> steps(const char *script)
{
    const Script parsed = ScriptParser::parse(QString::fromLatin1(script));
    if (!parsed.isValid())
        qWarning("%s", qPrintable(parsed.errors.first().toString()));
    return parsed.steps;
}

QString outcomeName(ScriptStepResult::Outcome outcome)
{
    switch (outcome) {
    case ScriptStepResult::Outcome::Passed:
        return QStringLiteral("passed");
    case ScriptStepResult::Outcome::Failed:
        return QStringLiteral("failed");
    case ScriptStepResult::Outcome::Error:
        break;
    }
    return QStringLiteral("error");
}

// "line 2: passed", one per result the callback saw.
QStringList summary(const std::vector<ScriptStepResult> &results)
{
    QStringList lines;
    for (const ScriptStepResult &result : results)
        lines << QStringLiteral("line %1: %2").arg(result.step.line).arg(outcomeName(result.outcome));
    return lines;
}

} // namespace

class TestScriptRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passingScript();
    void outcomes_data();
    void outcomes();
    void failureStopsTheRun();
    void transmitErrorStopsTheRun();
    void resetReconnectsWithReset();
    void resetKeepsTheModeAndProtocolAskedFor();
    void stepOneAtATime();
    void goOnAfterAFailure();
    void strictRequires9000();
    void cancelStopsBeforeTheNextStep();
    void cancelBeforeRun();
    void cancelFromAnotherThread();
    void emptyScript();

private:
    std::unique_ptr<FakeConnection> m_connection;
    std::vector<ScriptStepResult> m_seen;
};

void TestScriptRunner::init()
{
    m_connection = std::make_unique<FakeConnection>();
    m_connection->connect();
    m_seen.clear();
}

void TestScriptRunner::passingScript()
{
    ScriptRunner runner(m_connection.get(),
        steps("00 A4 00 0C 02 3F 00\n< 90 00\n00 B0 00 00 04\n"
              "< 00 01 * 90 00\n00 84 00 00 08"));
    runner.setResultCallback([this](const ScriptStepResult &result) { m_seen.push_back(result); });
    QCOMPARE(runner.run(), ScriptRunner::State::Finished);
    QCOMPARE(summary(m_seen), (QStringList { "line 1: passed", "line 3: passed", "line 5: passed" }));
    QCOMPARE(m_seen[1].response.data, hex("00 01 02 03"));
    QCOMPARE(m_seen[1].response.sw(), 0x9000);
    QCOMPARE(m_seen[1].swText, QStringLiteral("success"));
    QCOMPARE(m_seen[1].index, 1);
    QVERIFY(m_seen[1].answered);
    QVERIFY(m_seen[1].durationUs >= 0);
    QCOMPARE(runner.currentStep(), 3);
    QCOMPARE(runner.results().size(), 3u);
    QCOMPARE(m_connection->sent, (QStringList { "00A4000C023F00", "00B0000004", "0084000008" }));
}

void TestScriptRunner::outcomes_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("mismatch");

    QTest::newRow("no expectation, error SW passes") << "00 A4 00 0C 02 7F 00"
                                                     << "passed" << QString();
    QTest::newRow("SW as expected") << "00 A4 00 0C 02 7F 00\n< 6A 82"
                                    << "passed" << QString();
    QTest::newRow("SW wildcard") << "00 A4 00 0C 02 7F 00\n< 6X XX"
                                 << "passed" << QString();
    QTest::newRow("SW differs") << "00 A4 00 0C 02 7F 00\n< 90 00"
                                << "failed"
                                << "expected 90 00, got 6A 82";
    QTest::newRow("data differs") << "00 84 00 00 08\n< 11 22 90 00"
                                  << "failed"
                                  << "expected 11 22 90 00, got 11 22 33 44 55 66 77 88 90 00";
    QTest::newRow("data prefix") << "00 84 00 00 08\n< 11 22 * 90 00"
                                 << "passed" << QString();
    QTest::newRow("alternative") << "00 A4 00 0C 02 7F 00\n< 90 00 | 6A 82"
                                 << "passed" << QString();
}

void TestScriptRunner::outcomes()
{
    QFETCH(QString, script);
    QFETCH(QString, outcome);
    QFETCH(QString, mismatch);
    ScriptRunner runner(m_connection.get(), steps(qPrintable(script)));
    runner.run();
    QCOMPARE(runner.results().size(), 1u);
    QCOMPARE(outcomeName(runner.results()[0].outcome), outcome);
    QCOMPARE(runner.results()[0].mismatch, mismatch);
}

void TestScriptRunner::failureStopsTheRun()
{
    ScriptRunner runner(
        m_connection.get(), steps("00 84 00 00 08\n00 A4 00 0C 02 7F 00\n< 90 00\n00 84 00 00 08\nreset"));
    runner.setResultCallback([this](const ScriptStepResult &result) { m_seen.push_back(result); });
    QCOMPARE(runner.run(), ScriptRunner::State::Failed);
    QCOMPARE(summary(m_seen), (QStringList { "line 1: passed", "line 2: failed" }));
    QCOMPARE(m_seen[1].step.expectationLine, 3);
    QCOMPARE(m_seen[1].swText, QStringLiteral("file or application not found"));
    QCOMPARE(runner.currentStep(), 1);
    QVERIFY(runner.isFailed());
    // Nothing after the failure was sent, and running again does not go past it.
    QCOMPARE(m_connection->sent, (QStringList { "0084000008", "00A4000C027F00" }));
    QCOMPARE(runner.run(), ScriptRunner::State::Failed);
    QVERIFY(!runner.step());
    QCOMPARE(m_connection->sent.size(), 2);
}

void TestScriptRunner::transmitErrorStopsTheRun()
{
    ScriptRunner runner(m_connection.get(), steps("80 EE 00 00\n00 84 00 00 08"));
    QCOMPARE(runner.run(), ScriptRunner::State::Failed);
    QCOMPARE(runner.results().size(), 1u);
    const ScriptStepResult &result = runner.results()[0];
    QCOMPARE(outcomeName(result.outcome), QStringLiteral("error"));
    QVERIFY(!result.answered);
    QVERIFY2(result.error.contains("Card was removed."), qPrintable(result.error));
    QCOMPARE(m_connection->sent, QStringList { "80EE0000" });
}

void TestScriptRunner::resetReconnectsWithReset()
{
    ScriptRunner runner(m_connection.get(),
        steps("00 A4 00 0C 02 3F 00\n00 B0 00 00 04\n< 90 00\nreset\n00 B0 00 00 04\n< 69 86"));
    QCOMPARE(runner.run(), ScriptRunner::State::Finished);
    QCOMPARE(m_connection->resets, 1);
    QCOMPARE(m_connection->sent, (QStringList { "00A4000C023F00", "00B0000004", "reset", "00B0000004" }));
    const ScriptStepResult &reset = runner.results()[2];
    QCOMPARE(reset.step.kind, ScriptStep::Kind::Reset);
    QVERIFY(reset.passed());
    QCOMPARE(reset.atr, hex("3B 02 14 50"));
}

void TestScriptRunner::resetKeepsTheModeAndProtocolAskedFor()
{
    ScriptRunner::Options options;
    options.mode = pcsc::ShareMode::Exclusive;
    options.protocol = CardConnection::T1_protocol;
    ScriptRunner runner(m_connection.get(), steps("reset"), options);
    QCOMPARE(runner.run(), ScriptRunner::State::Finished);
    QCOMPARE(m_connection->reconnectMode, pcsc::ShareMode::Exclusive);
    QCOMPARE(m_connection->reconnectProtocol, CardConnection::T1_protocol);
}

void TestScriptRunner::stepOneAtATime()
{
    ScriptRunner runner(m_connection.get(), steps("00 84 00 00 08\nreset\n00 A4 00 0C 02 3F 00"));
    runner.setResultCallback([this](const ScriptStepResult &result) { m_seen.push_back(result); });
    QCOMPARE(runner.currentStep(), 0);
    QCOMPARE(runner.state(), ScriptRunner::State::Ready);
    QVERIFY(runner.step());
    QCOMPARE(m_seen.size(), 1u);
    QCOMPARE(m_connection->sent, QStringList { "0084000008" });
    QCOMPARE(runner.currentStep(), 1);
    QVERIFY(runner.step());
    QCOMPARE(m_connection->resets, 1);
    QCOMPARE(runner.state(), ScriptRunner::State::Ready);
    QVERIFY(runner.step());
    QCOMPARE(runner.currentStep(), 3);
    QCOMPARE(runner.state(), ScriptRunner::State::Finished);
    QVERIFY(!runner.step());
    QCOMPARE(m_seen.size(), 3u);
    runner.rewind();
    QCOMPARE(runner.state(), ScriptRunner::State::Ready);
    QVERIFY(runner.results().empty());
    QVERIFY(runner.step());
    QCOMPARE(m_connection->sent.size(), 4);
}

void TestScriptRunner::goOnAfterAFailure()
{
    ScriptRunner runner(m_connection.get(), steps("00 A4 00 0C 02 7F 00\n< 90 00\n00 84 00 00 08"));
    QCOMPARE(runner.run(), ScriptRunner::State::Failed);
    runner.setCurrentStep(runner.currentStep() + 1);
    QCOMPARE(runner.run(), ScriptRunner::State::Finished);
    QCOMPARE(summary(runner.results()), (QStringList { "line 1: failed", "line 3: passed" }));
}

void TestScriptRunner::strictRequires9000()
{
    const char *script = "00 84 00 00 08\n00 A4 00 0C 02 7F 00\n< 6A 82\n00 A4 00 0C 02 7F 00";
    ScriptRunner lenient(m_connection.get(), steps(script));
    QCOMPARE(lenient.run(), ScriptRunner::State::Finished);

    ScriptRunner::Options options;
    options.strict = true;
    ScriptRunner strict(m_connection.get(), steps(script), options);
    QCOMPARE(strict.run(), ScriptRunner::State::Failed);
    QCOMPARE(
        summary(strict.results()), (QStringList { "line 1: passed", "line 2: passed", "line 4: failed" }));
    QCOMPARE(strict.results()[2].mismatch, QStringLiteral("expected 90 00, got 6A 82"));
}

void TestScriptRunner::cancelStopsBeforeTheNextStep()
{
    ScriptRunner runner(m_connection.get(), steps("00 84 00 00 08\n00 84 00 00 08\n00 84 00 00 08"));
    // The card answers the second command while cancel() comes (as from another thread).
    m_connection->onTransmit = [&] {
        if (m_connection->sent.size() == 2)
            runner.cancel();
    };
    QCOMPARE(runner.run(), ScriptRunner::State::Cancelled);
    QCOMPARE(m_connection->sent.size(), 2);
    QCOMPARE(runner.currentStep(), 2);
    QCOMPARE(runner.results().size(), 2u);
    // The next run goes on where the cancelled one stopped.
    QCOMPARE(runner.run(), ScriptRunner::State::Finished);
    QCOMPARE(m_connection->sent.size(), 3);
}

void TestScriptRunner::cancelBeforeRun()
{
    ScriptRunner runner(m_connection.get(), steps("00 84 00 00 08"));
    runner.cancel();
    QCOMPARE(runner.run(), ScriptRunner::State::Cancelled);
    QVERIFY(m_connection->sent.isEmpty());
}

void TestScriptRunner::cancelFromAnotherThread()
{
    ScriptRunner runner(m_connection.get(), steps("00 84 00 00 08\n00 84 00 00 08\n00 84 00 00 08"));
    QSemaphore transmitting;
    QSemaphore cancelled;
    // The first exchange waits until this thread has cancelled.
    m_connection->onTransmit = [&] {
        if (m_connection->sent.size() == 1) {
            transmitting.release();
            cancelled.acquire();
        }
    };
    ScriptRunner::State state = ScriptRunner::State::Ready;
    std::thread worker([&] { state = runner.run(); });
    transmitting.acquire();
    runner.cancel();
    cancelled.release();
    worker.join();
    QCOMPARE(state, ScriptRunner::State::Cancelled);
    QCOMPARE(m_connection->sent.size(), 1);
    QCOMPARE(runner.currentStep(), 1);
}

void TestScriptRunner::emptyScript()
{
    ScriptRunner runner(m_connection.get(), {});
    QCOMPARE(runner.state(), ScriptRunner::State::Finished);
    QVERIFY(!runner.step());
    QCOMPARE(runner.run(), ScriptRunner::State::Finished);
    QVERIFY(m_connection->sent.isEmpty());
}

QTEST_GUILESS_MAIN(TestScriptRunner)
#include "tst_scriptrunner.moc"
