#include "atr/smartcardlist.h"
#include "atrtesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using smartcard::SmartcardList;

class TestSmartcardList : public QObject
{
    Q_OBJECT

private slots:
    void identify_data();
    void identify();
    void everyEntryRead();
    void malformedLines_data();
    void malformedLines();
    void notInstalled();
    void userListsComeFirst();
    void paths();

private:
    static QString testList() { return QStringLiteral(CARDSCOPE_ATR_TEST_DATA "/smartcard_list_test.txt"); }
};

void TestSmartcardList::identify_data()
{
    QTest::addColumn<QString>("atr");
    QTest::addColumn<QStringList>("descriptions");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("literal and class: two entries")
        << "3B 02 14 50"
        << QStringList { "CardScope test card A (literal ATR)",
               "CardScope test card family A (class with a range)", "second description line of family A" }
        << QList<int> { 4, 7 };
    QTest::newRow("class only") << "3B 02 14 40"
                                << QStringList { "CardScope test card family A (class with a range)",
                                       "second description line of family A" }
                                << QList<int> { 7 };
    QTest::newRow("wildcard and .*")
        << "3B 88 80 01 00 11 22 33 44 55 66 77 88"
        << QStringList { "CardScope T=1 test cards (wildcard nibble, then anything)" } << QList<int> { 11 };
    QTest::newRow("lower-case pattern, comma class")
        << "3B 0A 00 31 80 73 80 21 40 07 90 00"
        << QStringList { "CardScope category 00 card, operational (lower-case hex, comma class)" }
        << QList<int> { 14 };
    QTest::newRow("description after a blank line")
        << "3F 23 00 41 42 43"
        << QStringList { "CardScope inverse convention card",
               "a description after a blank line belongs to the entry before it" }
        << QList<int> { 17 };
    QTest::newRow("unknown card") << "3B 00" << QStringList {} << QList<int> {};
}

void TestSmartcardList::identify()
{
    QFETCH(QString, atr);
    QFETCH(QStringList, descriptions);
    QFETCH(QList<int>, lines);
    SmartcardList list;
    list.load({ testList() });
    QCOMPARE(list.state(), SmartcardList::State::Loaded);
    QCOMPARE(list.identify(bytesOf(atr)), descriptions);
    QList<int> matchedLines;
    for (const SmartcardList::Entry *entry : list.match(bytesOf(atr)))
        matchedLines << entry->line;
    QCOMPARE(matchedLines, lines);
}

void TestSmartcardList::everyEntryRead()
{
    SmartcardList list;
    QVERIFY(list.loadFile(testList()));
    QCOMPARE(list.entries().size(), std::size_t(5));
    QVERIFY(list.problems().empty());
    QCOMPARE(list.loadedFiles(), QStringList { testList() });
    QCOMPARE(list.entries().front().source, testList());
}

void TestSmartcardList::malformedLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("problems"); // "line: message"
    QTest::addColumn<int>("entries");

    QTest::newRow("description before any pattern")
        << "\tlost description\n3B 00\n\tcard\n"
        << QStringList { "1: description line without an ATR pattern before it" } << 1;
    QTest::newRow("bad pattern, its descriptions skipped quietly")
        << "3B 0[12\n\tbad card\n\tmore\n3B 00\n\tgood card\n"
        << QStringList { "1: bad ATR pattern, column 5: '[' is not closed" } << 1;
    QTest::newRow("pattern without a description")
        << "3B 00\n3B 01\n\tcard\n"
        << QStringList { "1: ATR pattern without a description" } << 2;
    QTest::newRow("text that is no pattern")
        << "Hello world\n\tx\n"
        << QStringList { "1: bad ATR pattern, column 1: unexpected character 'H'" } << 0;
    QTest::newRow("CRLF line ends and comments") << "# c\r\n3B 00\r\n\tcard\r\n" << QStringList {} << 1;
    QTest::newRow("empty text") << "" << QStringList {} << 0;
}

void TestSmartcardList::malformedLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, problems);
    QFETCH(int, entries);
    SmartcardList list;
    list.parse(text, QStringLiteral("inline"));
    QStringList actual;
    for (const SmartcardList::Problem &problem : list.problems()) {
        QCOMPARE(problem.source, QStringLiteral("inline"));
        actual << QStringLiteral("%1: %2").arg(problem.line).arg(problem.message);
    }
    QCOMPARE(actual, problems);
    QCOMPARE(int(list.entries().size()), entries);
    QVERIFY(list.entries().empty() || list.entries().back().descriptions.last() != QStringLiteral("\r"));
}

void TestSmartcardList::notInstalled()
{
    SmartcardList list;
    QCOMPARE(list.state(), SmartcardList::State::NotLoaded);
    list.load({ QStringLiteral("/nonexistent/smartcard_list.txt") });
    QCOMPARE(list.state(), SmartcardList::State::NotInstalled);
    QVERIFY(!list.isInstalled());
    QVERIFY(list.problems().empty());
    QVERIFY(list.identify(bytesOf("3B 02 14 50")).isEmpty());
}

void TestSmartcardList::userListsComeFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString user = dir.filePath(QStringLiteral("user.txt"));
    QFile file(user);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("3B 02 14 50\n\tmy own note on card A\n");
    file.close();
    SmartcardList list;
    list.load({ user, QStringLiteral("/nonexistent/list.txt"), testList() });
    QCOMPARE(list.loadedFiles(), (QStringList { user, testList() }));
    QCOMPARE(list.identify(bytesOf("3B 02 14 50")).first(), QStringLiteral("my own note on card A"));
}

void TestSmartcardList::paths()
{
    QCOMPARE(SmartcardList::systemPath(), QStringLiteral("/usr/share/pcsc/smartcard_list.txt"));
    const QStringList user = SmartcardList::userPaths();
    QCOMPARE(user.size(), 2);
    QVERIFY(user.at(0).endsWith(QStringLiteral("/cardscope/smartcard_list.txt")));
    QVERIFY(user.at(1).endsWith(QStringLiteral("/.smartcard_list.txt")));
}

QTEST_GUILESS_MAIN(TestSmartcardList)
#include "tst_smartcardlist.moc"
