// AtrDetailsWidget offscreen: what the emulated card's ATRs show (historical bytes, TCK
// status, parameters), the problems of bad ATRs with their offsets, and the identification
// from a smartcard_list.txt that is missing or holds two matching entries.
#include "atr/smartcardlist.h"
#include "atrdetails/atrbreakdownmodel.h"
#include "atrdetails/atrdetailswidget.h"
#include "util/hexparser.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

namespace {

const char *const T1Atr = "3B 9E 95 81 31 FE 45 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 E5";
const char *const T0Atr = "3B 1E 95 80 31 E0 52 43 53 73 F2 21 00 83 05 90 00";

QByteArray bytes(const QString &hex)
{
    const smartcard::Bytes parsed = smartcard::HexParser::parse(hex).bytes;
    return QByteArray(reinterpret_cast<const char *>(parsed.data()), qsizetype(parsed.size()));
}

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

QTreeWidgetItem *findTopLevel(const QTreeWidget *tree, const QString &text)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestAtrDetailsWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyState();
    void emulatedT1Atr();
    void historicalBytesDecoded();
    void tckStatus_data();
    void tckStatus();
    void problemsListed_data();
    void problemsListed();
    void problemSelectsItsByte();
    void identificationNotInstalled();
    void identificationAllCandidates();
    void identificationNotInList();
    void copyAtr();
    void copyBytes();
    void sameAtrKeepsTheSelection();

private:
    template<typename T> T *child(const char *name) const
    {
        auto *found = m_widget->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void waitForList();

    std::unique_ptr<AtrDetailsWidget> m_widget;
    QTemporaryDir m_dir;
};

void TestAtrDetailsWidget::init()
{
    m_widget = std::make_unique<AtrDetailsWidget>();
    // No test depends on what this machine has installed.
    m_widget->setSmartcardListPaths({ m_dir.filePath("missing.txt") });
    QSignalSpy loaded(m_widget.get(), &AtrDetailsWidget::smartcardListLoaded);
    QVERIFY(loaded.wait());
    m_widget->resize(900, 700);
    m_widget->show();
}

void TestAtrDetailsWidget::cleanup()
{
    m_widget.reset();
}

void TestAtrDetailsWidget::waitForList()
{
    QTRY_VERIFY(m_widget->isSmartcardListLoaded());
}

void TestAtrDetailsWidget::emptyState()
{
    QCOMPARE(m_widget->objectName(), QStringLiteral("atrDetails"));
    QVERIFY(m_widget->smartcardListPaths().size() == 1);
    QVERIFY(AtrDetailsWidget().smartcardListPaths().contains(smartcard::SmartcardList::systemPath()));
    auto *emptyState = child<QLabel>("atrEmptyState");
    QVERIFY(emptyState->isVisible());
    QCOMPARE(emptyState->text(), QStringLiteral("Select a card to see its ATR"));
    QVERIFY(!child<QTableView>("atrBreakdown")->isVisible());

    m_widget->setAtr(bytes(T1Atr));
    QVERIFY(!emptyState->isVisible());
    QVERIFY(child<QTableView>("atrBreakdown")->isVisible());
    m_widget->setAtr({});
    QVERIFY(emptyState->isVisible());
    QCOMPARE(m_widget->breakdownModel()->rowCount(), 0);
    QCOMPARE(child<QTreeWidget>("atrHistorical")->topLevelItemCount(), 0);
    QCOMPARE(child<QLineEdit>("atrHex")->text(), QString());
}

void TestAtrDetailsWidget::emulatedT1Atr()
{
    m_widget->setAtr(bytes(T1Atr));
    QCOMPARE(child<QLineEdit>("atrHex")->text(), QString(T1Atr));
    QVERIFY(child<QLineEdit>("atrHex")->isReadOnly());
    QCOMPARE(child<QLabel>("atrConvention")->text(), QStringLiteral("direct (TS 3B)"));
    QCOMPARE(child<QLabel>("atrProtocols")->text(),
        QStringLiteral("T=1 offered; negotiable mode: default T=1, the first offered"));
    QCOMPARE(child<QLabel>("atrTransmission")->text(), QStringLiteral("Fi=512, Di=16, f max=5 MHz (TA1)"));
    QCOMPARE(child<QLabel>("atrT1Parameters")->text(),
        QStringLiteral("IFSC=254, BWI=4, CWI=5, error detection LRC"));
    QVERIFY(child<QLabel>("atrT1Parameters")->isVisible());
    QVERIFY(!child<QLabel>("atrT0Parameters")->isVisible());
    QCOMPARE(m_widget->breakdownModel()->rowCount(), 22);
    QCOMPARE(itemTexts(child<QListWidget>("atrProblems")), QStringList { "No problems found" });

    m_widget->setAtr(bytes(T0Atr));
    QCOMPARE(child<QLabel>("atrProtocols")->text(),
        QStringLiteral("T=0 offered; negotiable mode: default T=0, the first offered"));
    QCOMPARE(child<QLabel>("atrT0Parameters")->text(), QStringLiteral("WI=10 (default)"));
    QVERIFY(child<QLabel>("atrT0Parameters")->isVisible());
    QVERIFY(!child<QLabel>("atrT1Parameters")->isVisible());
}

void TestAtrDetailsWidget::historicalBytesDecoded()
{
    m_widget->setAtr(bytes(T1Atr));
    auto *tree = child<QTreeWidget>("atrHistorical");
    QStringList items;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        items << tree->topLevelItem(i)->text(0);
    QCOMPARE(items,
        (QStringList { "category", "card service data", "card issuer's data", "card capabilities",
            "status indicator" }));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("80"));
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("COMPACT-TLV objects (category 80)"));
    QTreeWidgetItem *capabilities = findTopLevel(tree, "card capabilities");
    QCOMPARE(capabilities->text(1), QStringLiteral("F2 21 40"));
    QCOMPARE(capabilities->childCount(), 3);
    QCOMPARE(capabilities->child(2)->text(1), QStringLiteral("40"));
    QVERIFY(capabilities->child(2)->text(2).contains("extended Lc and Le"));
    QTreeWidgetItem *status = findTopLevel(tree, "status indicator");
    QCOMPARE(status->text(1), QStringLiteral("05 90 00"));
    QVERIFY(status->text(2).contains("SW 90 00"));

    m_widget->setAtr(bytes("3B 02 14 50"));
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("proprietary format"));
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("T2"));
    QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("50"));
}

void TestAtrDetailsWidget::tckStatus_data()
{
    QTest::addColumn<QString>("atr");
    QTest::addColumn<QString>("status");
    QTest::newRow("T=1, correct") << T1Atr << "present and correct (E5)";
    QTest::newRow("T=1, wrong") << QString(T1Atr).replace("E5", "E6") << "present but wrong: E6, expected E5";
    QTest::newRow("T=0, absent") << T0Atr << "absent and not needed (only T=0 is offered)";
    QTest::newRow("T=1, absent") << QString(T1Atr).remove(" E5")
                                 << "absent but required (a protocol other than T=0 is offered)";
    QTest::newRow("cut off after TS") << "3B"
                                      << "absent; the ATR ends before it says whether a TCK is needed";
    QTest::newRow("T=0, present") << "3B 02 14 50 46"
                                  << "present and correct (46); it shall be absent, only T=0 is offered";
}

void TestAtrDetailsWidget::tckStatus()
{
    QFETCH(QString, atr);
    QFETCH(QString, status);
    m_widget->setAtr(bytes(atr));
    QCOMPARE(child<QLabel>("atrTckStatus")->text(), status);
    QVERIFY(!child<QLabel>("atrTckBadge")->pixmap().isNull());
}

void TestAtrDetailsWidget::problemsListed_data()
{
    QTest::addColumn<QString>("atr");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("TCK wrong") << QString(T1Atr).replace("E5", "E6")
                               << QStringList { "byte 21: TCK E6 is wrong: expected E5" };
    QTest::newRow("truncated") << "3B 9E 95 81 31"
                               << QStringList { "byte 5: TA3 is missing: the ATR ends after 5 bytes" };
    QTest::newRow("bad TS, extra byte")
        << "3C 00 00 00"
        << QStringList { "byte 0: TS 3C is neither 3B (direct convention) nor 3F (inverse convention)",
               "byte 2: 2 byte(s) after the end of the ATR" };
}

void TestAtrDetailsWidget::problemsListed()
{
    QFETCH(QString, atr);
    QFETCH(QStringList, problems);
    m_widget->setAtr(bytes(atr));
    auto *list = child<QListWidget>("atrProblems");
    QCOMPARE(itemTexts(list), problems);
    QCOMPARE(m_widget->breakdownModel()->problemCount(), problems.size());
}

void TestAtrDetailsWidget::problemSelectsItsByte()
{
    m_widget->setAtr(bytes(QString(T1Atr).replace("E5", "E6")));
    auto *list = child<QListWidget>("atrProblems");
    auto *table = child<QTableView>("atrBreakdown");
    QVERIFY(!table->selectionModel()->hasSelection());
    Q_EMIT list->itemClicked(list->item(0));
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), 21);
}

void TestAtrDetailsWidget::identificationNotInstalled()
{
    m_widget->setAtr(bytes(T1Atr));
    waitForList();
    const QString text = child<QLabel>("atrIdentification")->text();
    QVERIFY2(text.contains("smartcard_list.txt is not installed"), qPrintable(text));
    QVERIFY(text.contains("pcsc-tools"));
    QVERIFY(child<QLabel>("atrIdentification")->toolTip().contains(m_dir.filePath("missing.txt")));
}

void TestAtrDetailsWidget::identificationAllCandidates()
{
    QFile file(m_dir.filePath("smartcard_list.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# test list\n"
               "3B 02 14 50\n\tSomebody's card\n\n"
               "3B 9E 95 81 31 FE 45 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 E5\n"
               "\tCardScope emulated card (T=1)\n\tsecond line of the same entry\n\n"
               "3B 9E 95 81 31 FE 45 .. .. .. .. .. .. .. .. .. .. .. .. .. .. ..\n"
               "\tAny card with IFSC 254\n");
    file.close();
    m_widget->setAtr(bytes(T1Atr));
    QSignalSpy loaded(m_widget.get(), &AtrDetailsWidget::smartcardListLoaded);
    m_widget->setSmartcardListPaths({ file.fileName() });
    auto *label = child<QLabel>("atrIdentification");
    QCOMPARE(label->text(), QStringLiteral("Looking the ATR up in smartcard_list.txt…"));
    QVERIFY(loaded.wait());
    QCOMPARE(label->text(),
        QStringLiteral("2 candidate(s) in smartcard_list.txt:\n"
                       "1. CardScope emulated card (T=1)\n"
                       "    second line of the same entry\n"
                       "2. Any card with IFSC 254"));
    QVERIFY(label->toolTip().contains(file.fileName() + ", line 5"));
}

void TestAtrDetailsWidget::identificationNotInList()
{
    QFile file(m_dir.filePath("other.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("3B 02 14 50\n\tSomebody's card\n\n3B 02 14 51\n\tAnother card\n");
    file.close();
    m_widget->setSmartcardListPaths({ file.fileName() });
    m_widget->setAtr(bytes(T0Atr));
    waitForList();
    QCOMPARE(child<QLabel>("atrIdentification")->text(),
        QStringLiteral("Not in smartcard_list.txt (2 entries read)"));
}

void TestAtrDetailsWidget::copyAtr()
{
    m_widget->setAtr(bytes(T0Atr));
    child<QToolButton>("atrCopy")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString(T0Atr));
}

void TestAtrDetailsWidget::copyBytes()
{
    m_widget->setAtr(bytes(QString(T1Atr).replace("E5", "E6")));
    auto *table = child<QTableView>("atrBreakdown");
    table->selectRow(21);
    table->selectionModel()->select(
        m_widget->breakdownModel()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(),
        QStringLiteral("2\t95\tTA1\tFi=512, Di=16, f max=5 MHz (32 cycles/etu, 156250 bit/s at f max)\n"
                       "21\tE6\tTCK\tcheck byte, wrong: expected E5 — TCK E6 is wrong: expected E5"));
}

void TestAtrDetailsWidget::sameAtrKeepsTheSelection()
{
    m_widget->setAtr(bytes(T1Atr));
    auto *table = child<QTableView>("atrBreakdown");
    table->selectRow(5);
    m_widget->setAtr(bytes(T1Atr));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 5);
    m_widget->setAtr(bytes(T0Atr));
    QVERIFY(!table->selectionModel()->hasSelection());
    QCOMPARE(m_widget->breakdownModel()->rowCount(), 17);
}

QTEST_MAIN(TestAtrDetailsWidget)
#include "tst_atrdetailswidget.moc"
