// SessionJournal: the file (0600 in a 0700 directory, header first, one line per entry),
// appends from many threads never interleave, masking by default, finish and discard,
// which journals count as unfinished (a live one does not), recovery up to the last
// complete line, and a real crash: a child journals N entries and is killed with SIGKILL;
// all N come back exactly.
#include "log/logfields.h"
#include "log/sessionjournal.h"
#include "sampleentries.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>

using namespace smartcard;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a masked journal gives back for an entry.
LogEntry recovered(LogEntry entry)
{
    Bytes scratch;
    entry.command = logfields::commandForFile(entry, true, scratch);
    entry.set(LogEntry::Imported);
    return entry;
}

// Read and write for the owner, nothing for group and others (Qt's "user" bits mirror the
// owner's for our own files).
bool isOwnerOnly(
    const QString &path, QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return (permissions & 0x7000) == owner && (permissions & 0x00FF) == 0;
}

} // namespace

class tst_SessionJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fileAndHeader();
    void masking_data();
    void masking();
    void threadsNeverInterleave();
    void finishAndDiscard();
    void unfinishedSkipsLiveJournals();
    void pruneKeepsTheNewestFinished();
    void recoverUpToLastCompleteLine();
    void killedWriterLosesNothing();
    void openFailure();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString journalDir() const { return m_dir->filePath(QStringLiteral("journal")); }
};

void tst_SessionJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SessionJournal::fileAndHeader()
{
    SessionJournal journal(journalDir());
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    QVERIFY(journal.isOpen());
    QVERIFY(journal.path().startsWith(journalDir() + QStringLiteral("/session-")));
    QVERIFY(journal.path().endsWith(QStringLiteral(".journal")));
    QVERIFY(isOwnerOnly(journal.path()));
    QVERIFY(
        isOwnerOnly(journalDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY(readAll(journal.path()).startsWith("{\"format\":\"cardscope-session\",\"version\":1,"));
    journal.append(sample::numbered(1));
    journal.append(sample::numbered(2));
    QCOMPARE(journal.entriesWritten(), 2);
    // Each append is on disk when it returns: no buffer in between.
    QCOMPARE(readAll(journal.path()).count('\n'), 3);
}

void tst_SessionJournal::masking_data()
{
    QTest::addColumn<bool>("mask");
    QTest::newRow("masked by default") << true;
    QTest::newRow("unmasked session") << false;
}

void tst_SessionJournal::masking()
{
    QFETCH(bool, mask);
    SessionJournal journal(journalDir());
    QVERIFY(journal.open({ mask, 0, {} }));
    journal.append(sample::verify());
    const QByteArray bytes = readAll(journal.path());
    QCOMPARE(bytes.contains(sample::SecretPin), !mask);
    QCOMPARE(bytes.contains("\"masked\":true"), mask);
}

void tst_SessionJournal::threadsNeverInterleave()
{
    SessionJournal journal(journalDir());
    QVERIFY(journal.open());
    constexpr int Threads = 4;
    constexpr int PerThread = 500;
    std::vector<std::thread> threads;
    threads.reserve(Threads);
    for (int t = 0; t < Threads; ++t)
        threads.emplace_back([&journal, t] {
            for (int i = 0; i < PerThread; ++i)
                journal.append(sample::numbered(t * PerThread + i));
        });
    for (std::thread &thread : threads)
        thread.join();
    const SessionExporter::ImportResult result = SessionJournal::recover(journal.path());
    QVERIFY(result.read.issues.isEmpty());
    QCOMPARE(result.log->size(), SessionLog::Index(Threads * PerThread));
    // Each thread's entries in its own order.
    for (int t = 0; t < Threads; ++t) {
        int next = 0;
        for (SessionLog::Index i = 0; i < result.log->size(); ++i) {
            if (next < PerThread && result.log->entry(i) == recovered(sample::numbered(t * PerThread + next)))
                ++next;
        }
        QCOMPARE(next, PerThread);
    }
}

void tst_SessionJournal::finishAndDiscard()
{
    SessionJournal kept(journalDir());
    QVERIFY(kept.open());
    kept.append(sample::numbered(0));
    const QString journalPath = kept.path();
    const QString finished = kept.finish();
    QCOMPARE(finished, journalPath.chopped(8) + QStringLiteral(".jsonl"));
    QVERIFY(!QFile::exists(journalPath));
    QVERIFY(isOwnerOnly(finished));
    QVERIFY(!kept.isOpen());
    kept.append(sample::numbered(1)); // ignored once closed
    QCOMPARE(SessionExporter::importJsonLines(finished).log->size(), 1u);

    // Opening again starts a new session and finishes the previous one.
    SessionJournal twice(journalDir());
    QVERIFY(twice.open());
    const QString first = twice.path();
    QVERIFY(twice.open());
    QVERIFY(twice.path() != first);
    QVERIFY(!QFile::exists(first));
    QVERIFY(QFile::exists(first.chopped(8) + QStringLiteral(".jsonl")));
    twice.discard();

    SessionJournal dropped(journalDir());
    QVERIFY(dropped.open());
    const QString droppedPath = dropped.path();
    dropped.discard();
    QVERIFY(!QFile::exists(droppedPath));
    QVERIFY(SessionJournal::unfinished(journalDir()).isEmpty());
}

void tst_SessionJournal::unfinishedSkipsLiveJournals()
{
    SessionJournal live(journalDir());
    QVERIFY(live.open());
    QFile crashed(journalDir() + QStringLiteral("/session-20250101T000000000Z-1.journal"));
    QVERIFY(crashed.open(QIODevice::WriteOnly));
    crashed.close();
    QFile other(journalDir() + QStringLiteral("/notes.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QCOMPARE(SessionJournal::unfinished(journalDir()), QStringList { crashed.fileName() });
}

void tst_SessionJournal::pruneKeepsTheNewestFinished()
{
    QVERIFY(QDir().mkpath(journalDir()));
    const auto touch = [this](const QString &name) {
        QFile file(journalDir() + QLatin1Char('/') + name);
        return file.open(QIODevice::WriteOnly);
    };
    const QStringList finished {
        QStringLiteral("session-20250101T000000000Z-7.jsonl"),
        QStringLiteral("session-20250101T000000000Z-7-2.jsonl"),
        QStringLiteral("session-20250102T000000000Z-3.jsonl"),
        QStringLiteral("session-20260101T120000000Z-9.jsonl"),
    };
    const QStringList untouchable {
        QStringLiteral("session-20240101T000000000Z-1.journal"), // a crash's leftover
        QStringLiteral("export.jsonl"), // not a session file
    };
    for (const QString &name : finished + untouchable)
        QVERIFY(touch(name));

    QCOMPARE(SessionJournal::pruneFinished(2, journalDir()), 2);
    QStringList left = QDir(journalDir()).entryList(QDir::Files, QDir::Name);
    QStringList expected = untouchable + finished.mid(2);
    expected.sort();
    QCOMPARE(left, expected);

    QCOMPARE(SessionJournal::pruneFinished(2, journalDir()), 0); // nothing more to do
    QCOMPARE(SessionJournal::pruneFinished(0, journalDir()), 2);
    QCOMPARE(QDir(journalDir()).entryList(QDir::Files, QDir::Name).size(), untouchable.size());
    QCOMPARE(SessionJournal::pruneFinished(5, m_dir->filePath(QStringLiteral("absent"))), 0);
}

void tst_SessionJournal::recoverUpToLastCompleteLine()
{
    SessionJournal journal(journalDir());
    QVERIFY(journal.open());
    for (int i = 0; i < 10; ++i)
        journal.append(sample::numbered(i));
    const QString path = journal.path();
    journal.discard();
    // Rebuild the file as a crash mid-write would leave it: the 11th line cut short.
    JsonLinesWriter writer;
    QByteArray bytes;
    writer.writeHeader(bytes);
    for (int i = 0; i < 11; ++i)
        writer.writeEntry(sample::numbered(i), bytes);
    bytes.chop(40);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const SessionExporter::ImportResult result = SessionJournal::recover(path);
    QVERIFY(result.ok);
    QVERIFY(result.read.truncated);
    QCOMPARE(result.read.issues.size(), 1);
    QCOMPARE(result.read.issues.first().line, 12);
    QCOMPARE(result.log->size(), 10u);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(result.log->entry(SessionLog::Index(i)), recovered(sample::numbered(i)));
    QString finished;
    QVERIFY(SessionJournal::retire(path, true, &finished));
    QVERIFY(QFile::exists(finished));
    QVERIFY(SessionJournal::unfinished(journalDir()).isEmpty());
}

void tst_SessionJournal::killedWriterLosesNothing()
{
    constexpr int Count = 2500;
    QProcess child;
    child.start(QStringLiteral(JOURNAL_WRITER_CHILD), { journalDir(), QString::number(Count) });
    QVERIFY(child.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains('\n'), 30000);
    QVERIFY2(output.startsWith("ready "), output.constData());
    const QString path = QString::fromLocal8Bit(output.mid(6).trimmed());
    // A live journal is not a crash's leftover.
    QVERIFY(SessionJournal::unfinished(journalDir()).isEmpty());
    QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QCOMPARE(SessionJournal::unfinished(journalDir()), QStringList { path });
    const SessionExporter::ImportResult result = SessionJournal::recover(path);
    QVERIFY(result.ok);
    QVERIFY(result.read.issues.isEmpty());
    QVERIFY(!result.read.truncated);
    QCOMPARE(result.log->size(), SessionLog::Index(Count));
    for (int i = 0; i < Count; ++i)
        QCOMPARE(result.log->entry(SessionLog::Index(i)), recovered(sample::numbered(i)));
    QVERIFY(!readAll(path).contains(sample::SecretPin));
}

void tst_SessionJournal::openFailure()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SessionJournal journal(blocker.fileName() + QStringLiteral("/journal")); // under a plain file
    QVERIFY(!journal.open());
    QVERIFY(!journal.isOpen());
    QVERIFY(!journal.errorString().isEmpty());
    journal.append(sample::numbered(0)); // harmless
    QCOMPARE(journal.entriesWritten(), 0);
}

QTEST_GUILESS_MAIN(tst_SessionJournal)
#include "tst_sessionjournal.moc"
