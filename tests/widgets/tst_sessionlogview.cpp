#include "log/maskingpolicy.h"
#include "log/sessionexporter.h"
#include "log/sessionjournal.h"
#include "log/sessionrecorder.h"
#include "log/sessionrecorderadapter.h"
#include "sessionlog/exchangedetails.h"
#include "sessionlog/sessionlogmodel.h"
#include "sessionlog/sessionlogview.h"
#include "sessionlogentries.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>

using smartcard::LogEntry;
using smartcard::SessionExporter;
using smartcard::SessionFileFormat;
using Index = smartcard::SessionLog::Index;

Q_DECLARE_METATYPE(std::vector<Index>)

namespace {

template<class T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

QString label(const QWidget &parent, const char *name)
{
    const auto *found = child<QLabel>(parent, name);
    return found ? found->text() : QString();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The entries of a JSON Lines file, the Imported flag the reader sets taken off again.
QList<LogEntry> readBack(const QString &path)
{
    SessionExporter::ImportResult result = SessionExporter::importJsonLines(path);
    QList<LogEntry> entries;
    if (!result.log)
        return entries;
    for (Index i = 0; i < result.log->size(); ++i) {
        LogEntry entry = result.log->entry(i);
        entry.set(LogEntry::Imported, false);
        entries << entry;
    }
    return entries;
}

// What a masked file holds of an entry: the secret bytes zeroed.
LogEntry asWritten(const LogEntry &entry)
{
    return smartcard::MaskingPolicy::hideSecrets(entry);
}

} // namespace

class TestSessionLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure();
    void filterWidgets_data();
    void filterWidgets();
    void badFilterInput();
    void selectionFillsDetails();
    void annotationCommitsToLog();
    void exportFilteredView();
    void exportEmptyFilteredView();
    void maskedInEveryFormat_data();
    void maskedInEveryFormat();
    void unmaskIsExplicit();
    void cancelLeavesNoFile();
    void exportToBadPath();
    void importRoundTrip();
    void importAddsToSession();
    void importBadFiles();
    void recovery();
    void followsTheTail();
    void fedByTheRecorderAdapter();
};

void TestSessionLogView::structure()
{
    SessionLogView view;
    QCOMPARE(view.objectName(), QStringLiteral("sessionLog"));
    auto *table = child<QTableView>(view, "sessionLogTable");
    QVERIFY(table);
    QCOMPARE(table->model(), view.model());
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    for (const char *name : { "logReaderFilter", "logKindFilter" })
        QVERIFY2(child<QComboBox>(view, name), name);
    for (const char *name : { "logSwFilter", "logInsFilter", "logTextFilter" })
        QVERIFY2(child<QLineEdit>(view, name), name);
    QVERIFY(child<ExchangeDetails>(view, "exchangeDetails"));
    QVERIFY(child<QProgressBar>(view, "logProgress")->isHidden());
    QVERIFY(child<QPushButton>(view, "logCancel")->isHidden());
    for (const char *name : { "logExportButton", "logImportButton", "logUnmaskButton", "logClearButton" })
        QVERIFY2(child<QToolButton>(view, name), name);
    QVERIFY(!view.isUnmasked()); // masked by default
}

void TestSessionLogView::filterWidgets_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("value");
    QTest::addColumn<std::vector<Index>>("expected");

    QTest::newRow("reader B") << "logReaderFilter" << logsample::ReaderB << std::vector<Index> { 5, 6 };
    QTest::newRow("kind: connections") << "logKindFilter"
                                       << "Connections" << std::vector<Index> { 0 };
    QTest::newRow("SW 6A82") << "logSwFilter"
                             << "6A82" << std::vector<Index> { 7 };
    QTest::newRow("SW 9xxx, 63C2") << "logSwFilter"
                                   << "9xxx, 63C2" << std::vector<Index> { 1, 2, 4, 6 };
    QTest::newRow("INS B0") << "logInsFilter"
                            << "b0" << std::vector<Index> { 5, 6 };
    QTest::newRow("text: error") << "logTextFilter"
                                 << "removed" << std::vector<Index> { 5 };
    QTest::newRow("text: hex") << "logTextFilter"
                               << "56 49 53 41" << std::vector<Index> { 1, 4 };
}

void TestSessionLogView::filterWidgets()
{
    QFETCH(QString, widget);
    QFETCH(QString, value);
    QFETCH(std::vector<Index>, expected);

    SessionLogView view;
    view.appendEntries(logsample::session());
    QCOMPARE(view.model()->rowCount(), 8);
    if (auto *combo = view.findChild<QComboBox *>(widget)) {
        const int item = combo->findText(value);
        QVERIFY(item > 0);
        combo->setCurrentIndex(item);
    } else {
        auto *edit = view.findChild<QLineEdit *>(widget);
        QVERIFY(edit);
        QTest::keyClicks(edit, value);
    }
    QTRY_COMPARE(view.model()->rows(), expected);
    QVERIFY(label(view, "logFilterError").isEmpty());
}

void TestSessionLogView::badFilterInput()
{
    SessionLogView view;
    view.appendEntries(logsample::session());
    QTest::keyClicks(child<QLineEdit>(view, "logSwFilter"), QStringLiteral("9000"));
    QTRY_COMPARE(view.model()->rowCount(), 3);
    // A non-hex digit at character 4: shown with its place; the last good filter stays.
    QTest::keyClicks(child<QLineEdit>(view, "logSwFilter"), QStringLiteral(", 6G00"));
    QTRY_VERIFY(!label(view, "logFilterError").isEmpty());
    QVERIFY2(label(view, "logFilterError").startsWith(QStringLiteral("SW, character 8:")),
        qPrintable(label(view, "logFilterError")));
    QCOMPARE(view.model()->rowCount(), 3);
    QTest::keyClicks(child<QLineEdit>(view, "logInsFilter"), QStringLiteral("A"));
    QTRY_VERIFY(label(view, "logFilterError").contains(QStringLiteral("INS")));
    QCOMPARE(view.model()->rowCount(), 3);
}

void TestSessionLogView::selectionFillsDetails()
{
    SessionLogView view;
    view.appendEntries(logsample::session());
    QTableView *table = view.table();
    table->setCurrentIndex(view.model()->index(1, SessionLogModel::NameColumn));
    QCOMPARE(label(view, "exchangeCommandName"), QStringLiteral("SELECT (by DF name)"));
    QVERIFY(label(view, "exchangeStandard").contains(QStringLiteral("7816-4")));
    QVERIFY(label(view, "exchangeSw").startsWith(QStringLiteral("90 00:")));
    auto *tree = child<QTreeWidget>(view, "exchangeTlvTree");
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("6F"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("84"));
    QVERIFY(child<QPlainTextEdit>(view, "exchangeAscii")->toPlainText().endsWith(QStringLiteral("VISA")));

    // The masked VERIFY, then the linked GET RESPONSE and its link back to the SELECT.
    table->setCurrentIndex(view.model()->index(2, 0));
    QVERIFY(label(view, "exchangeCommand").contains(QStringLiteral("••")));
    QVERIFY(!label(view, "exchangeMasking").isEmpty());
    table->setCurrentIndex(view.model()->index(4, 0));
    QVERIFY(label(view, "exchangeOrigin").contains(QStringLiteral("#4")));
    Q_EMIT child<QLabel>(view, "exchangeOrigin")->linkActivated(QStringLiteral("#origin"));
    QCOMPARE(table->currentIndex().row(), 3);
    table->setCurrentIndex(view.model()->index(5, 0));
    QCOMPARE(label(view, "exchangeError"), QStringLiteral("The smart card has been removed (0x80100069)"));

    // A new filter empties the pane (the rows are other rows now).
    QTest::keyClicks(child<QLineEdit>(view, "logSwFilter"), QStringLiteral("9000"));
    QTRY_COMPARE(view.model()->rowCount(), 3);
    QVERIFY(!view.details()->hasEntry());
}

void TestSessionLogView::annotationCommitsToLog()
{
    SessionLogView view;
    view.appendEntries(logsample::session());
    view.table()->setCurrentIndex(view.model()->index(6, 0));
    auto *edit = child<QLineEdit>(view, "exchangeAnnotation");
    QTest::keyClicks(edit, QStringLiteral("EF.DIR"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(view.log().annotation(6), QStringLiteral("EF.DIR"));
    QVERIFY(view.model()
                ->data(view.model()->index(6, SessionLogModel::FlagsColumn))
                .toString()
                .contains(QStringLiteral("note")));
}

void TestSessionLogView::exportFilteredView()
{
    QTemporaryDir dir;
    SessionLogView view;
    view.appendEntries(logsample::session());
    QTest::keyClicks(child<QLineEdit>(view, "logSwFilter"), QStringLiteral("9000, 63C2"));
    QTRY_COMPARE(view.model()->rowCount(), 4);
    const QString path = dir.filePath(QStringLiteral("filtered.jsonl"));
    QSignalSpy finished(&view, &SessionLogView::exportFinished);
    QVERIFY(view.startExport(path, SessionFileFormat::JsonLines));
    QVERIFY(view.isBusy());
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("4 entries")));
    QVERIFY(!view.isBusy());
    QCOMPARE(QFile::permissions(path)
            & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());

    const QList<LogEntry> written = readBack(path);
    QCOMPARE(written.size(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(written[row], asWritten(view.log().entry(view.model()->logIndex(row))));
}

void TestSessionLogView::exportEmptyFilteredView()
{
    // A filter that matches nothing exports nothing, not the whole log.
    QTemporaryDir dir;
    SessionLogView view;
    view.appendEntries(logsample::session());
    QTest::keyClicks(child<QLineEdit>(view, "logSwFilter"), QStringLiteral("6F00"));
    QTRY_COMPARE(view.model()->rowCount(), 0);
    const QString path = dir.filePath(QStringLiteral("none.jsonl"));
    QSignalSpy finished(&view, &SessionLogView::exportFinished);
    QVERIFY(view.startExport(path, SessionFileFormat::JsonLines));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(readBack(path).size(), 0);
}

void TestSessionLogView::maskedInEveryFormat_data()
{
    QTest::addColumn<SessionFileFormat>("format");
    QTest::newRow("JSON Lines") << SessionFileFormat::JsonLines;
    QTest::newRow("CSV") << SessionFileFormat::Csv;
    QTest::newRow("scriptor") << SessionFileFormat::Scriptor;
    QTest::newRow("pcapng") << SessionFileFormat::Pcapng;
}

void TestSessionLogView::maskedInEveryFormat()
{
    QFETCH(SessionFileFormat, format);
    QTemporaryDir dir;
    SessionLogView view;
    view.appendEntries(logsample::session());
    QVERIFY(view.model()
                ->data(view.model()->index(2, SessionLogModel::CommandColumn))
                .toString()
                .contains(QStringLiteral("••")));
    const QString path = dir.filePath(QStringLiteral("session.") + SessionExporter::fileSuffix(format));
    QSignalSpy finished(&view, &SessionLogView::exportFinished);
    QVERIFY(view.startExport(path, format));
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).toBool());
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("31323334"));
    QVERIFY(!bytes.contains("31 32 33 34"));
    QVERIFY(!bytes.contains("\x31\x32\x33\x34\xFF\xFF"));
    // The rest of the VERIFY is there.
    QVERIFY(bytes.contains("0020008108") || bytes.contains("00 20 00 81 08")
        || bytes.contains("\x00\x20\x00\x81\x08"));
}

void TestSessionLogView::unmaskIsExplicit()
{
    QTemporaryDir dir;
    SessionLogView view;
    view.appendEntries(logsample::session());
    QSignalSpy unmasked(&view, &SessionLogView::unmaskedChanged);
    auto *confirm = child<QWidget>(view, "logUnmaskConfirm");
    QVERIFY(confirm->isHidden());
    child<QToolButton>(view, "logUnmaskButton")->click();
    QVERIFY(!confirm->isHidden()); // asked, not done
    QVERIFY(!view.isUnmasked());
    child<QPushButton>(view, "logUnmaskNo")->click();
    QVERIFY(confirm->isHidden());
    QVERIFY(!view.isUnmasked());
    QCOMPARE(unmasked.count(), 0);

    child<QToolButton>(view, "logUnmaskButton")->click();
    child<QPushButton>(view, "logUnmaskYes")->click();
    QVERIFY(view.isUnmasked());
    QCOMPARE(unmasked.count(), 1);
    QCOMPARE(view.model()->data(view.model()->index(2, SessionLogModel::CommandColumn)).toString(),
        QStringLiteral("00 20 00 81 08 31 32 33 34 FF FF FF FF"));
    const QString path = dir.filePath(QStringLiteral("unmasked.jsonl"));
    QSignalSpy finished(&view, &SessionLogView::exportFinished);
    QVERIFY(view.startExport(path, SessionFileFormat::JsonLines));
    QVERIFY(finished.wait(10000));
    QVERIFY(fileBytes(path).contains("31323334"));

    // Masking again needs no confirmation; a cleared log is a new session, masked.
    child<QToolButton>(view, "logUnmaskButton")->click();
    QVERIFY(!view.isUnmasked());
    view.setUnmasked(true);
    child<QToolButton>(view, "logClearButton")->click();
    QCOMPARE(view.log().size(), Index(0));
    QVERIFY(!view.isUnmasked());
}

void TestSessionLogView::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    SessionLogView view;
    QList<LogEntry> batch;
    for (std::uint32_t i = 1; i <= 50'000; ++i)
        batch << logsample::selectFci(i);
    for (int round = 0; round < 2; ++round)
        view.appendEntries(batch);
    const Index before = view.log().size();
    const QString path = dir.filePath(QStringLiteral("cancelled.jsonl"));
    // The only pool thread is busy until the cancel has been pressed: the export then runs
    // with the cancel set whatever the machine's load, writes its first entries to the
    // temporary file and stops at its first check.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore gate;
    pool->start([&gate] { gate.acquire(); });
    bool opened = false;
    const auto openGate = qScopeGuard([&] { // also when a check below fails
        if (!opened)
            gate.release();
        pool->setMaxThreadCount(threads);
    });
    QSignalSpy finished(&view, &SessionLogView::exportFinished);
    QVERIFY(view.startExport(path, SessionFileFormat::JsonLines));
    QVERIFY(!child<QProgressBar>(view, "logProgress")->isHidden());
    QVERIFY(!view.startImport(path)); // one task at a time
    view.appendEntries({ logsample::readBinary(1) }); // held while the export reads the log
    QCOMPARE(view.log().size(), before);
    child<QPushButton>(view, "logCancel")->click();
    gate.release();
    opened = true;
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no temporary left
    QVERIFY(child<QProgressBar>(view, "logProgress")->isHidden());
    QCOMPARE(view.log().size(), before + 1); // the held entry came in
}

void TestSessionLogView::exportToBadPath()
{
    QTemporaryDir dir;
    SessionLogView view;
    view.appendEntries(logsample::session());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/session.csv"));
    QSignalSpy finished(&view, &SessionLogView::exportFinished);
    QVERIFY(view.startExport(path, SessionFileFormat::Csv));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().startsWith(QStringLiteral("Export failed: ")),
        qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(label(view, "logStatus"), finished.at(0).at(1).toString());
    view.appendEntries({ logsample::readBinary(9) }); // appends flow again
    QCOMPARE(view.log().size(), Index(9));
}

void TestSessionLogView::importRoundTrip()
{
    QTemporaryDir dir;
    SessionLogView source;
    source.appendEntries(logsample::session());
    source.model()->setAnnotation(1, QStringLiteral("VISA « été »"));
    const QString path = dir.filePath(QStringLiteral("session.jsonl"));
    QSignalSpy exported(&source, &SessionLogView::exportFinished);
    QVERIFY(source.startExport(path, SessionFileFormat::JsonLines));
    QVERIFY(exported.wait(10000));

    SessionLogView target;
    QSignalSpy imported(&target, &SessionLogView::importFinished);
    QVERIFY(target.startImport(path));
    QVERIFY(imported.wait(10000));
    QVERIFY2(imported.at(0).at(0).toBool(), qPrintable(imported.at(0).at(1).toString()));
    QCOMPARE(target.log().size(), source.log().size());
    QCOMPARE(target.model()->rowCount(), 8);
    for (Index i = 0; i < source.log().size(); ++i) {
        LogEntry entry = target.log().entry(i);
        QVERIFY(entry.has(LogEntry::Imported));
        entry.set(LogEntry::Imported, false);
        QCOMPARE(entry, asWritten(source.log().entry(i)));
    }
    // The filter bar offers the imported readers.
    QCOMPARE(child<QComboBox>(target, "logReaderFilter")->count(), 3);
}

void TestSessionLogView::importAddsToSession()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.jsonl"));
    SessionLogView source;
    source.appendEntries({ logsample::selectFci(1), logsample::readBinary(2) });
    QSignalSpy exported(&source, &SessionLogView::exportFinished);
    QVERIFY(source.startExport(path, SessionFileFormat::JsonLines));
    QVERIFY(exported.wait(10000));

    SessionLogView target;
    target.appendEntries(logsample::session());
    QSignalSpy imported(&target, &SessionLogView::importFinished);
    QVERIFY(target.startImport(path));
    QVERIFY(imported.wait(10000));
    QVERIFY(imported.at(0).at(0).toBool());
    QCOMPARE(target.log().size(), Index(10));
    QCOMPARE(target.model()->rowCount(), 10);
    QCOMPARE(target.log().entry(0).kind, LogEntry::Kind::Connect); // the session's own first
    LogEntry last = target.log().entry(9);
    last.set(LogEntry::Imported, false);
    QCOMPARE(last, logsample::readBinary(2));
}

void TestSessionLogView::importBadFiles()
{
    QTemporaryDir dir;
    SessionLogView view;
    view.appendEntries({ logsample::selectFci() });
    QSignalSpy imported(&view, &SessionLogView::importFinished);

    QVERIFY(view.startImport(dir.filePath(QStringLiteral("missing.jsonl"))));
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.at(0).at(0).toBool(), false);
    QVERIFY(!imported.at(0).at(1).toString().isEmpty());
    QCOMPARE(view.log().size(), Index(1));

    const QString garbage = dir.filePath(QStringLiteral("garbage.jsonl"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a session\n{\"also\": \"not\"}\n");
    file.close();
    QVERIFY(view.startImport(garbage));
    QVERIFY(imported.wait(10000));
    const QString message = imported.at(1).at(1).toString();
    QVERIFY2(!message.isEmpty(), qPrintable(message));
    QCOMPARE(view.log().size(), Index(1)); // nothing invented, nothing lost
    QCOMPARE(label(view, "logStatus"), message);
}

void TestSessionLogView::recovery()
{
    QTemporaryDir dir;
    QString journalPath;
    {
        smartcard::SessionJournal journal(dir.path());
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
        for (const LogEntry &entry : logsample::session())
            journal.append(entry);
        journalPath = journal.path();
        // A crash leaves the journal as it is: copy it before the journal's clean end.
        QVERIFY(QFile::copy(journalPath, dir.filePath(QStringLiteral("crashed.journal"))));
    }
    SessionLogView view;
    QSignalSpy recovered(&view, &SessionLogView::recoveryFinished);
    QVERIFY(view.startRecovery(dir.filePath(QStringLiteral("crashed.journal"))));
    QVERIFY(recovered.wait(10000));
    QVERIFY2(recovered.at(0).at(0).toBool(), qPrintable(recovered.at(0).at(1).toString()));
    QCOMPARE(view.log().size(), Index(8));
    LogEntry verify = view.log().entry(2);
    verify.set(LogEntry::Imported, false);
    QCOMPARE(verify, asWritten(logsample::verify())); // the journal was masked
}

void TestSessionLogView::followsTheTail()
{
    SessionLogView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.table()->verticalScrollBar();
    QList<LogEntry> batch;
    for (std::uint32_t i = 1; i <= 200; ++i)
        batch << logsample::readBinary(i);
    view.appendEntries(batch);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    view.appendEntries(batch);
    QTRY_COMPARE(bar->value(), bar->maximum());
    // The user scrolls up: new rows no longer pull the view down.
    bar->setValue(0);
    view.appendEntries(batch);
    QTRY_COMPARE(view.model()->rowCount(), 600);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 0);
    bar->setValue(bar->maximum()); // back at the end: following again
    view.appendEntries(batch);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QCOMPARE(view.table()->rowAt(view.table()->viewport()->height() - 2), 799);
}

void TestSessionLogView::fedByTheRecorderAdapter()
{
    smartcard::SessionRecorder recorder;
    smartcard::SessionRecorderAdapter adapter(&recorder);
    SessionLogView view;
    view.attach(&adapter);
    QSignalSpy inserted(view.model(), &QAbstractItemModel::rowsInserted);
    Q_EMIT adapter.entriesRecorded(logsample::session()); // one batch, as the adapter's timer sends it
    QCOMPARE(view.log().size(), Index(8));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(child<QComboBox>(view, "logReaderFilter")->count(), 3); // "All readers" and the two
}

QTEST_MAIN(TestSessionLogView)
#include "tst_sessionlogview.moc"
