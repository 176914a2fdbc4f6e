// SessionExporter: every format from a SessionLog or a filtered view, files 0600, secrets
// absent from every masked file (and present when the session is unmasked, so the check can
// fail), progress, a cancel or a failure leaves no file, and the JSON Lines import gives the
// log back exactly (a cancelled import gives nothing).
#include "log/logfields.h"
#include "log/sessionexporter.h"
#include "sampleentries.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace smartcard;

Q_DECLARE_METATYPE(smartcard::SessionFileFormat)

namespace {

std::unique_ptr<SessionLog> sampleLog()
{
    auto log = std::make_unique<SessionLog>();
    for (const LogEntry &entry : sample::session())
        log->append(entry);
    return log;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The secret of sample::verify() as each format could spell it.
bool containsSecret(const QByteArray &bytes)
{
    return bytes.contains("31323334") || bytes.contains("31 32 33 34")
        || bytes.contains("1234\xFF\xFF\xFF\xFF");
}

LogEntry bigEntry(qint64 i)
{
    return sample::exchange(
        "00 B0 00 00 10", "01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 10", 0x9000, std::uint32_t(i + 1));
}

} // namespace

class tst_SessionExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void formats_data();
    void formats();
    void overwriteKeepsOwnerOnly();
    void filteredView();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void failureLeavesNoFile();
    void importRoundTrip();
    void importCancelled();
    void importMissingFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SessionExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SessionExporter::formats_data()
{
    QTest::addColumn<SessionFileFormat>("format");
    QTest::addColumn<bool>("mask");
    QTest::addColumn<QByteArray>("start");
    for (bool mask : { true, false }) {
        const char *suffix = mask ? ", masked" : ", unmasked";
        QTest::addRow("JSON Lines%s", suffix)
            << SessionFileFormat::JsonLines << mask << QByteArray("{\"format\"");
        QTest::addRow("CSV%s", suffix) << SessionFileFormat::Csv << mask << QByteArray("time,timeNs,kind");
        QTest::addRow("scriptor%s", suffix)
            << SessionFileFormat::Scriptor << mask << QByteArray("# CardScope");
        QTest::addRow("pcapng%s", suffix)
            << SessionFileFormat::Pcapng << mask << QByteArray("\x0A\x0D\x0D\x0A");
    }
}

void tst_SessionExporter::formats()
{
    QFETCH(SessionFileFormat, format);
    QFETCH(bool, mask);
    QFETCH(QByteArray, start);
    const auto log = sampleLog();
    const QString path = m_dir->filePath(QStringLiteral("session.") + SessionExporter::fileSuffix(format));
    QList<qint64> progress;
    LogTaskControl control;
    control.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(log->size()));
        progress << done;
    };
    const SessionExporter::Result result
        = SessionExporter::exportLog(*log, nullptr, path, format, { mask, 0, {} }, control);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.entries, qint64(log->size()));
    QCOMPARE(progress.last(), qint64(log->size()));
    const QByteArray bytes = readAll(path);
    QCOMPARE(result.bytes, bytes.size());
    QVERIFY(bytes.startsWith(start));
    QCOMPARE(QFile::permissions(path) & 0x7777,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(containsSecret(bytes), !mask);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QFileInfo(path).fileName() });
}

void tst_SessionExporter::overwriteKeepsOwnerOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("old.jsonl"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    QVERIFY(QFile::setPermissions(path,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto log = sampleLog();
    QVERIFY(SessionExporter::exportLog(*log, nullptr, path, SessionFileFormat::JsonLines, {}).ok);
    QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    QVERIFY(readAll(path).startsWith("{\"format\""));
}

void tst_SessionExporter::filteredView()
{
    const auto log = sampleLog();
    const std::vector<SessionLog::Index> rows { 1, 4, 8 };
    const QString path = m_dir->filePath(QStringLiteral("view.jsonl"));
    const SessionExporter::Result result
        = SessionExporter::exportLog(*log, &rows, path, SessionFileFormat::JsonLines, {});
    QVERIFY(result.ok);
    QCOMPARE(result.entries, 3);
    const SessionExporter::ImportResult imported = SessionExporter::importJsonLines(path);
    QVERIFY(imported.ok);
    QCOMPARE(imported.log->size(), 3u);
    const QList<LogEntry> entries = sample::session();
    Bytes scratch;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        LogEntry expected = entries[rows[i]];
        expected.command = logfields::commandForFile(expected, true, scratch);
        expected.set(LogEntry::Imported);
        QCOMPARE(imported.log->entry(SessionLog::Index(i)), expected);
    }
}

void tst_SessionExporter::cancelLeavesNoFile_data()
{
    QTest::addColumn<SessionFileFormat>("format");
    QTest::addColumn<bool>("existing");
    QTest::newRow("JSON Lines, new file") << SessionFileFormat::JsonLines << false;
    QTest::newRow("pcapng, new file") << SessionFileFormat::Pcapng << false;
    QTest::newRow("CSV over an existing file") << SessionFileFormat::Csv << true;
}

void tst_SessionExporter::cancelLeavesNoFile()
{
    QFETCH(SessionFileFormat, format);
    QFETCH(bool, existing);
    const QString path = m_dir->filePath(QStringLiteral("big.out"));
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    std::atomic<bool> cancel = false;
    LogTaskControl control;
    qint64 reported = 0;
    control.progress = [&](qint64 done, qint64) {
        reported = done;
        if (done >= 50000)
            cancel = true;
    };
    control.cancel = &cancel;
    const SessionExporter::Result result
        = SessionExporter::exportEntries(1'000'000, bigEntry, path, format, {}, control);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.error.isEmpty());
    QVERIFY(reported >= 50000 && reported < 1'000'000);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
        existing ? QStringList { QStringLiteral("big.out") } : QStringList());
    if (existing)
        QCOMPARE(readAll(path), QByteArray("keep me"));
}

void tst_SessionExporter::failureLeavesNoFile()
{
    const auto log = sampleLog();
    const QString path = m_dir->filePath(QStringLiteral("no/such/dir/session.jsonl"));
    const SessionExporter::Result result
        = SessionExporter::exportLog(*log, nullptr, path, SessionFileFormat::JsonLines, {});
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void tst_SessionExporter::importRoundTrip()
{
    const auto log = sampleLog();
    const QString path = m_dir->filePath(QStringLiteral("session.jsonl"));
    QVERIFY(
        SessionExporter::exportLog(*log, nullptr, path, SessionFileFormat::JsonLines, { false, 0, {} }).ok);
    QList<qint64> progress;
    LogTaskControl control;
    control.progress = [&](qint64 done, qint64) { progress << done; };
    const SessionExporter::ImportResult imported = SessionExporter::importJsonLines(path, control);
    QVERIFY(imported.ok);
    QVERIFY(imported.read.issues.isEmpty());
    QVERIFY(!imported.read.header.masked);
    QCOMPARE(progress.last(), QFileInfo(path).size());
    QCOMPARE(imported.log->size(), log->size());
    for (SessionLog::Index i = 0; i < log->size(); ++i) {
        LogEntry expected = log->entry(i);
        expected.set(LogEntry::Imported);
        QCOMPARE(imported.log->entry(i), expected);
    }
}

void tst_SessionExporter::importCancelled()
{
    const QString path = m_dir->filePath(QStringLiteral("big.jsonl"));
    QVERIFY(SessionExporter::exportEntries(20000, bigEntry, path, SessionFileFormat::JsonLines, {}).ok);
    std::atomic<bool> cancel = false;
    LogTaskControl control;
    control.progress = [&](qint64, qint64) { cancel = true; };
    control.cancel = &cancel;
    const SessionExporter::ImportResult imported = SessionExporter::importJsonLines(path, control);
    QVERIFY(!imported.ok);
    QVERIFY(imported.read.cancelled);
    QVERIFY(!imported.log);
}

void tst_SessionExporter::importMissingFile()
{
    const SessionExporter::ImportResult imported
        = SessionExporter::importJsonLines(m_dir->filePath(QStringLiteral("absent.jsonl")));
    QVERIFY(!imported.ok);
    QVERIFY(!imported.read.ioError.isEmpty());
    QVERIFY(!imported.log);
}

QTEST_GUILESS_MAIN(tst_SessionExporter)
#include "tst_sessionexporter.moc"
