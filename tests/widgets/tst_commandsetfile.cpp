#include "console/commandsetfile.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Command set files: a round trip, and every kind of bad file reported with what was wrong
// and where, loading nothing.
class TestCommandSetFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void badFiles_data();
    void badFiles();
    void missingFile();
};

void TestCommandSetFile::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<CommandSetEntry> entries { { QStringLiteral("SELECT MF"),
                                               QStringLiteral("00 A4 00 0C 02 3F 00") },
        { QStringLiteral("VERIFY \"1234\""), QStringLiteral("00:20:00:81:08:31:32:33:34:FF:FF:FF:FF") },
        { QStringLiteral("ÉCHO"), QStringLiteral("80EE000000") } };
    const QString path = dir.filePath(QStringLiteral("set.json"));
    QCOMPARE(CommandSetFile::save(path, entries), QString());
    QCOMPARE(QFileInfo(path).permissions()
            & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
        QFile::Permissions());
    const CommandSetLoadResult loaded = CommandSetFile::load(path);
    QVERIFY2(loaded.isValid(), qPrintable(loaded.error));
    QCOMPARE(loaded.entries, entries);
}

void TestCommandSetFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "not JSON: ";
    QTest::newRow("a list") << QByteArray("[]") << "the JSON is not an object";
    QTest::newRow("other format") << QByteArray(R"({"format": "x", "version": 1, "commands": []})")
                                  << "\"format\" is not \"cardscope-command-set\"";
    QTest::newRow("newer version") << QByteArray(
        R"({"format": "cardscope-command-set", "version": 2, "commands": []})")
                                   << "command set version 2 is not supported";
    QTest::newRow("no commands") << QByteArray(R"({"format": "cardscope-command-set", "version": 1})")
                                 << "\"commands\" is missing or not a list";
    QTest::newRow("entry without apdu")
        << QByteArray(R"({"format": "cardscope-command-set", "version": 1, "commands": [{"name": "a"}]})")
        << "command 1: needs a \"name\" and an \"apdu\" text";
    QTest::newRow("entry not an object")
        << QByteArray(R"({"format": "cardscope-command-set", "version": 1, "commands": [3]})")
        << "command 1: needs";
    QTest::newRow("bad hex in the second")
        << QByteArray(R"({"format": "cardscope-command-set", "version": 1, "commands": [)"
                      R"({"name": "a", "apdu": "00 84 00 00 08"}, {"name": "b", "apdu": "00 84 0G"}]})")
        << "command 2 (\"b\"): apdu, column 8: 'G' is not a hex digit";
    QTest::newRow("impossible length")
        << QByteArray(R"({"format": "cardscope-command-set", "version": 1, "commands": [)"
                      R"({"name": "a", "apdu": "00 A4 04 00 05 A0"}]})")
        << "command 1 (\"a\"): apdu, column 13: Lc is 5";
}

void TestCommandSetFile::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const CommandSetLoadResult result = CommandSetFile::fromJson(json);
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY(result.entries.isEmpty()); // all or nothing
}

void TestCommandSetFile::missingFile()
{
    const CommandSetLoadResult result = CommandSetFile::load(QStringLiteral("/nonexistent/set.json"));
    QVERIFY(!result.isValid());
    QVERIFY2(result.error.startsWith(QLatin1String("cannot read /nonexistent/set.json")),
        qPrintable(result.error));
    QVERIFY(!CommandSetFile::save(QStringLiteral("/nonexistent/set.json"), {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandSetFile)
#include "tst_commandsetfile.moc"
