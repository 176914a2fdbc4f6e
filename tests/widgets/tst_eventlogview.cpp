// EventLogView offscreen, widgets found by objectName: the reader combo and the kind menu
// filter the table, Ctrl+C and the context menu copy the selected rows as tab-separated
// text in log order, Clear empties the log.
#include "eventlog/eventlogfiltermodel.h"
#include "eventlog/eventlogview.h"
#include "recordedevents.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace recorded;

class TestEventLogView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void widgetsAndAccessibility();
    void readerFilterCombo();
    void kindFilterMenu();
    void copy_data();
    void copy();
    void clearButton();

private:
    QTableView *table() const { return m_view->findChild<QTableView *>(QStringLiteral("eventLogTable")); }
    void selectRows(const QList<int> &rows);

    std::unique_ptr<EventLogView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEventLogView::init()
{
    m_view = std::make_unique<EventLogView>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_view->resize(900, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    play(*m_view->model(),
        appears(empty(ReaderA)) + appears(present(ReaderB, 1, Atr1)) + lost() + restored()
            + inserted(present(ReaderA, 1, Atr2)));
    m_view->model()->flush();
    QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
}

void TestEventLogView::cleanup()
{
    m_tester.reset();
    m_view.reset();
}

void TestEventLogView::selectRows(const QList<int> &rows)
{
    table()->clearSelection();
    for (int row : rows)
        table()->selectionModel()->select(
            table()->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestEventLogView::widgetsAndAccessibility()
{
    QCOMPARE(m_view->objectName(), QStringLiteral("eventLog"));
    QVERIFY(table());
    QVERIFY(!m_view->accessibleName().isEmpty());
    for (const char *name : { "eventLogTable", "eventLogReaderFilter", "eventLogKindFilter" }) {
        auto *widget = m_view->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    for (const char *name : { "eventLogReaderFilter", "eventLogKindFilter", "eventLogCopy", "eventLogClear" })
        QVERIFY2(!m_view->findChild<QWidget *>(QLatin1String(name))->toolTip().isEmpty(), name);
    // Arrival order, fixed row heights: nothing sorted, nothing measured.
    QVERIFY(!table()->isSortingEnabled());
    QCOMPARE(table()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(table()->model()->rowCount(), 9);
    QCOMPARE(table()->model()->index(8, 0).data(EventLogModel::KindRole).toInt(), int(Type::CardInserted));
}

void TestEventLogView::readerFilterCombo()
{
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("eventLogReaderFilter"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3); // all, A, B: in order of appearance
    QCOMPARE(combo->itemText(1), ReaderA);
    QCOMPARE(combo->itemText(2), ReaderB);
    QCOMPARE(table()->model()->rowCount(), 9);

    combo->setCurrentIndex(2);
    // B's three events and the service's two.
    QCOMPARE(table()->model()->rowCount(), 5);
    QCOMPARE(m_view->filterModel()->readerFilter(), ReaderB);

    // A new reader joins the list; the choice stays.
    play(*m_view->model(), appears(empty(ReaderC)));
    QTRY_COMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(3), ReaderC);
    QCOMPARE(combo->currentText(), ReaderB);
    QCOMPARE(table()->model()->rowCount(), 5);

    combo->setCurrentIndex(0);
    QCOMPARE(table()->model()->rowCount(), 11);
}

void TestEventLogView::kindFilterMenu()
{
    auto *button = m_view->findChild<QToolButton *>(QStringLiteral("eventLogKindFilter"));
    QVERIFY(button);
    QVERIFY(button->menu());
    QCOMPARE(button->menu()->actions().size(), EventLogModel::KindCount);
    auto *stateChanged = button->menu()->findChild<QAction *>(QStringLiteral("eventLogKind_state_changed"));
    QVERIFY(stateChanged);
    QVERIFY(stateChanged->isCheckable() && stateChanged->isChecked());
    stateChanged->trigger();
    QVERIFY(!m_view->filterModel()->isKindShown(Type::StateChanged));
    QCOMPARE(table()->model()->rowCount(), 6); // 9 minus 3 state changes
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        QVERIFY(
            table()->model()->index(row, 0).data(EventLogModel::KindRole).toInt() != int(Type::StateChanged));
    stateChanged->trigger();
    QCOMPARE(table()->model()->rowCount(), 9);
}

void TestEventLogView::copy_data()
{
    QTest::addColumn<bool>("shortcut"); // Ctrl+C in the table, or the context menu
    QTest::addColumn<QList<int>>("selected"); // rows of the table, in the order selected
    QTest::addColumn<QList<int>>("copied"); // rows of the log, in the order copied

    QTest::newRow("Ctrl+C, one row") << true << QList<int> { 4 } << QList<int> { 4 };
    QTest::newRow("Ctrl+C, rows selected backwards come in log order")
        << true << QList<int> { 8, 1, 5 } << QList<int> { 1, 5, 8 };
    QTest::newRow("context menu, two rows") << false << QList<int> { 0, 8 } << QList<int> { 0, 8 };
    QTest::newRow("Ctrl+C, nothing selected: clipboard untouched") << true << QList<int> {} << QList<int> {};
}

void TestEventLogView::copy()
{
    QFETCH(bool, shortcut);
    QFETCH(QList<int>, selected);
    QFETCH(QList<int>, copied);

    selectRows(selected);
    if (shortcut) {
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    } else {
        const QPoint position = table()->visualRect(table()->model()->index(selected.first(), 1)).center();
        QContextMenuEvent event(
            QContextMenuEvent::Mouse, position, table()->viewport()->mapToGlobal(position));
        QApplication::sendEvent(table()->viewport(), &event);
        auto *menu = m_view->findChild<QMenu *>(QStringLiteral("eventLogContextMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->actions().contains(m_view->copyAction()));
        m_view->copyAction()->trigger();
        menu->close();
    }
    QStringList lines;
    for (int row : copied)
        lines << m_view->model()->rowText(row);
    const QString expected = copied.isEmpty() ? QStringLiteral("unchanged") : lines.join(QLatin1Char('\n'));
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 3);
}

void TestEventLogView::clearButton()
{
    auto *clear = m_view->findChild<QToolButton *>(QStringLiteral("eventLogClear"));
    QVERIFY(clear);
    QVERIFY(!clear->toolTip().isEmpty());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_view->model()->rowCount(), 0);
    QCOMPARE(table()->model()->rowCount(), 0);
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("eventLogReaderFilter"));
    QCOMPARE(combo->count(), 3); // the readers stay for filtering
}

QTEST_MAIN(TestEventLogView)
#include "tst_eventlogview.moc"
