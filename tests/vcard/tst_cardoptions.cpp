#include "cardoptions.h"
#include "testbytes.h"

#include <QStringList>
#include <QTest>

using namespace cardscope::vcard;
using namespace cardscope::vcard::test;

namespace {

std::vector<std::string> arguments(const QString &line)
{
    std::vector<std::string> out;
    for (const QString &word : line.split(' ', Qt::SkipEmptyParts))
        out.push_back(word.toStdString());
    return out;
}

} // namespace

class TestCardOptions : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void helpDocumentsTheInterface();
};

void TestCardOptions::valid_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("atr");
    QTest::addColumn<bool>("insert");

    QTest::newRow("defaults") << "--port 35963" << 35963 << "t1"
                              << "3B 9E 95 81 31 FE 45 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 E5" << true;
    QTest::newRow("t0 removed") << "--profile t0 --port 1 --no-insert" << 1 << "t0"
                                << "3B 1E 95 80 31 E0 52 43 53 73 F2 21 00 83 05 90 00" << false;
    QTest::newRow("ATR override") << "--port 9 --atr 3B:02:14:50 --profile t0" << 9 << "t0"
                                  << "3B 02 14 50" << true;
}

void TestCardOptions::valid()
{
    QFETCH(QString, line);
    QFETCH(int, port);
    QFETCH(QString, profile);
    QFETCH(QString, atr);
    QFETCH(bool, insert);

    std::string error;
    const auto options = CardOptions::parse(arguments(line), error);
    QVERIFY2(options, error.c_str());
    QCOMPARE(int(options->port()), port);
    QCOMPARE(QString::fromStdString(options->profile().name()), profile);
    QCOMPARE(hex(options->profile().atr()), atr);
    QCOMPARE(options->insertAtStart(), insert);
    QCOMPARE(QString::fromStdString(options->host()), QString("127.0.0.1"));
}

void TestCardOptions::invalid_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("no port") << "--profile t0"
                             << "--port is required";
    QTest::newRow("port zero") << "--port 0"
                               << "--port needs";
    QTest::newRow("port too big") << "--port 70000"
                                  << "--port needs";
    QTest::newRow("port missing value") << "--port"
                                        << "needs a value";
    QTest::newRow("bad profile") << "--port 1 --profile t2"
                                 << "--profile must be";
    QTest::newRow("bad ATR hex") << "--port 1 --atr 3B0"
                                 << "--atr needs";
    QTest::newRow("PIN too long") << "--port 1 --pin 123456789"
                                  << "--pin needs";
    QTest::newRow("bad seed") << "--port 1 --seed x"
                              << "--seed needs";
    QTest::newRow("unknown option") << "--port 1 --colour red"
                                    << "unknown option";
}

void TestCardOptions::invalid()
{
    QFETCH(QString, line);
    QFETCH(QString, errorPart);

    std::string error;
    QVERIFY(!CardOptions::parse(arguments(line), error));
    QVERIFY2(QString::fromStdString(error).contains(errorPart), error.c_str());
}

void TestCardOptions::helpDocumentsTheInterface()
{
    std::string error;
    const auto options = CardOptions::parse({ "--help" }, error);
    QVERIFY(options && options->helpRequested());
    const QString help = QString::fromStdString(CardOptions::helpText());
    const QStringList words { "--port", "--host", "--profile", "--atr", "--pin", "--no-insert", "--seed",
        "insert", "remove", "fault", "status", "quit", "ready", "event disconnected", "error connect" };
    for (const QString &word : words)
        QVERIFY2(help.contains(word), qPrintable(word));
}

QTEST_APPLESS_MAIN(TestCardOptions)
#include "tst_cardoptions.moc"
