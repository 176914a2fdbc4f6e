// The main window's session against the rig (tests/support/rig): the APDU console tab follows
// the reader selected in the tree, what it sends shows in the session log dock and goes to the
// journal (masked), and the journals a crash left are offered for recovery. Slot 0: the t1
// card, slot 1: the t0 card, slot 2: a card for the fault modes. Settings and journals go to
// temporary folders (CARDSCOPE_JOURNAL_DIR).
#include "console/apduconsole.h"
#include "log/sessionjournal.h"
#include "log/sessionlog.h"
#include "mainwindow.h"
#include "pcscrig.h"
#include "readertree/readertreemodel.h"
#include "readertree/readertreeview.h"
#include "sessionlog/sessionlogmodel.h"
#include "sessionlog/sessionlogview.h"
#include "sessionwiring.h"
#include "sw/statuswordexplainer.h"
#include "translations.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cardscope::testing::PcscRig;
using smartcard::LogEntry;

namespace {
constexpr int t1Slot = 0;
constexpr int t0Slot = 1;
constexpr int faultSlot = 2;
} // namespace

class TestMainWindowSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sentApduShowsInTheLogWithItsSwText();
    void consoleFollowsTheSelectedReader();
    void t0GetResponseOffLogs61xx();
    void t0GetResponseOnLogsTheLinkedGetResponse();
    void cardPulledMidApduKeepsTheFailedExchange();
    void verifyIsMaskedInTheViewAndTheJournal();
    void cleanExitFinishesTheJournal();
    void startPrunesOldFinishedSessions();
    void clearSessionStartsANewJournal();
    void recoverBringsTheCrashedSessionBack();
    void discardDeletesTheCrashedJournal();
    void killedCardscopeLeavesItsJournal();
    void journalThatCannotBeOpenedIsSaid();
    void sessionLogDockPersists();

private:
    void openWindow();
    bool selectAndConnect(int slot);
    bool send(const QString &hex);
    QList<LogEntry> exchanges() const;
    ApduConsole *console() const { return m_window->findChild<ApduConsole *>(QStringLiteral("apduConsole")); }
    SessionLogView *logView() const
    {
        return m_window->findChild<SessionLogView *>(QStringLiteral("sessionLog"));
    }
    static QList<LogEntry> crashedSession();
    QString writeCrashedJournal(const QList<LogEntry> &entries);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<PcscRig> m_rig;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_replies;
};

void TestMainWindowSession::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CardScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow_session"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(!Translations::install(qApp, QLocale(QLocale::English)).isEmpty());
    cardscope::testing::RigOptions options;
    options.readerCount = 3;
    m_rig = std::make_unique<PcscRig>(options);
    QVERIFY2(m_rig->start(), qPrintable(m_rig->errorString()));
    QVERIFY2(m_rig->insertT1AndT0Cards(t1Slot, t0Slot), qPrintable(m_rig->errorString()));
}

void TestMainWindowSession::init()
{
    QSettings().clear();
    m_journalDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_journalDir->isValid());
    qputenv("CARDSCOPE_JOURNAL_DIR", m_journalDir->path().toLocal8Bit());
}

void TestMainWindowSession::cleanup()
{
    m_replies.reset();
    m_window.reset();
    m_journalDir.reset();
}

void TestMainWindowSession::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(console());
    QVERIFY(logView());
    m_replies = std::make_unique<QSignalSpy>(console(), &ApduConsole::replyShown);
}

bool TestMainWindowSession::selectAndConnect(int slot)
{
    auto *tree = m_window->findChild<ReaderTreeView *>(QStringLiteral("readerTree"));
    auto *model = qobject_cast<ReaderTreeModel *>(tree->model());
    const QString reader = m_rig->readerName(slot);
    if (!QTest::qWaitFor([&] { return model->indexOfCard(reader).isValid(); }, 5000))
        return false;
    tree->setCurrentIndex(model->indexOfCard(reader));
    if (console()->reader() != reader)
        return false;
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("apduConsoleArea")));
    auto *connect = console()->findChild<QPushButton *>(QStringLiteral("connectButton"));
    if (!connect || !connect->isEnabled())
        return false;
    const qsizetype before = m_replies->count();
    QTest::mouseClick(connect, Qt::LeftButton);
    return (m_replies->count() > before || m_replies->wait(5000)) && console()->isConnected();
}

bool TestMainWindowSession::send(const QString &hex)
{
    auto *editor = console()->findChild<QPlainTextEdit *>(QStringLiteral("apduEdit"));
    editor->clear();
    QTest::keyClicks(editor, hex);
    auto *sendButton = console()->findChild<QPushButton *>(QStringLiteral("sendButton"));
    if (!sendButton->isEnabled())
        return false;
    const qsizetype before = m_replies->count();
    QTest::mouseClick(sendButton, Qt::LeftButton);
    return m_replies->count() > before || m_replies->wait(5000);
}

// The exchanges of the session log, as the log keeps them (waits for the batches to arrive).
QList<LogEntry> TestMainWindowSession::exchanges() const
{
    QList<LogEntry> result;
    const smartcard::SessionLog &log = logView()->log();
    for (smartcard::SessionLog::Index i = 0; i < log.size(); ++i) {
        if (log.kind(i) == LogEntry::Kind::Exchange)
            result << log.entry(i);
    }
    return result;
}

void TestMainWindowSession::sentApduShowsInTheLogWithItsSwText()
{
    openWindow();
    QVERIFY(selectAndConnect(t1Slot));
    QVERIFY(send(QStringLiteral("00 84 00 00 08")));
    QTRY_COMPARE(exchanges().size(), 1);
    const LogEntry exchange = exchanges().first();
    QCOMPARE(exchange.command, (smartcard::Bytes { 0x00, 0x84, 0x00, 0x00, 0x08 }));
    QCOMPARE(exchange.response.size(), std::size_t(8));
    QCOMPARE(exchange.sw, 0x9000);
    QCOMPARE(exchange.reader, m_rig->readerName(t1Slot));

    // The row the user sees: the SW and its meaning.
    SessionLogModel *model = logView()->model();
    QTRY_VERIFY(model->rowCount() >= 2); // connect, exchange
    const int row = model->rowCount() - 1;
    QCOMPARE(model->index(row, SessionLogModel::SwColumn).data().toString(), QStringLiteral("90 00"));
    const QString meaning = model->index(row, SessionLogModel::MeaningColumn).data().toString();
    QCOMPARE(meaning, smartcard::StatusWordExplainer::explain(0x9000).text());
    QVERIFY(!meaning.isEmpty());
    // And the journal has it on disk already.
    QFile journal(m_window->session()->journalPath());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(journal.readAll().contains("\"command\":\"0084000008\""));
}

void TestMainWindowSession::consoleFollowsTheSelectedReader()
{
    openWindow();
    QVERIFY(selectAndConnect(t1Slot));
    auto *tree = m_window->findChild<ReaderTreeView *>(QStringLiteral("readerTree"));
    auto *model = qobject_cast<ReaderTreeModel *>(tree->model());
    tree->setCurrentIndex(model->indexOfReader(m_rig->readerName(faultSlot)));
    QCOMPARE(console()->reader(), m_rig->readerName(faultSlot));
    QVERIFY(!console()->isConnected());
    QVERIFY(selectAndConnect(t0Slot));
    QVERIFY(send(QStringLiteral("00 84 00 00 04")));
    QTRY_COMPARE(exchanges().size(), 1);
    QCOMPARE(exchanges().first().reader, m_rig->readerName(t0Slot)); // the observer followed
}

// The T=0 card answers the data of a case 3 command with 61 04; the toggle is off by default.
void TestMainWindowSession::t0GetResponseOffLogs61xx()
{
    openWindow();
    QVERIFY(selectAndConnect(t0Slot));
    QVERIFY(!console()->findChild<QCheckBox *>(QStringLiteral("autoGetResponseCheck"))->isChecked());
    QVERIFY(send(QStringLiteral("80 EE 00 00 04 01 02 03 04")));
    QTRY_COMPARE(exchanges().size(), 1);
    QCOMPARE(exchanges().first().sw, 0x6104);
    QVERIFY(exchanges().first().response.empty());
    QCOMPARE(exchanges().first().originId, 0u);
}

void TestMainWindowSession::t0GetResponseOnLogsTheLinkedGetResponse()
{
    openWindow();
    QVERIFY(selectAndConnect(t0Slot));
    QTest::mouseClick(
        console()->findChild<QCheckBox *>(QStringLiteral("autoGetResponseCheck")), Qt::LeftButton);
    QVERIFY(send(QStringLiteral("80 EE 00 00 04 01 02 03 04")));
    QTRY_COMPARE(exchanges().size(), 2);
    const LogEntry origin = exchanges().at(0);
    const LogEntry getResponse = exchanges().at(1);
    QCOMPARE(origin.sw, 0x6104);
    QCOMPARE(getResponse.command, (smartcard::Bytes { 0x00, 0xC0, 0x00, 0x00, 0x04 }));
    QCOMPARE(getResponse.response, (smartcard::Bytes { 0x01, 0x02, 0x03, 0x04 }));
    QCOMPARE(getResponse.sw, 0x9000);
    QCOMPARE(getResponse.originId, origin.exchangeId);
    // The view links the row to its origin.
    SessionLogModel *model = logView()->model();
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    QVERIFY(last.data(SessionLogModel::LinkedRole).toBool());
    QCOMPARE(last.data(SessionLogModel::OriginRowRole).toInt(), model->rowCount() - 2);
}

void TestMainWindowSession::cardPulledMidApduKeepsTheFailedExchange()
{
    QVERIFY2(m_rig->insertCard(faultSlot), qPrintable(m_rig->errorString()));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(faultSlot), true));
    openWindow();
    QVERIFY(selectAndConnect(faultSlot));
    QVERIFY(m_rig->card(faultSlot)->setFault(QStringLiteral("close")));
    QVERIFY(send(QStringLiteral("00 84 00 00 08")));
    const ConsoleReply reply = m_replies->last().first().value<ConsoleReply>();
    QVERIFY(!reply.ok);
    const QString shown
        = console()->findChild<QPlainTextEdit *>(QStringLiteral("responseView"))->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("error: ")), qPrintable(shown));

    QTRY_COMPARE(exchanges().size(), 1);
    const LogEntry failed = exchanges().first();
    QVERIFY(failed.has(LogEntry::Failed));
    QVERIFY(!failed.has(LogEntry::HasResponse));
    QCOMPARE(failed.command, (smartcard::Bytes { 0x00, 0x84, 0x00, 0x00, 0x08 }));
    QCOMPARE(failed.errorMessage, reply.errorText);
    SessionLogModel *model = logView()->model();
    const QModelIndex row = model->index(model->rowCount() - 1, SessionLogModel::MeaningColumn);
    QVERIFY(row.data(SessionLogModel::FailedRole).toBool());
    QCOMPARE(row.data().toString(), reply.errorText);
    QVERIFY(m_rig->stopCard(faultSlot));
    QVERIFY(PcscRig::waitForCardState(m_rig->readerName(faultSlot), false));
}

void TestMainWindowSession::verifyIsMaskedInTheViewAndTheJournal()
{
    openWindow();
    QVERIFY(selectAndConnect(t1Slot));
    QVERIFY(send(QStringLiteral("00 20 00 81 08 31 32 33 34 FF FF FF FF"))); // VERIFY, PIN "1234" padded
    QTRY_COMPARE(exchanges().size(), 1);
    QCOMPARE(exchanges().first().sw, 0x9000);
    QVERIFY(!logView()->isUnmasked());
    SessionLogModel *model = logView()->model();
    const QModelIndex command = model->index(model->rowCount() - 1, SessionLogModel::CommandColumn);
    QVERIFY(command.data(SessionLogModel::MaskedRole).toBool());
    const QString shown = command.data().toString();
    QVERIFY2(!shown.contains(QLatin1String("31 32 33 34")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("••")), qPrintable(shown));

    // On disk: zeroes where the PIN was, marked masked; never the PIN.
    QFile journal(m_window->session()->journalPath());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray text = journal.readAll();
    QVERIFY(text.contains("\"command\":\"00200081080000000000000000\""));
    QVERIFY(text.contains("\"masked\":{\"offset\":5,\"length\":8}"));
    QVERIFY(!text.contains("31323334"));

    // The recorder keeps the PIN in memory; an export of the session masks it by default.
    QCOMPARE(exchanges().first().command,
        (smartcard::Bytes { 0x00, 0x20, 0x00, 0x81, 0x08, 0x31, 0x32, 0x33, 0x34, 0xFF, 0xFF, 0xFF, 0xFF }));
    const QString exported = m_journalDir->filePath(QStringLiteral("export.jsonl"));
    QSignalSpy exportDone(logView(), &SessionLogView::exportFinished);
    QVERIFY(logView()->startExport(exported, smartcard::SessionFileFormat::JsonLines));
    QTRY_COMPARE(exportDone.count(), 1);
    QVERIFY(exportDone.first().at(0).toBool());
    QFile exportFile(exported);
    QVERIFY(exportFile.open(QIODevice::ReadOnly));
    const QByteArray exportText = exportFile.readAll();
    QVERIFY(exportText.contains("\"command\":\"00200081080000000000000000\""));
    QVERIFY(!exportText.contains("31323334"));

    // Unmasking the session shows the PIN; the journal stays masked.
    logView()->setUnmasked(true);
    QVERIFY(model->index(model->rowCount() - 1, SessionLogModel::CommandColumn)
                .data()
                .toString()
                .contains(QLatin1String("31 32 33 34")));
    QVERIFY(send(QStringLiteral("00 20 00 81 08 31 32 33 34 FF FF FF FF")));
    QTRY_COMPARE(exchanges().size(), 2);
    journal.seek(0);
    QVERIFY(!journal.readAll().contains("31323334"));
}

void TestMainWindowSession::cleanExitFinishesTheJournal()
{
    openWindow();
    QVERIFY(selectAndConnect(t1Slot));
    QVERIFY(send(QStringLiteral("00 84 00 00 08")));
    const QString path = m_window->session()->journalPath();
    QVERIFY(path.endsWith(QLatin1String(".journal")));
    m_window->close();
    m_window.reset();
    QVERIFY(!QFile::exists(path));
    QVERIFY(smartcard::SessionJournal::unfinished(m_journalDir->path()).isEmpty());
    QCOMPARE(QDir(m_journalDir->path()).entryList({ QStringLiteral("*.jsonl") }).size(), 1);
}

void TestMainWindowSession::startPrunesOldFinishedSessions()
{
    const QDir dir(m_journalDir->path());
    const qsizetype kept = SessionWiring::KeptFinishedSessions;
    const auto name = [](qsizetype day) {
        return QStringLiteral("session-2025%1T000000000Z-1.jsonl").arg(1000 + day); // MMDD-like, ordered
    };
    for (qsizetype day = 0; day <= kept; ++day) {
        QFile file(dir.filePath(name(day)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    openWindow();
    const QStringList left = dir.entryList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Name);
    QCOMPARE(left.size(), kept);
    QCOMPARE(left.first(), name(1)); // the oldest went
    QCOMPARE(left.last(), name(kept));
}

void TestMainWindowSession::clearSessionStartsANewJournal()
{
    openWindow();
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportSessionAction"));
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(QKeySequence::SaveAs));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("importSessionAction"))->shortcut(),
        QKeySequence(QKeySequence::Open));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("editMenu"))
                ->actions()
                .contains(logView()->unmaskAction()));

    QVERIFY(selectAndConnect(t1Slot));
    QVERIFY(send(QStringLiteral("00 84 00 00 08")));
    QTRY_COMPARE(exchanges().size(), 1);
    const QString first = m_window->session()->journalPath();
    QVERIFY(QFile::exists(first));
    m_window->findChild<QAction *>(QStringLiteral("clearSessionAction"))->trigger();
    QCOMPARE(logView()->log().size(), 0);
    // What was cleared is not kept on disk: the journal starts again.
    QVERIFY(!QFile::exists(first));
    const QString second = m_window->session()->journalPath();
    QVERIFY(second != first);
    QVERIFY(QFile::exists(second));
    QVERIFY(send(QStringLiteral("00 84 00 00 04")));
    QTRY_COMPARE(exchanges().size(), 1);
    QFile journal(second);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray text = journal.readAll();
    QVERIFY(text.contains("\"command\":\"0084000004\""));
    QVERIFY(!text.contains("\"command\":\"0084000008\""));
}

// What a session that crashed had written: a connect and two exchanges, the VERIFY masked.
QList<LogEntry> TestMainWindowSession::crashedSession()
{
    QList<LogEntry> entries;
    LogEntry connect;
    connect.kind = LogEntry::Kind::Connect;
    connect.timeNs = 1764042175000000000;
    connect.reader = QStringLiteral("Crashed Reader 00 00");
    connect.atr = { 0x3B, 0x02, 0x14, 0x50 };
    entries << connect;
    LogEntry challenge = connect;
    challenge.kind = LogEntry::Kind::Exchange;
    challenge.timeNs += 1000000;
    challenge.durationNs = 81000;
    challenge.command = { 0x00, 0x84, 0x00, 0x00, 0x04 };
    challenge.response = { 0x01, 0x02, 0x03, 0x04 };
    challenge.sw = 0x9000;
    challenge.exchangeId = 1;
    challenge.set(LogEntry::HasResponse);
    entries << challenge;
    LogEntry verify = challenge;
    verify.timeNs += 1000000;
    verify.command = { 0x00, 0x20, 0x00, 0x81, 0x02, 0x00, 0x00 };
    verify.response.clear();
    verify.sw = 0x63C2;
    verify.exchangeId = 2;
    verify.set(LogEntry::Masked);
    verify.maskOffset = 5;
    verify.maskLength = 2;
    entries << verify;
    return entries;
}

// A journal opened and appended to, never finished: what kill -9 leaves. The journal's copy
// is the leftover (a live journal is locked by this process, so it is not one).
QString TestMainWindowSession::writeCrashedJournal(const QList<LogEntry> &entries)
{
    smartcard::SessionJournal journal(m_journalDir->path());
    if (!journal.open())
        return {};
    for (const LogEntry &entry : entries)
        journal.append(entry);
    const QString crashed = m_journalDir->filePath(QStringLiteral("session-20251125T034255Z-1.journal"));
    if (!QFile::copy(journal.path(), crashed))
        return {};
    journal.discard();
    return crashed;
}

void TestMainWindowSession::recoverBringsTheCrashedSessionBack()
{
    const QList<LogEntry> entries = crashedSession();
    const QString path = writeCrashedJournal(entries);
    QVERIFY(!path.isEmpty());
    openWindow();
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("recoveryBar"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QCOMPARE(logView()->log().size(), 0);

    QSignalSpy done(m_window->session(), &SessionWiring::recoveryDone);
    QSignalSpy recovered(logView(), &SessionLogView::recoveryFinished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("recoverButton")), Qt::LeftButton);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(recovered.count(), 1);
    QVERIFY2(recovered.first().at(0).toBool(), qPrintable(recovered.first().at(1).toString()));
    QVERIFY(!bar->isVisible());

    const smartcard::SessionLog &log = logView()->log();
    QCOMPARE(log.size(), entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        LogEntry read = log.entry(i);
        read.set(LogEntry::Imported, false); // recovered from a file: marked so
        QCOMPARE(read, entries.at(i));
    }
    // Kept as a finished session, not offered again.
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(QString(path).replace(QLatin1String(".journal"), QLatin1String(".jsonl"))));
    QVERIFY(smartcard::SessionJournal::unfinished(m_journalDir->path()).isEmpty());
}

void TestMainWindowSession::discardDeletesTheCrashedJournal()
{
    const QString path = writeCrashedJournal(crashedSession());
    QVERIFY(!path.isEmpty());
    openWindow();
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("recoveryBar"));
    QVERIFY(bar->isVisible());
    QSignalSpy done(m_window->session(), &SessionWiring::recoveryDone);
    QTest::mouseClick(
        m_window->findChild<QPushButton *>(QStringLiteral("discardRecoveryButton")), Qt::LeftButton);
    QCOMPARE(done.count(), 1);
    QVERIFY(!bar->isVisible());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(logView()->log().size(), 0);
    m_window.reset();
    // The next start offers nothing.
    openWindow();
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("recoveryBar"))->isVisible());
}

// The real program, killed: its journal is held while it runs (so not offered meanwhile) and
// left behind by a kill -9. Killed before any exchange, it holds no entry: the next window
// deletes it instead of offering an empty session.
void TestMainWindowSession::killedCardscopeLeavesItsJournal()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("CARDSCOPE_JOURNAL_DIR"), m_journalDir->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path()); // its settings
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(CARDSCOPE_APP), {});
    QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
    const QDir dir(m_journalDir->path());
    const QStringList journals { QStringLiteral("*.journal") };
    QTRY_COMPARE_WITH_TIMEOUT(dir.entryList(journals).size(), 1, 10000);
    QVERIFY(smartcard::SessionJournal::unfinished(dir.path()).isEmpty()); // it holds its lock
    app.kill(); // SIGKILL: no clean exit
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    const QStringList left = smartcard::SessionJournal::unfinished(dir.path());
    QCOMPARE(left.size(), 1);

    openWindow();
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("recoveryBar"))->isVisible());
    QVERIFY(!QFile::exists(left.first()));
    QVERIFY(smartcard::SessionJournal::unfinished(dir.path()).isEmpty());
}

// A journal folder that cannot be made (a file is in the way): the session goes on in the
// view, and the log says it is not journaled.
void TestMainWindowSession::journalThatCannotBeOpenedIsSaid()
{
    const QString blocker = m_journalDir->filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    qputenv("CARDSCOPE_JOURNAL_DIR", blocker.toLocal8Bit());
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("^cardscope: no session journal: ")));
    openWindow();
    QVERIFY(!m_window->session()->journalError().isEmpty());
    auto *warning = m_window->findChild<QLabel *>(QStringLiteral("journalWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(m_window->session()->journalError()), qPrintable(warning->text()));
    QVERIFY(selectAndConnect(t1Slot));
    QVERIFY(send(QStringLiteral("00 84 00 00 08")));
    QTRY_COMPARE(exchanges().size(), 1);
}

void TestMainWindowSession::sessionLogDockPersists()
{
    openWindow();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("sessionLogDock"));
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("toggleSessionLogAction"))->trigger();
    QVERIFY(!dock->isVisible());
    m_window->close();
    m_window.reset();
    openWindow();
    dock = m_window->findChild<QDockWidget *>(QStringLiteral("sessionLogDock"));
    QVERIFY(!dock->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
    QVERIFY(dock->isVisible());
}

QTEST_MAIN(TestMainWindowSession)
#include "tst_mainwindow_session.moc"
