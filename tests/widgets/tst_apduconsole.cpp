// ApduConsole on the real pcscd with vpcd readers and the emulated card (docs/test-rig.md):
// what a developer does in the console, through its widgets, with the session log's view of
// it through the observer hook. The rig starts before any other PC/SC call of the process.
#include "console/apduconsole.h"
#include "console/commandsetpanel.h"
#include "console/scriptpanel.h"
#include "eventrecorder.h"
#include "pcscrig.h"
#include "sw/statuswordexplainer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using cardscope::testing::EmulatedCard;
using cardscope::testing::PcscRig;
using smartcard::CardConnectionEvent;
using Type = smartcard::CardConnectionEvent::Type;

namespace {
constexpr int t1Slot = 0;
constexpr int t0Slot = 1;
constexpr int faultSlot = 2;
} // namespace

class TestApduConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void getChallengeShowsResponseSwAndDuration();
    void statusWordMeaningIsShown();
    void t0GetResponseOff();
    void t0GetResponseOn();
    void cardPulledMidApdu();
    void timeoutKeepsTheLateAnswer();
    void cancelKeepsTheLateAnswer();
    void disconnectWithDisposition();
    void transactionButtons();
    void controlTab();
    void badControlInputSendsNothing();
    void commandSetRoundTripAndCorruptFile();
    void scriptMarksPassedAndFailedLines();
    void scriptStepTimeoutStopsTheRun();

private:
    bool openConsole(int slot);
    bool click(const char *button);
    bool sendApdu(const QString &hex);
    QString responseText() const;
    template<class T> T *child(const char *name) const { return m_console->findChild<T *>(name); }

    std::unique_ptr<PcscRig> m_rig;
    std::unique_ptr<EventRecorder> m_log;
    std::unique_ptr<ApduConsole> m_console;
    std::unique_ptr<QSignalSpy> m_shown;
};

void TestApduConsole::initTestCase()
{
    cardscope::testing::RigOptions options;
    options.readerCount = 2;
    m_rig = std::make_unique<PcscRig>(options);
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY2(m_rig->insertT1AndT0Cards(t1Slot, t0Slot), qPrintable(m_rig->errorString()));
}

void TestApduConsole::init()
{
    m_log = std::make_unique<EventRecorder>();
    m_console = std::make_unique<ApduConsole>();
    m_console->addConnectionObserver(m_log.get());
    m_shown = std::make_unique<QSignalSpy>(m_console.get(), &ApduConsole::replyShown);
    m_console->show();
}

void TestApduConsole::cleanup()
{
    m_shown.reset();
    m_console.reset(); // waits for the worker: the log outlives it
    m_log.reset();
}

bool TestApduConsole::click(const char *button)
{
    auto *b = child<QPushButton>(button);
    if (!b || !b->isEnabled())
        return false;
    const qsizetype before = m_shown->count();
    QTest::mouseClick(b, Qt::LeftButton);
    return m_shown->count() > before || m_shown->wait(5000);
}

bool TestApduConsole::openConsole(int slot)
{
    m_console->setReader(m_rig->readerName(slot));
    return click("connectButton") && m_console->isConnected();
}

bool TestApduConsole::sendApdu(const QString &hex)
{
    auto *editor = child<QPlainTextEdit>("apduEdit");
    editor->clear();
    QTest::keyClicks(editor, hex);
    return click("sendButton");
}

QString TestApduConsole::responseText() const
{
    return child<QPlainTextEdit>("responseView")->toPlainText();
}

void TestApduConsole::getChallengeShowsResponseSwAndDuration()
{
    QVERIFY(openConsole(t1Slot));
    QVERIFY(responseText().contains(QLatin1String("connect: protocol T1, ATR 3B 9E 95 81")));
    QVERIFY(sendApdu(QStringLiteral("00 84 00 00 08")));
    const ConsoleReply reply = m_shown->last().first().value<ConsoleReply>();
    QVERIFY(reply.ok);
    QCOMPARE(reply.data.size(), std::size_t(8));
    QCOMPARE(reply.sw(), 0x9000);
    const QString text = responseText();
    QVERIFY2(text.contains(QLatin1String("> 00 84 00 00 08")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("(8 byte(s))")), qPrintable(text));
    QVERIFY2(text.contains(smartcard::StatusWordExplainer::explain(0x9000).toString()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 µs").arg(reply.durationUs)), qPrintable(text));
    // The observer hook saw the exchange.
    QTRY_COMPARE(m_log->count(Type::Response), 1);
    QCOMPARE(m_log->events(Type::Command).first().data, (smartcard::Bytes { 0x00, 0x84, 0x00, 0x00, 0x08 }));
}

void TestApduConsole::statusWordMeaningIsShown()
{
    QVERIFY(openConsole(t1Slot));
    QVERIFY(sendApdu(QStringLiteral("00 A4 00 0C 02 12 34"))); // no such file
    const smartcard::StatusWordExplanation sw = smartcard::StatusWordExplainer::explain(0x6A82);
    QVERIFY2(responseText().contains(sw.toString()), qPrintable(responseText()));
    QVERIFY(responseText().contains(sw.meaning.context));
}

// The T=0 card answers the data of a case 3 command with 61 xx: shown as the card says it.
void TestApduConsole::t0GetResponseOff()
{
    QVERIFY(openConsole(t0Slot));
    QVERIFY(!child<QCheckBox>("autoGetResponseCheck")->isChecked()); // off by default
    QVERIFY(!child<QCheckBox>("autoLeCorrectionCheck")->isChecked());
    QVERIFY(sendApdu(QStringLiteral("80 EE 00 00 04 01 02 03 04")));
    const ConsoleReply reply = m_shown->last().first().value<ConsoleReply>();
    QCOMPARE(reply.sw(), 0x6104);
    QVERIFY(reply.data.empty());
    QVERIFY2(responseText().contains(QLatin1String("SW 61 04")), qPrintable(responseText()));
    QTRY_COMPARE(m_log->count(Type::Response), 1);
}

void TestApduConsole::t0GetResponseOn()
{
    QVERIFY(openConsole(t0Slot));
    QTest::mouseClick(child<QCheckBox>("autoGetResponseCheck"), Qt::LeftButton);
    QVERIFY(child<QCheckBox>("autoGetResponseCheck")->isChecked());
    QVERIFY(sendApdu(QStringLiteral("80 EE 00 00 04 01 02 03 04")));
    const ConsoleReply reply = m_shown->last().first().value<ConsoleReply>();
    QCOMPARE(reply.sw(), 0x9000);
    QCOMPARE(reply.data, (smartcard::Bytes { 0x01, 0x02, 0x03, 0x04 }));
    QVERIFY(responseText().contains(QLatin1String("< 01 02 03 04")));
    // The GET RESPONSE is in the log, linked to its origin.
    QTRY_COMPARE(m_log->count(Type::Response), 2);
    const auto commands = m_log->events(Type::Command);
    QCOMPARE(commands.at(1).data, (smartcard::Bytes { 0x00, 0xC0, 0x00, 0x00, 0x04 }));
    QCOMPARE(commands.at(1).originId, commands.at(0).exchangeId);
}

void TestApduConsole::cardPulledMidApdu()
{
    QVERIFY2(m_rig->insertCard(faultSlot), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(faultSlot), true));
    QVERIFY(openConsole(faultSlot));
    QVERIFY(m_rig->card(faultSlot)->setFault(QStringLiteral("close")));
    QVERIFY(sendApdu(QStringLiteral("00 84 00 00 08")));
    const ConsoleReply reply = m_shown->last().first().value<ConsoleReply>();
    QVERIFY(!reply.ok);
    QVERIFY2(responseText().contains(QLatin1String("error: ")), qPrintable(responseText()));
    QVERIFY(responseText().contains(reply.errorText));
    // The failed exchange reached the log through the observer hook.
    QTRY_COMPARE(m_log->count(Type::Response), 1);
    const CardConnectionEvent failed = m_log->events(Type::Response).first();
    QVERIFY(failed.failed());
    QCOMPARE(failed.errorMessage, reply.errorText);
    QVERIFY(m_rig->stopCard(faultSlot));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(faultSlot), false)); // gone before the next test
}

// The card answers after 2 s, the console gives up after 400 ms (the worker has long started): it says so at
// once, and the answer, when it comes, is shown as late and logged as what it was; then the card is reset.
void TestApduConsole::timeoutKeepsTheLateAnswer()
{
    QVERIFY2(m_rig->insertCard(faultSlot), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(faultSlot), true));
    QVERIFY(openConsole(faultSlot));
    QVERIFY(m_rig->card(faultSlot)->setFault(QStringLiteral("delay 2000")));
    child<QSpinBox>("timeoutSpin")->setValue(400);
    auto *editor = child<QPlainTextEdit>("apduEdit");
    QTest::keyClicks(editor, QStringLiteral("00 84 00 00 08"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY2(
        responseText().contains(QLatin1String("timed out after 400 ms")), qPrintable(responseText()));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled()); // the worker still has the call
    QVERIFY(!child<QPushButton>("connectButton")->isEnabled());
    QCOMPARE(m_shown->count(), 1); // only the connect so far

    QTRY_COMPARE_WITH_TIMEOUT(m_shown->count(), 3, 10000);
    const ConsoleReply late = m_shown->at(1).first().value<ConsoleReply>();
    QVERIFY(late.abandoned);
    QVERIFY(late.ok);
    QCOMPARE(late.sw(), 0x9000);
    QCOMPARE(late.data.size(), std::size_t(8));
    QVERIFY2(responseText().contains(QLatin1String("Late answer to #2 (timed out after 400 ms)")),
        qPrintable(responseText()));
    const ConsoleReply reset = m_shown->at(2).first().value<ConsoleReply>();
    QCOMPARE(reset.operation, ConsoleReply::Operation::Disconnect);
    QVERIFY(!m_console->isConnected());
    QVERIFY(child<QPushButton>("connectButton")->isEnabled());
    QTRY_COMPARE(m_log->count(Type::Disconnect), 1);
    const CardConnectionEvent response = m_log->events(Type::Response).first();
    QVERIFY(!response.failed());
    QCOMPARE(response.data.size(), std::size_t(8));
    QCOMPARE(m_log->events(Type::Disconnect).first().disposition, smartcard::pcsc::Disposition::ResetCard);
    QVERIFY(m_rig->stopCard(faultSlot));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(faultSlot), false)); // gone before the next test
}

void TestApduConsole::cancelKeepsTheLateAnswer()
{
    QVERIFY2(m_rig->insertCard(faultSlot), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(faultSlot), true));
    QVERIFY(openConsole(faultSlot));
    QVERIFY(m_rig->card(faultSlot)->setFault(QStringLiteral("delay 1000")));
    auto *cancel = child<QPushButton>("cancelButton");
    QVERIFY(!cancel->isEnabled()); // nothing to cancel yet
    auto *editor = child<QPlainTextEdit>("apduEdit");
    QTest::keyClicks(editor, QStringLiteral("00 84 00 00 04"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(cancel->isEnabled());
    QTRY_COMPARE(m_log->count(Type::Command), 1); // at the card now, not just queued
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY2(responseText().contains(QLatin1String("transmit #2: cancelled")), qPrintable(responseText()));
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(m_shown->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_shown->count(), 3, 10000);
    const ConsoleReply late = m_shown->at(1).first().value<ConsoleReply>();
    QVERIFY(late.abandoned);
    QCOMPARE(late.data.size(), std::size_t(4));
    QVERIFY2(
        responseText().contains(QLatin1String("Late answer to #2 (cancelled)")), qPrintable(responseText()));
    QTRY_COMPARE(m_log->count(Type::Response), 1);
    QVERIFY(!m_log->events(Type::Response).first().failed());
    QVERIFY(m_rig->stopCard(faultSlot));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(faultSlot), false));
}

void TestApduConsole::disconnectWithDisposition()
{
    QVERIFY(openConsole(t1Slot));
    auto *disposition = child<QComboBox>("dispositionCombo");
    disposition->setCurrentIndex(disposition->findText(QStringLiteral("unpower")));
    QVERIFY(click("disconnectButton"));
    QVERIFY(!m_console->isConnected());
    QCOMPARE(child<QLabel>("connectionState")->text(), QStringLiteral("Not connected"));
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    QTRY_COMPARE(m_log->count(Type::Disconnect), 1);
    QCOMPARE(m_log->events(Type::Disconnect).first().disposition, smartcard::pcsc::Disposition::UnpowerCard);
    QCOMPARE(m_rig->card(t1Slot)->statusField(QStringLiteral("powered")), 0);
}

void TestApduConsole::transactionButtons()
{
    QVERIFY(openConsole(t1Slot));
    QVERIFY(!child<QPushButton>("endTransactionButton")->isEnabled());
    QVERIFY(click("beginTransactionButton"));
    QCOMPARE(child<QLabel>("connectionState")->text(), QStringLiteral("Connected, in a transaction"));
    QVERIFY(sendApdu(QStringLiteral("00 84 00 00 04")));
    QVERIFY(click("endTransactionButton"));
    QCOMPARE(child<QLabel>("connectionState")->text(), QStringLiteral("Connected"));
    QVERIFY(m_shown->last().first().value<ConsoleReply>().ok);
}

// vpcd implements no control code: pcsc-lite answers SCARD_E_UNSUPPORTED_FEATURE, which the
// tab must show clearly, and the log must keep (the success path: tst_connectionworker).
void TestApduConsole::controlTab()
{
    QVERIFY(openConsole(t1Slot));
    child<QLineEdit>("controlCodeEdit")->setText(QStringLiteral("0x42000D48")); // GET_FEATURE_REQUEST
    QVERIFY(click("controlSendButton"));
    const ConsoleReply reply = m_shown->last().first().value<ConsoleReply>();
    QCOMPARE(reply.operation, ConsoleReply::Operation::Control);
    QCOMPARE(reply.controlCode, 0x42000D48u);
    QVERIFY(!reply.ok);
    QVERIFY(reply.errorCode.has_value());
    QCOMPARE(*reply.errorCode, smartcard::pcsc::ReturnCode::E_UnsupportedFeature);
    const QString text = m_console->findChild<QPlainTextEdit *>("controlResultView")->toPlainText();
    QVERIFY2(text.contains(QLatin1String("control code 0x42000d48")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("error: Failed to control")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("0x8010001F")), qPrintable(text));
    QTRY_COMPARE(m_log->count(Type::Control), 1);
    QVERIFY(m_log->events(Type::Control).first().failed());
    QVERIFY(m_console->isConnected()); // a refused control code does not end the connection
}

void TestApduConsole::badControlInputSendsNothing()
{
    QVERIFY(openConsole(t1Slot));
    auto *view = m_console->findChild<QPlainTextEdit *>("controlResultView");
    child<QLineEdit>("controlCodeEdit")->setText(QStringLiteral("0x4200ZZ"));
    QTest::mouseClick(child<QPushButton>("controlSendButton"), Qt::LeftButton);
    QVERIFY(view->toPlainText().contains(QLatin1String("nothing was sent")));
    child<QLineEdit>("controlCodeEdit")->setText(QStringLiteral("0x42000D48"));
    child<QLineEdit>("controlDataEdit")->setText(QStringLiteral("01 0"));
    QTest::mouseClick(child<QPushButton>("controlSendButton"), Qt::LeftButton);
    QVERIFY2(view->toPlainText().contains(QLatin1String("Data, column 4: odd number")),
        qPrintable(view->toPlainText()));
    QVERIFY(!m_console->isBusy());
    QCOMPARE(m_shown->count(), 1); // the connect only
    QCOMPARE(m_log->count(Type::Control), 0);
}

void TestApduConsole::commandSetRoundTripAndCorruptFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandSetPanel *sets = m_console->commandSets();
    auto *editor = child<QPlainTextEdit>("apduEdit");
    const auto add = [&](const QString &name, const QString &apdu) {
        editor->setPlainText(apdu);
        child<QLineEdit>("commandNameEdit")->setText(name);
        QTest::mouseClick(child<QPushButton>("addCommandButton"), Qt::LeftButton);
    };
    add(QStringLiteral("GET CHALLENGE"), QStringLiteral("00 84 00 00 08"));
    add(QStringLiteral("SELECT MF"), QStringLiteral("00A4000C023F00"));
    add(QStringLiteral("bad"), QStringLiteral("00 A4 0")); // refused: not a valid APDU
    QCOMPARE(child<QListWidget>("commandSetList")->count(), 2);
    const QList<CommandSetEntry> saved = sets->entries();
    const QString path = dir.filePath(QStringLiteral("set.json"));
    QCOMPARE(sets->saveTo(path), QString());
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    sets->setEntries({});
    QVERIFY(sets->loadFrom(path));
    QCOMPARE(sets->entries(), saved);
    child<QListWidget>("commandSetList")->setCurrentRow(1);
    emit child<QListWidget>("commandSetList")->itemActivated(child<QListWidget>("commandSetList")->item(1));
    QCOMPARE(editor->toPlainText(), QStringLiteral("00A4000C023F00"));

    QFile corrupt(dir.filePath(QStringLiteral("corrupt.json")));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write(R"({"format": "cardscope-command-set", "version": 1, "commands": [)"
                  R"({"name": "ok", "apdu": "00 84 00 00 08"}, {"name": "broken", "apdu": "00 84 0G"}]})");
    corrupt.close();
    QVERIFY(!sets->loadFrom(corrupt.fileName()));
    QVERIFY2(sets->statusText().contains(QLatin1String("command 2 (\"broken\"): apdu, column 8: 'G'")),
        qPrintable(sets->statusText()));
    QCOMPARE(sets->entries(), saved); // nothing of the bad file was taken
    QVERIFY(corrupt.open(QIODevice::WriteOnly | QIODevice::Truncate));
    corrupt.write("{\"format\": ");
    corrupt.close();
    QVERIFY(!sets->loadFrom(corrupt.fileName()));
    QVERIFY2(sets->statusText().contains(QLatin1String("not JSON")), qPrintable(sets->statusText()));
}

void TestApduConsole::scriptMarksPassedAndFailedLines()
{
    QVERIFY(openConsole(t1Slot));
    ScriptPanel *script = m_console->scriptPanel();
    QSignalSpy stopped(script, &ScriptPanel::runStopped);
    QVERIFY(script->loadText(QStringLiteral("# a check\n"
                                            "00 84 00 00 08\n"
                                            "< ?? ?? ?? ?? ?? ?? ?? ?? 90 00\n"
                                            "00 A4 00 0C 02 12 34\n"
                                            "< 90 00\n"
                                            "00 84 00 00 01\n")));
    QVERIFY(stopped.wait(5000)); // loaded on the worker
    QTest::mouseClick(m_console->findChild<QPushButton *>("scriptRunButton"), Qt::LeftButton);
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.last().first().toInt(), int(smartcard::ScriptRunner::State::Failed));
    auto *lines = m_console->findChild<QListWidget *>("scriptLines");
    const auto status
        = [lines](int line) { return lines->item(line - 1)->data(ScriptPanel::statusRole).toString(); };
    QCOMPARE(status(1), QString());
    QCOMPARE(status(2), QStringLiteral("passed"));
    QCOMPARE(status(3), QStringLiteral("passed"));
    QCOMPARE(status(4), QStringLiteral("failed"));
    QCOMPARE(status(5), QStringLiteral("failed"));
    QCOMPARE(status(6), QString()); // the failure stopped the run
    QVERIFY(lines->item(3)->toolTip().contains(QLatin1String("6A 82")));
    QVERIFY2(script->statusText().contains(QLatin1String("step 2")), qPrintable(script->statusText()));
    QTRY_COMPARE(m_log->count(Type::Response), 2); // the script's exchanges are logged too
}

void TestApduConsole::scriptStepTimeoutStopsTheRun()
{
    QVERIFY2(m_rig->insertCardAndWait(faultSlot), qPrintable(m_rig->errorString()));
    QVERIFY(openConsole(faultSlot));
    child<QSpinBox>("timeoutSpin")->setValue(400);
    ScriptPanel *script = m_console->scriptPanel();
    QCOMPARE(script->stepTimeout(), 400);
    QSignalSpy stopped(script, &ScriptPanel::runStopped);
    QVERIFY(script->loadText(QStringLiteral("00 84 00 00 08\n"
                                            "00 84 00 00 08\n"
                                            "00 84 00 00 08\n")));
    QVERIFY(stopped.wait(5000)); // loaded on the worker
    stopped.clear();
    EmulatedCard *card = m_rig->card(faultSlot);
    const int apdusBefore = card->statusField(QStringLiteral("apdus"));
    QVERIFY(card->setFault(QStringLiteral("delay 2000")));
    QTest::mouseClick(child<QPushButton>("scriptRunButton"), Qt::LeftButton);

    auto *lines = child<QListWidget>("scriptLines");
    const auto status
        = [lines](int line) { return lines->item(line - 1)->data(ScriptPanel::statusRole).toString(); };
    // The first step's 2 s delay is past the 400 ms timeout: marked at once, run abandoned.
    QTRY_COMPARE(status(1), QStringLiteral("error"));
    QVERIFY2(lines->item(0)->toolTip().contains(QLatin1String("timed out after 400 ms")),
        qPrintable(lines->item(0)->toolTip()));
    QVERIFY2(script->statusText().contains(QLatin1String("waiting for the reader")),
        qPrintable(script->statusText()));
    QVERIFY(!child<QPushButton>("scriptRunButton")->isEnabled()); // the worker still has the step
    QCOMPARE(stopped.count(), 0);

    // The late answer is kept on its line and in the log; then the card is reset.
    QVERIFY(stopped.wait(10000));
    QCOMPARE(status(1), QStringLiteral("error"));
    QVERIFY2(lines->item(0)->toolTip().contains(QLatin1String("the card answered later")),
        qPrintable(lines->item(0)->toolTip()));
    QCOMPARE(status(2), QString()); // never sent
    QCOMPARE(status(3), QString());
    QVERIFY2(script->statusText().contains(QLatin1String("reset")), qPrintable(script->statusText()));
    QVERIFY(child<QPushButton>("scriptRunButton")->isEnabled());
    QTRY_COMPARE(m_log->count(Type::Disconnect), 1);
    QCOMPARE(m_log->events(Type::Disconnect).first().disposition, smartcard::pcsc::Disposition::ResetCard);
    QCOMPARE(m_log->count(Type::Response), 1);
    QVERIFY(!m_log->events(Type::Response).first().failed());
    QVERIFY(!m_console->isConnected());
    QVERIFY(card->setFault(QStringLiteral("none")));
    QCOMPARE(
        card->statusField(QStringLiteral("apdus")), apdusBefore + 1); // only the first step reached the card
    QVERIFY(m_rig->stopCard(faultSlot));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(faultSlot), false)); // gone before the next test
}

QTEST_MAIN(TestApduConsole)
#include "tst_apduconsole.moc"
