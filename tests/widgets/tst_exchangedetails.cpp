#include "sessionlog/exchangedetails.h"
#include "sessionlogentries.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using smartcard::LogEntry;

namespace {

QString text(const ExchangeDetails &details, const char *objectName)
{
    const auto *label = details.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

// The TLV tree as "tag name" lines, children indented by two spaces.
QStringList treeLines(const QTreeWidget *tree)
{
    QStringList lines;
    const std::function<void(const QTreeWidgetItem *, int)> walk
        = [&](const QTreeWidgetItem *item, int depth) {
              lines << QString(depth * 2, u' ') + item->text(0) + u' ' + item->text(1);
              for (int i = 0; i < item->childCount(); ++i)
                  walk(item->child(i), depth + 1);
          };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i), 0);
    return lines;
}

} // namespace

class TestExchangeDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entries_data();
    void entries();
    void unmaskedShowsSecret();
    void notAnExchange();
    void malformedApdu();
    void annotationEdit();
    void originLink();
};

void TestExchangeDetails::entries_data()
{
    QTest::addColumn<LogEntry>("entry");
    QTest::addColumn<qint64>("originNumber");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<QString>("ins");
    QTest::addColumn<QString>("lc");
    QTest::addColumn<QString>("le");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("sw"); // a part of the SW text
    QTest::addColumn<QStringList>("tlv");
    QTest::addColumn<QString>("ascii");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<QString>("error"); // a part of the error text
    QTest::addColumn<QString>("origin"); // a part of the origin text

    const QString iso = QStringLiteral("ISO/IEC 7816-4");
    QTest::newRow("SELECT by AID, FCI response")
        << logsample::selectFci() << qint64(0) << QStringLiteral("SELECT (by DF name)") << iso
        << QStringLiteral("A4") << QStringLiteral("7 (7)") << QStringLiteral("256 (100)")
        << QStringLiteral("00 A4 04 00 07 A0 00 00 00 03 10 10 00") << QStringLiteral("90 00")
        << QStringList { QStringLiteral("6F FCI template").trimmed(), QStringLiteral("  84 "),
               QStringLiteral("  A5 "), QStringLiteral("    50 ") }
        << QStringLiteral("o............P.VISA") << false << QString() << QString();
    QTest::newRow("VERIFY, PIN masked")
        << logsample::verify() << qint64(0) << QStringLiteral("VERIFY") << iso << QStringLiteral("20")
        << QStringLiteral("8 (8)") << QStringLiteral("absent")
        << QStringLiteral("00 20 00 81 08 •• •• •• •• •• •• •• ••") << QStringLiteral("63 C2")
        << QStringList {} << QString() << true << QString() << QString();
    QTest::newRow("GET RESPONSE linked to its SELECT")
        << logsample::getResponse() << qint64(4) << QStringLiteral("GET RESPONSE") << iso
        << QStringLiteral("C0") << QStringLiteral("absent (case 2 short)") << QStringLiteral("28 (1C)")
        << QStringLiteral("00 C0 00 00 1C") << QStringLiteral("90 00")
        << QStringList { QStringLiteral("6F FCI template").trimmed(), QStringLiteral("  84 "),
               QStringLiteral("  A5 "), QStringLiteral("    50 ") }
        << QStringLiteral("o............P.VISA") << false << QString() << QStringLiteral("#4");
    QTest::newRow("failed READ BINARY")
        << logsample::failedRead() << qint64(0) << QStringLiteral("READ BINARY") << iso
        << QStringLiteral("B0") << QStringLiteral("absent (case 2 short)") << QStringLiteral("16 (10)")
        << QStringLiteral("00 B0 00 00 10") << QString() << QStringList {} << QString() << false
        << QStringLiteral("The smart card has been removed (0x80100069)") << QString();
}

void TestExchangeDetails::entries()
{
    QFETCH(LogEntry, entry);
    QFETCH(qint64, originNumber);
    QFETCH(QString, name);
    QFETCH(QString, standard);
    QFETCH(QString, ins);
    QFETCH(QString, lc);
    QFETCH(QString, le);
    QFETCH(QString, command);
    QFETCH(QString, sw);
    QFETCH(QStringList, tlv);
    QFETCH(QString, ascii);
    QFETCH(bool, masked);
    QFETCH(QString, error);
    QFETCH(QString, origin);

    ExchangeDetails details;
    QCOMPARE(details.objectName(), QStringLiteral("exchangeDetails"));
    QVERIFY(!details.hasEntry());
    details.setEntry(entry, false, originNumber);
    QVERIFY(details.hasEntry());
    QCOMPARE(text(details, "exchangeCommandName"), name);
    QCOMPARE(text(details, "exchangeStandard"), standard);
    QVERIFY(text(details, "exchangeCla").startsWith(QStringLiteral("00  interindustry")));
    QCOMPARE(text(details, "exchangeIns"), ins);
    QCOMPARE(text(details, "exchangeLc"), lc);
    QCOMPARE(text(details, "exchangeLe"), le);
    QCOMPARE(text(details, "exchangeCommand"), command);
    if (sw.isEmpty())
        QCOMPARE(text(details, "exchangeSw"), QString());
    else
        QVERIFY2(text(details, "exchangeSw").startsWith(sw + u':'), qPrintable(text(details, "exchangeSw")));
    const QStringList lines = treeLines(details.findChild<QTreeWidget *>(QStringLiteral("exchangeTlvTree")));
    QCOMPARE(lines.size(), tlv.size());
    for (int i = 0; i < tlv.size(); ++i)
        QVERIFY2(lines[i].startsWith(tlv[i]), qPrintable(lines[i]));
    QCOMPARE(details.findChild<QPlainTextEdit *>(QStringLiteral("exchangeAscii"))->toPlainText(), ascii);
    QCOMPARE(!text(details, "exchangeMasking").isEmpty(), masked);
    if (masked)
        QVERIFY(text(details, "exchangeMasking").contains(QStringLiteral("masked")));
    QCOMPARE(text(details, "exchangeError"), error);
    QVERIFY2(origin.isEmpty() ? text(details, "exchangeOrigin").isEmpty()
                              : text(details, "exchangeOrigin").contains(origin),
        qPrintable(text(details, "exchangeOrigin")));

    details.clearEntry();
    QVERIFY(!details.hasEntry());
    QCOMPARE(text(details, "exchangeCommand"), QString());
    QCOMPARE(details.findChild<QTreeWidget *>(QStringLiteral("exchangeTlvTree"))->topLevelItemCount(), 0);
}

void TestExchangeDetails::unmaskedShowsSecret()
{
    ExchangeDetails details;
    details.setEntry(logsample::verify(), true);
    QCOMPARE(text(details, "exchangeCommand"), QStringLiteral("00 20 00 81 08 31 32 33 34 FF FF FF FF"));
    QVERIFY(text(details, "exchangeMasking").contains(QStringLiteral("unmasked")));
}

void TestExchangeDetails::notAnExchange()
{
    ExchangeDetails details;
    details.setEntry(logsample::connect(), false);
    QVERIFY(text(details, "exchangeKind").startsWith(QStringLiteral("connect")));
    QCOMPARE(text(details, "exchangeCommandName"), QString());
    QCOMPARE(text(details, "exchangeIns"), QString());
    QCOMPARE(text(details, "exchangeSw"), QString());
}

void TestExchangeDetails::malformedApdu()
{
    ExchangeDetails details;
    // Lc says 7 bytes, 2 follow: the fields say where it goes wrong, nothing is invented.
    details.setEntry(logsample::exchange("00 A4 04 00 07 A0 00", "", 0x6700, 1), false);
    QCOMPARE(text(details, "exchangeCommandName"), QStringLiteral("SELECT (by DF name)"));
    QVERIFY2(text(details, "exchangeLc").contains(QStringLiteral("at byte")),
        qPrintable(text(details, "exchangeLc")));
    QCOMPARE(text(details, "exchangeLe"), QString());
    details.setEntry(logsample::exchange("00 A4", "", 0x6700, 2), false);
    QVERIFY(text(details, "exchangeLc").startsWith(QStringLiteral("not an APDU")));
    // A response that is not BER-TLV: the tree shows the problem, the ASCII the bytes.
    details.setEntry(logsample::exchange("00 B0 00 00 02", "6F 05 01", 0x9000, 3), false);
    const QStringList lines = treeLines(details.findChild<QTreeWidget *>(QStringLiteral("exchangeTlvTree")));
    QVERIFY2(lines.join(u'\n').contains(QStringLiteral("problem")), qPrintable(lines.join(u'\n')));
}

void TestExchangeDetails::annotationEdit()
{
    ExchangeDetails details;
    auto *edit = details.findChild<QLineEdit *>(QStringLiteral("exchangeAnnotation"));
    QVERIFY(edit);
    QVERIFY(!edit->isEnabled()); // nothing to annotate yet
    LogEntry entry = logsample::selectFci();
    entry.annotation = QStringLiteral("first");
    details.setEntry(entry, false);
    QCOMPARE(edit->text(), QStringLiteral("first"));
    QSignalSpy edited(&details, &ExchangeDetails::annotationEdited);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("VISA app"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("VISA app"));
    QTest::keyClick(edit, Qt::Key_Return); // unchanged: not sent again
    QCOMPARE(edited.count(), 1);
    details.setAnnotationEditable(false);
    QVERIFY(!edit->isEnabled());
}

void TestExchangeDetails::originLink()
{
    ExchangeDetails details;
    details.setEntry(logsample::getResponse(), false, 4);
    QSignalSpy requested(&details, &ExchangeDetails::originRequested);
    auto *origin = details.findChild<QLabel *>(QStringLiteral("exchangeOrigin"));
    Q_EMIT origin->linkActivated(QStringLiteral("#origin"));
    QCOMPARE(requested.count(), 1);
    details.setEntry(logsample::getResponse(), false, 0);
    QVERIFY(text(details, "exchangeOrigin").contains(QStringLiteral("not in this log")));
}

QTEST_MAIN(TestExchangeDetails)
#include "tst_exchangedetails.moc"
