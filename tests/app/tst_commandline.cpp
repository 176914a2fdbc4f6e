#include "commandline.h"
#include "version.h"

#include <QTest>

// cardscope's command line: every row is what a user may type.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void versionNamesQtAndPcscLite();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("output"); // a part of the output

    using A = CommandLine::Action;
    QTest::newRow("nothing") << QStringList() << int(A::Run) << QString() << QString();
    QTest::newRow("--reader NAME") << QStringList({ "--reader", "ACS ACR 38U 00 00" }) << int(A::Run)
                                   << QStringLiteral("ACS ACR 38U 00 00") << QString();
    QTest::newRow("--reader=NAME") << QStringList({ "--reader=Rig 0" }) << int(A::Run)
                                   << QStringLiteral("Rig 0") << QString();
    QTest::newRow("--help") << QStringList({ "--help" }) << int(A::Help) << QString()
                            << QStringLiteral("--reader <NAME>");
    QTest::newRow("-h") << QStringList({ "-h" }) << int(A::Help) << QString() << QStringLiteral("--version");
    QTest::newRow("--version") << QStringList({ "--version" }) << int(A::Version) << QString()
                               << QStringLiteral("CardScope " CARDSCOPE_VERSION);
    QTest::newRow("--reader without a name") << QStringList({ "--reader" }) << int(A::Error) << QString()
                                             << QStringLiteral("Missing value after '--reader'");
    QTest::newRow("--reader with a blank name") << QStringList({ "--reader", "  " }) << int(A::Error)
                                                << QString() << QStringLiteral("needs a reader name");
    QTest::newRow("unknown option") << QStringList({ "--frobnicate" }) << int(A::Error) << QString()
                                    << QStringLiteral("Unknown option 'frobnicate'");
    QTest::newRow("stray argument") << QStringList({ "ACS" }) << int(A::Error) << QString()
                                    << QStringLiteral("unexpected argument 'ACS'");
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QString, reader);
    QFETCH(QString, output);

    arguments.prepend(QStringLiteral("cardscope"));
    const CommandLine commandLine = CommandLine::parse(arguments);
    QCOMPARE(int(commandLine.action()), action);
    QCOMPARE(commandLine.reader(), reader);
    QVERIFY2(commandLine.output().contains(output), qPrintable(commandLine.output()));
    QCOMPARE(commandLine.exitCode(), action == int(CommandLine::Action::Error) ? 1 : 0);
    if (action == int(CommandLine::Action::Help))
        QVERIFY2(commandLine.output().startsWith(QStringLiteral("Usage: cardscope ")),
            qPrintable(commandLine.output()));
}

void TestCommandLine::versionNamesQtAndPcscLite()
{
    const QString text = CommandLine::versionText();
    QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("built against pcsc-lite 1.")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
