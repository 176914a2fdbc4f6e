// AtrBreakdownModel: one row per ATR byte as the core's parser names it, problems attached to
// their byte and, past the last byte, to one "end" row.
#include "atr/atr.h"
#include "atrdetails/atrbreakdownmodel.h"
#include "util/hexparser.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QTest>

using smartcard::ATR;

namespace {

// The emulated card's ATRs (docs/emulated-card.md).
const char *const T1Atr = "3B 9E 95 81 31 FE 45 80 31 E0 52 43 53 73 F2 21 40 83 05 90 00 E5";
const char *const T0Atr = "3B 1E 95 80 31 E0 52 43 53 73 F2 21 00 83 05 90 00";

ATR atrOf(const QString &hex)
{
    return ATR(smartcard::HexParser::parse(hex).bytes);
}

} // namespace

class TestAtrBreakdownModel : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void byteColumns();
    void problemMarkedAtItsByte();
    void clearAndReplace();
    void headers();
};

void TestAtrBreakdownModel::rows_data()
{
    QTest::addColumn<QString>("atr");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<int>("problems");
    QTest::addColumn<int>("problemRow"); // -1: none
    QTest::addColumn<QString>("problemText");

    QTest::newRow("emulated T=1") << T1Atr << 22 << "TCK" << 0 << -1 << "";
    QTest::newRow("emulated T=0") << T0Atr << 17 << "T14" << 0 << -1 << "";
    QTest::newRow("TCK wrong") << QString(T1Atr).replace("E5", "E6") << 22 << "TCK" << 1 << 21
                               << "TCK E6 is wrong: expected E5";
    QTest::newRow("truncated") << "3B 9E 95 81 31" << 6 << "end" << 1 << 5 << "TA3 is missing";
    QTest::newRow("empty") << "" << 1 << "end" << 1 << 0 << "empty ATR";
}

void TestAtrBreakdownModel::rows()
{
    QFETCH(QString, atr);
    QFETCH(int, rows);
    QFETCH(QString, lastName);
    QFETCH(int, problems);
    QFETCH(int, problemRow);
    QFETCH(QString, problemText);

    AtrBreakdownModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAtr(atrOf(atr));

    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.columnCount(), int(AtrBreakdownModel::ColumnCount));
    QCOMPARE(model.index(rows - 1, AtrBreakdownModel::NameColumn).data().toString(), lastName);
    QCOMPARE(model.problemCount(), problems);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, AtrBreakdownModel::MeaningColumn);
        const QStringList found = index.data(AtrBreakdownModel::ProblemsRole).toStringList();
        QCOMPARE(found.isEmpty(), row != problemRow);
        QCOMPARE(index.data(Qt::ForegroundRole).isValid(), row == problemRow);
        if (row == problemRow) {
            QVERIFY2(found.join(' ').contains(problemText), qPrintable(found.join(' ')));
            QVERIFY(index.data().toString().contains(problemText));
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(problemText));
        }
    }
}

void TestAtrBreakdownModel::byteColumns()
{
    AtrBreakdownModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAtr(atrOf(T1Atr));
    // TA1 95: offset 2, hex, ISO name, bits 8..1, the core's meaning.
    QCOMPARE(model.index(2, AtrBreakdownModel::OffsetColumn).data().toInt(), 2);
    QCOMPARE(model.index(2, AtrBreakdownModel::HexColumn).data().toString(), QStringLiteral("95"));
    QCOMPARE(model.index(2, AtrBreakdownModel::NameColumn).data().toString(), QStringLiteral("TA1"));
    QCOMPARE(model.index(2, AtrBreakdownModel::BitsColumn).data().toString(), QStringLiteral("1001 0101"));
    QVERIFY(model.index(2, AtrBreakdownModel::MeaningColumn).data().toString().startsWith("Fi=512, Di=16"));
    QCOMPARE(model.index(7, AtrBreakdownModel::NameColumn).data().toString(), QStringLiteral("T1"));
    QCOMPARE(model.index(21, AtrBreakdownModel::MeaningColumn).data().toString(),
        QStringLiteral("check byte, correct"));
    QCOMPARE(model.rowForOffset(21), 21);
    QCOMPARE(model.rowForOffset(40), -1);
}

void TestAtrBreakdownModel::problemMarkedAtItsByte()
{
    AtrBreakdownModel model;
    model.setAtr(atrOf("3B 9E 95 81 31"));
    // The missing byte's row has no byte, and every offset past the end maps to it.
    const int end = model.rowCount() - 1;
    QCOMPARE(model.index(end, AtrBreakdownModel::HexColumn).data().toString(), QString());
    QCOMPARE(model.index(end, AtrBreakdownModel::OffsetColumn).data().toInt(), 5);
    QCOMPARE(model.rowForOffset(5), end);
    QCOMPARE(model.rowForOffset(9), end);
    const QVariant icon = model.index(end, AtrBreakdownModel::NameColumn).data(Qt::DecorationRole);
    QVERIFY(icon.canConvert<QIcon>() && !icon.value<QIcon>().isNull());
    QVERIFY(!model.index(0, AtrBreakdownModel::NameColumn).data(Qt::DecorationRole).isValid());
}

void TestAtrBreakdownModel::clearAndReplace()
{
    AtrBreakdownModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAtr(atrOf(T1Atr));
    model.setAtr(atrOf(T0Atr));
    QCOMPARE(model.rowCount(), 17);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.problemCount(), 0);
}

void TestAtrBreakdownModel::headers()
{
    AtrBreakdownModel model;
    QStringList titles;
    for (int column = 0; column < model.columnCount(); ++column) {
        titles << model.headerData(column, Qt::Horizontal).toString();
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(titles, (QStringList { "Offset", "Byte", "Name", "Bits", "Meaning" }));
}

QTEST_MAIN(TestAtrBreakdownModel)
#include "tst_atrbreakdownmodel.moc"
