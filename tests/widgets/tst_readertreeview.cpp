// ReaderTreeView offscreen: the empty state, selectReader() before and after the reader
// appears, currentReaderChanged as cards come and go, and the context menu's copies.
#include "readertree/readertreemodel.h"
#include "readertree/readertreeview.h"
#include "recordedevents.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace recorded;

namespace {

const QByteArray Atr1Bytes("\x3B\x02\x14\x50", 4);

} // namespace

class TestReaderTreeView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyState_data();
    void emptyState();
    void selectReaderPresent();
    void selectReaderBeforeItAppears();
    void userChoiceDropsTheWish();
    void currentReaderFollowsItsCard();
    void contextMenuCopies_data();
    void contextMenuCopies();
    void fixedRowHeightAndAccessibility();

private:
    QRect rowRect(const QModelIndex &index) const { return m_view->visualRect(index); }
    void openContextMenuAt(const QModelIndex &index);

    std::unique_ptr<ReaderTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ReaderTreeView> m_view;
};

void TestReaderTreeView::init()
{
    m_model = std::make_unique<ReaderTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_view = std::make_unique<ReaderTreeView>();
    m_view->setModel(m_model.get());
    m_view->resize(900, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QGuiApplication::clipboard()->clear();
}

void TestReaderTreeView::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_model.reset();
}

void TestReaderTreeView::emptyState_data()
{
    QTest::addColumn<Events>("events");
    QTest::addColumn<QString>("text"); // a part of it; empty: no empty state shown

    QTest::newRow("no reader") << Events {} << "No smart-card reader found";
    QTest::newRow("a reader") << appears(empty(ReaderA)) << QString();
    QTest::newRow("the last reader gone")
        << appears(empty(ReaderA)) + vanishes(empty(ReaderA)) << "No smart-card reader found";
    QTest::newRow("no service") << Events { lost() } << "pcscd";
    // The rows stay, greyed; the main window's banner says why.
    QTest::newRow("no service, readers known") << appears(empty(ReaderA)) + lost() << QString();
    QTest::newRow("service back, no reader") << Events { lost(), restored() } << "No smart-card reader found";
}

void TestReaderTreeView::emptyState()
{
    QFETCH(Events, events);
    QFETCH(QString, text);

    play(*m_model, events);
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("readerTreeEmptyState"));
    QVERIFY(label);
    QCOMPARE(label->isVisible(), !text.isEmpty());
    if (text.isEmpty()) {
        QCOMPARE(m_view->emptyStateText(), QString());
    } else {
        QVERIFY2(m_view->emptyStateText().contains(text), qPrintable(m_view->emptyStateText()));
        QCOMPARE(label->text(), m_view->emptyStateText());
    }
}

void TestReaderTreeView::selectReaderPresent()
{
    play(*m_model, appears(empty(ReaderA)) + appears(present(ReaderB, 1, Atr1)));
    QSignalSpy spy(m_view.get(), &ReaderTreeView::currentReaderChanged);
    QVERIFY(m_view->selectReader(ReaderB));
    QCOMPARE(m_view->currentIndex(), m_model->indexOfReader(ReaderB));
    QCOMPARE(m_view->pendingReader(), QString());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toString(), ReaderB);
    QCOMPARE(spy.last().at(1).toByteArray(), Atr1Bytes);
}

void TestReaderTreeView::selectReaderBeforeItAppears()
{
    QSignalSpy spy(m_view.get(), &ReaderTreeView::currentReaderChanged);
    QVERIFY(!m_view->selectReader(ReaderB));
    QCOMPARE(m_view->pendingReader(), ReaderB);
    play(*m_model, appears(empty(ReaderA)));
    QVERIFY(m_view->currentReader() != ReaderB);
    QCOMPARE(m_view->pendingReader(), ReaderB);

    play(*m_model, appears(present(ReaderB, 1, Atr1)));
    QCOMPARE(m_view->currentIndex().data(ReaderTreeModel::ReaderNameRole).toString(), ReaderB);
    QCOMPARE(m_view->pendingReader(), QString());
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).toString(), ReaderB);
    QCOMPARE(spy.last().at(1).toByteArray(), Atr1Bytes); // the card came with the reader

    // A wish fulfilled is not applied again: B leaving and coming back does not steal the selection.
    QVERIFY(m_view->selectReader(ReaderA));
    play(*m_model, vanishes(present(ReaderB, 1, Atr1)) + appears(empty(ReaderB)));
    QCOMPARE(m_view->currentReader(), ReaderA);
}

void TestReaderTreeView::userChoiceDropsTheWish()
{
    play(*m_model, appears(empty(ReaderA)));
    QVERIFY(!m_view->selectReader(ReaderC));
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, {}, rowRect(m_model->indexOfReader(ReaderA)).center());
    QCOMPARE(m_view->currentReader(), ReaderA);
    QCOMPARE(m_view->pendingReader(), QString());
    play(*m_model, appears(empty(ReaderC)));
    QCOMPARE(m_view->currentReader(), ReaderA);
    // An empty name drops a wish too.
    QVERIFY(!m_view->selectReader(ReaderB));
    QVERIFY(!m_view->selectReader(QString()));
    play(*m_model, appears(empty(ReaderB)));
    QCOMPARE(m_view->currentReader(), ReaderA);
}

void TestReaderTreeView::currentReaderFollowsItsCard()
{
    play(*m_model, appears(empty(ReaderA)) + appears(empty(ReaderB)));
    QVERIFY(m_view->selectReader(ReaderA));
    QSignalSpy spy(m_view.get(), &ReaderTreeView::currentReaderChanged);

    play(*m_model, inserted(present(ReaderA, 1, Atr1)));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last(), QList<QVariant>({ ReaderA, Atr1Bytes }));
    // The new card's row is shown unfolded.
    QVERIFY(m_view->isExpanded(m_model->indexOfReader(ReaderA)));

    // The card's row current, then the card pulled: its reader becomes current, without ATR.
    m_view->setCurrentIndex(m_model->indexOfCard(ReaderA));
    QCOMPARE(spy.count(), 1); // same reader, same ATR
    play(*m_model, removed(present(ReaderA, 1, Atr1), empty(ReaderA, 2)));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last(), QList<QVariant>({ ReaderA, QByteArray() }));
    QCOMPARE(m_view->currentIndex(), m_model->indexOfReader(ReaderA));

    // Another reader's events say nothing.
    play(*m_model, inserted(present(ReaderB, 1, Atr2)));
    QCOMPARE(spy.count(), 2);

    // The current reader gone: a neighbour becomes current.
    play(*m_model, vanishes(empty(ReaderA, 2)));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last().at(0).toString(), ReaderB);
}

void TestReaderTreeView::contextMenuCopies_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<bool>("cardRow");
    QTest::addColumn<QString>("atr"); // empty: Copy ATR disabled

    QTest::newRow("empty reader") << ReaderA << false << QString();
    QTest::newRow("reader with a card") << ReaderB << false << "3B 02 14 50";
    QTest::newRow("card row") << ReaderB << true << "3B 02 14 50";
}

void TestReaderTreeView::openContextMenuAt(const QModelIndex &index)
{
    const QPoint position = rowRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, m_view->viewport()->mapToGlobal(position));
    QApplication::sendEvent(m_view->viewport(), &event);
}

void TestReaderTreeView::contextMenuCopies()
{
    QFETCH(QString, reader);
    QFETCH(bool, cardRow);
    QFETCH(QString, atr);

    play(*m_model, appears(empty(ReaderA)) + appears(present(ReaderB, 1, Atr1)));
    const QModelIndex target = cardRow ? m_model->indexOfCard(reader) : m_model->indexOfReader(reader);
    QVERIFY(target.isValid());
    openContextMenuAt(target);
    auto *menu = m_view->findChild<QMenu *>(QStringLiteral("readerTreeContextMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(m_view->currentIndex(), target); // the row clicked is the one acted on

    auto *copyName = m_view->findChild<QAction *>(QStringLiteral("copyReaderNameAction"));
    auto *copyAtr = m_view->findChild<QAction *>(QStringLiteral("copyAtrAction"));
    QVERIFY(copyName && copyAtr);
    QVERIFY(menu->actions().contains(copyName));
    QVERIFY(menu->actions().contains(copyAtr));
    QVERIFY(copyName->isEnabled());
    QCOMPARE(copyAtr->isEnabled(), !atr.isEmpty());

    copyName->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), reader);
    QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
    copyAtr->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), atr.isEmpty() ? QStringLiteral("unchanged") : atr);
    menu->close();
}

void TestReaderTreeView::fixedRowHeightAndAccessibility()
{
    play(*m_model,
        appears(empty(ReaderA)) + appears(present(ReaderB, 1, Atr1, flag::InUse | flag::Exclusive)));
    QCOMPARE(m_view->objectName(), QStringLiteral("readerTree"));
    QVERIFY(m_view->uniformRowHeights());
    const int height = rowRect(m_model->indexOfReader(ReaderA)).height();
    QCOMPARE(rowRect(m_model->indexOfReader(ReaderB)).height(), height);
    QCOMPARE(rowRect(m_model->indexOfCard(ReaderB)).height(), height);
    QVERIFY(height > m_view->fontMetrics().height());
    QVERIFY(!m_view->accessibleName().isEmpty());
    for (QAction *action : { m_view->copyReaderNameAction(), m_view->copyAtrAction() })
        QVERIFY(!action->toolTip().isEmpty());
    QVERIFY(!m_model->indexOfReader(ReaderB).siblingAtColumn(1).data(Qt::ToolTipRole).toString().isEmpty());
}

QTEST_MAIN(TestReaderTreeView)
#include "tst_readertreeview.moc"
