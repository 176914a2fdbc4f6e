// ReaderTreeModel driven by recorded monitor events: what the tree shows after each sequence,
// which cells an update announces, the "present for" refresh, and selections and persistent
// indexes surviving other readers' changes. QAbstractItemModelTester (fatal) watches every test.
#include "readertree/readertreemodel.h"
#include "readertree/readertreetext.h"
#include "recordedevents.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace recorded;
using smartcard::pcsc::ReturnCode;

namespace {

// The tree as lines: "<reader> [<flags>] #<counter>", its card indented below as
// "  card <ATR>"; " (stale)" ends a reader line while the service is lost.
QStringList dump(const ReaderTreeModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column) { return model.index(row, column).data().toString(); };
        QString line = QStringLiteral("%1 [%2] #%3").arg(cell(0), cell(1), cell(2));
        if (!model.index(row, 0).data(ReaderTreeModel::ServiceAvailableRole).toBool())
            line += QStringLiteral(" (stale)");
        lines << line;
        const QModelIndex reader = model.index(row, 0);
        for (int card = 0; card < model.rowCount(reader); ++card)
            lines << QStringLiteral("  %1 %2").arg(model.index(card, 0, reader).data().toString(),
                model.index(card, ReaderTreeModel::AtrColumn, reader).data().toString());
    }
    return lines;
}

// "A" for reader A's row, "A/card" for its card's.
QString rowName(const QModelIndex &index)
{
    QString name = index.data(ReaderTreeModel::ReaderNameRole).toString().section(QLatin1Char(' '), 2, 2);
    if (index.data(ReaderTreeModel::IsCardRole).toBool())
        name += QStringLiteral("/card");
    return name;
}

// "A:first-last" for each dataChanged of A's row, "A..B:first-last" for rows A to B.
QStringList changes(const QSignalSpy &spy)
{
    QStringList result;
    for (const QList<QVariant> &arguments : spy) {
        const auto first = arguments.at(0).value<QModelIndex>();
        const auto last = arguments.at(1).value<QModelIndex>();
        QString where = rowName(first);
        if (last.row() != first.row())
            where += QStringLiteral("..") + rowName(last);
        result << QStringLiteral("%1:%2-%3").arg(where).arg(first.column()).arg(last.column());
    }
    return result;
}

} // namespace

class TestReaderTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void events_data();
    void events();
    void changedCellsOnly_data();
    void changedCellsOnly();
    void roles();
    void serviceAvailability();
    void presentForRefreshesItsColumnOnly();
    void durationText_data();
    void durationText();
    void selectionSurvives_data();
    void selectionSurvives();

private:
    std::unique_ptr<ReaderTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestReaderTreeModel::init()
{
    m_model = std::make_unique<ReaderTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestReaderTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestReaderTreeModel::events_data()
{
    QTest::addColumn<Events>("events");
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<bool>("serviceAvailable");

    const QString a1 = QStringLiteral("  Card 3B 02 14 50");
    const QString a2 = QStringLiteral("  Card 3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A");

    QTest::newRow("nothing") << Events {} << QStringList {} << true;
    QTest::newRow("reader appears") << appears(empty(ReaderA)) << QStringList { ReaderA + " [empty] #0" }
                                    << true;
    QTest::newRow("reader appears with a card")
        << appears(present(ReaderA, 1, Atr1, flag::InUse))
        << QStringList { ReaderA + " [present inuse] #1", a1 } << true;
    QTest::newRow("card inserted") << appears(empty(ReaderA)) + inserted(present(ReaderA, 1, Atr1))
                                   << QStringList { ReaderA + " [present] #1", a1 } << true;
    QTest::newRow("card removed") << appears(present(ReaderA, 1, Atr1))
            + removed(present(ReaderA, 1, Atr1), empty(ReaderA, 2))
                                  << QStringList { ReaderA + " [empty] #2" } << true;
    // Pulled and put back between two looks: the counter moved by two, a swap in one wake-up.
    QTest::newRow("fast remove-insert, counter moves")
        << appears(present(ReaderA, 1, Atr1))
            + Events { emitted(Type::StateChanged, present(ReaderA, 3, Atr2)),
                  emitted(Type::CardRemoved, present(ReaderA, 1, Atr1)),
                  emitted(Type::CardInserted, present(ReaderA, 3, Atr2)) }
        << QStringList { ReaderA + " [present] #3", a2 } << true;
    QTest::newRow("reader vanishing with a card in it")
        << appears(empty(ReaderB)) + appears(present(ReaderA, 1, Atr1)) + vanishes(present(ReaderA, 1, Atr1))
        << QStringList { ReaderB + " [empty] #0" } << true;
    QTest::newRow("reader vanishing, its card's removal not reported")
        << appears(present(ReaderA, 1, Atr1)) + emitted(Type::ReaderRemoved, present(ReaderA, 1, Atr1))
        << QStringList {} << true;
    QTest::newRow("readers keep their order of appearance")
        << appears(empty(ReaderC)) + appears(empty(ReaderA)) + appears(empty(ReaderB))
            + inserted(present(ReaderA, 1, Atr1))
        << QStringList { ReaderC + " [empty] #0", ReaderA + " [present] #1", a1, ReaderB + " [empty] #0" }
        << true;
    QTest::newRow("service lost: the rows stay, stale")
        << appears(present(ReaderA, 1, Atr1)) + lost(ReturnCode::F_CommError)
        << QStringList { ReaderA + " [present] #1 (stale)", a1 } << false;
    // pcscd restarted with B (its card kept: same ATR, counter from 0) and C; A gone with its card.
    QTest::newRow("service lost then restored with another reader set")
        << appears(present(ReaderA, 4, Atr1)) + appears(present(ReaderB, 2, Atr2)) + lost()
            + vanishes(present(ReaderA, 4, Atr1)) + emitted(Type::StateChanged, present(ReaderB, 0, Atr2))
            + appears(empty(ReaderC)) + restored()
        << QStringList { ReaderB + " [present] #0", a2, ReaderC + " [empty] #0" } << true;
    QTest::newRow("restored: a card swapped during the outage")
        << appears(present(ReaderA, 4, Atr1)) + lost()
            + emitted(Type::StateChanged, present(ReaderA, 0, Atr2))
            + emitted(Type::CardRemoved, present(ReaderA, 4, Atr1))
            + emitted(Type::CardInserted, present(ReaderA, 0, Atr2)) + restored()
        << QStringList { ReaderA + " [present] #0", a2 } << true;
    // attach() to a started monitor reads its state; the same events may still be queued.
    QTest::newRow("the same events twice change nothing")
        << appears(present(ReaderA, 1, Atr1)) + appears(present(ReaderA, 1, Atr1))
        << QStringList { ReaderA + " [present] #1", a1 } << true;
    QTest::newRow("a card in a reader not announced adds the reader")
        << Events { emitted(Type::CardInserted, present(ReaderA, 1, Atr1)) }
        << QStringList { ReaderA + " [present] #1", a1 } << true;
    QTest::newRow("events of a reader gone are ignored") << Events {
        emitted(Type::CardRemoved, present(ReaderA, 1, Atr1)), emitted(Type::ReaderRemoved, empty(ReaderA))
    } << QStringList {} << true;
    QTest::newRow("mute card, unpowered, exclusive")
        << appears(present(ReaderA, 1, {}, flag::Mute))
            + emitted(
                Type::StateChanged, present(ReaderA, 1, {}, flag::Mute | flag::Unpowered | flag::Exclusive))
        << QStringList { ReaderA + " [present exclusive mute unpowered] #1", QStringLiteral("  Card ") }
        << true;
}

void TestReaderTreeModel::events()
{
    QFETCH(Events, events);
    QFETCH(QStringList, tree);
    QFETCH(bool, serviceAvailable);

    play(*m_model, events);
    QCOMPARE(dump(*m_model), tree);
    QCOMPARE(m_model->isServiceAvailable(), serviceAvailable);
    QCOMPARE(m_model->readerCount(), int(std::count_if(tree.begin(), tree.end(), [](const QString &line) {
        return !line.startsWith(' ');
    })));
}

void TestReaderTreeModel::changedCellsOnly_data()
{
    QTest::addColumn<Events>("before");
    QTest::addColumn<Events>("update");
    QTest::addColumn<QStringList>("changed");

    const Events two = appears(empty(ReaderA)) + appears(present(ReaderB, 1, Atr1));
    QTest::newRow("same state again")
        << two << Events { emitted(Type::StateChanged, empty(ReaderA)) } << QStringList {};
    QTest::newRow("counter only") << two << Events { emitted(Type::StateChanged, empty(ReaderA, 1)) }
                                  << QStringList { "A:2-2" };
    QTest::newRow("flags only") << two
                                << Events { emitted(
                                       Type::StateChanged, present(ReaderB, 1, Atr1, flag::InUse)) }
                                << QStringList { "B:1-1" };
    QTest::newRow("flags and counter")
        << two << Events { emitted(Type::StateChanged, present(ReaderA, 1, Atr2)) }
        << QStringList { "A:1-1", "A:2-2" };
    // The card's own row is inserted; the reader's row only changes its AtrRole (every column).
    QTest::newRow("card inserted") << two << Events { emitted(Type::CardInserted, present(ReaderA, 1, Atr2)) }
                                   << QStringList { "A:0-4" };
    QTest::newRow("service lost") << two << Events { lost() } << QStringList { "A..B:0-4", "B/card:0-4" };
    QTest::newRow("service restored")
        << two + lost() << Events { restored() } << QStringList { "A..B:0-4", "B/card:0-4" };
}

void TestReaderTreeModel::changedCellsOnly()
{
    QFETCH(Events, before);
    QFETCH(Events, update);
    QFETCH(QStringList, changed);

    play(*m_model, before);
    QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
    play(*m_model, update);
    QCOMPARE(changes(spy), changed);
}

void TestReaderTreeModel::roles()
{
    play(*m_model, appears(empty(ReaderA)) + appears(present(ReaderB, 7, Atr1, flag::InUse)));
    const QModelIndex a = m_model->indexOfReader(ReaderA);
    const QModelIndex b = m_model->indexOfReader(ReaderB);
    const QModelIndex card = m_model->indexOfCard(ReaderB);
    QCOMPARE(a.row(), 0);
    QCOMPARE(b.row(), 1);
    QVERIFY(!m_model->indexOfReader(ReaderC).isValid());
    QVERIFY(!m_model->indexOfCard(ReaderA).isValid());
    QCOMPARE(card.parent(), b);

    QCOMPARE(card.data(ReaderTreeModel::ReaderNameRole).toString(), ReaderB);
    QCOMPARE(card.data(ReaderTreeModel::IsCardRole).toBool(), true);
    QCOMPARE(b.data(ReaderTreeModel::IsCardRole).toBool(), false);
    const QByteArray atr("\x3B\x02\x14\x50", 4);
    QCOMPARE(card.data(ReaderTreeModel::AtrRole).toByteArray(), atr);
    QCOMPARE(b.data(ReaderTreeModel::AtrRole).toByteArray(), atr); // the reader's card
    QCOMPARE(a.data(ReaderTreeModel::AtrRole).toByteArray(), QByteArray());
    const QModelIndex state = b.siblingAtColumn(ReaderTreeModel::StateColumn);
    QCOMPARE(state.data(ReaderTreeModel::StateFlagsRole).toStringList(), QStringList({ "present", "inuse" }));
    QCOMPARE(state.data(ReaderTreeModel::StateBitsRole).toUInt(), flag::Present | flag::InUse);
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains("SCARD_STATE_INUSE"));
    QCOMPARE(
        b.siblingAtColumn(ReaderTreeModel::CounterColumn).data(ReaderTreeModel::EventCounterRole).toInt(), 7);
    QCOMPARE(
        card.siblingAtColumn(ReaderTreeModel::PresentForColumn).data().toString(), QStringLiteral("0 s"));
    QVERIFY(card.data(ReaderTreeModel::CardSinceRole).toDateTime().isValid());
    QCOMPARE(
        m_model->headerData(ReaderTreeModel::AtrColumn, Qt::Horizontal).toString(), QStringLiteral("ATR"));
    QVERIFY(!b.data(Qt::ForegroundRole).isValid());
}

void TestReaderTreeModel::serviceAvailability()
{
    QSignalSpy spy(m_model.get(), &ReaderTreeModel::serviceAvailabilityChanged);
    play(*m_model, appears(present(ReaderA, 1, Atr1)) + lost(ReturnCode::F_CommError));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().first().toBool(), false);
    const QModelIndex card = m_model->indexOfCard(ReaderA, ReaderTreeModel::AtrColumn);
    QCOMPARE(card.data(ReaderTreeModel::ServiceAvailableRole).toBool(), false);
    QVERIFY(card.data(Qt::ForegroundRole).isValid());
    QVERIFY(m_model->indexOfReader(ReaderA).data(Qt::ToolTipRole).toString().contains("SCARD_F_COMM_ERROR"));
    play(*m_model, Events { lost(ReturnCode::E_NoService) }); // once per outage
    QCOMPARE(spy.count(), 1);
    play(*m_model, Events { restored() });
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().first().toBool(), true);
    QCOMPARE(card.data(ReaderTreeModel::ServiceAvailableRole).toBool(), true);
    QVERIFY(!card.data(Qt::ForegroundRole).isValid());
}

void TestReaderTreeModel::presentForRefreshesItsColumnOnly()
{
    auto *timer = m_model->findChild<QTimer *>(QStringLiteral("presentForTimer"));
    QVERIFY(timer);
    play(*m_model, appears(empty(ReaderA)) + appears(present(ReaderB, 1, Atr1)));
    QVERIFY(timer->isActive());
    QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(spy.wait(5000));
    QCOMPARE(changes(spy), QStringList({ "B/card:4-4" }));
    QCOMPARE(spy.first().at(2).value<QList<int>>(), QList<int>({ Qt::DisplayRole, Qt::AccessibleTextRole }));
    // No card, no timer.
    play(*m_model, removed(present(ReaderB, 1, Atr1), empty(ReaderB, 2)));
    QVERIFY(!timer->isActive());
}

void TestReaderTreeModel::durationText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative (clock before the card)") << qint64(-5) << "0 s";
    QTest::newRow("zero") << qint64(0) << "0 s";
    QTest::newRow("under a second") << qint64(999) << "0 s";
    QTest::newRow("59.999 s") << qint64(59999) << "59 s";
    QTest::newRow("one minute") << qint64(60000) << "1 min 00 s";
    QTest::newRow("just under an hour") << qint64(3599999) << "59 min 59 s";
    QTest::newRow("one hour") << qint64(3600000) << "1 h 00 min";
    QTest::newRow("two days") << qint64(2 * 24 * 3600000 + 61000) << "48 h 01 min";
}

void TestReaderTreeModel::durationText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(readertreetext::durationText(ms), text);
}

void TestReaderTreeModel::selectionSurvives_data()
{
    QTest::addColumn<Events>("update");
    QTest::addColumn<int>("readerRow");

    QTest::newRow("reader above removed") << vanishes(empty(ReaderA)) << 1;
    QTest::newRow("reader above removed with its card") << vanishes(present(ReaderB, 1, Atr1)) << 1;
    QTest::newRow("card above removed") << removed(present(ReaderB, 1, Atr1), empty(ReaderB, 2)) << 2;
    QTest::newRow("card inserted above") << inserted(present(ReaderA, 1, Atr2)) << 2;
    QTest::newRow("reader appears below")
        << appears(present(QStringLiteral("Fake Reader D 03 00"), 1, Atr1)) << 2;
    QTest::newRow("service lost, restored without the readers above")
        << Events { lost() } + vanishes(empty(ReaderA)) + vanishes(present(ReaderB, 1, Atr1)) + restored()
        << 0;
}

// Reader C's card selected: changes to other readers keep it selected and its persistent
// index right, parent included.
void TestReaderTreeModel::selectionSurvives()
{
    QFETCH(Events, update);
    QFETCH(int, readerRow);

    play(*m_model,
        appears(empty(ReaderA)) + appears(present(ReaderB, 1, Atr1)) + appears(present(ReaderC, 5, Atr2)));
    QItemSelectionModel selection(m_model.get());
    const QModelIndex card = m_model->indexOfCard(ReaderC);
    selection.setCurrentIndex(card, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex persistent(card);

    play(*m_model, update);
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.data(ReaderTreeModel::ReaderNameRole).toString(), ReaderC);
    QCOMPARE(persistent.data(ReaderTreeModel::IsCardRole).toBool(), true);
    QCOMPARE(persistent.parent().row(), readerRow);
    QCOMPARE(QModelIndex(persistent), m_model->indexOfCard(ReaderC));
    QCOMPARE(selection.currentIndex(), m_model->indexOfCard(ReaderC));
    QVERIFY(selection.isRowSelected(0, m_model->indexOfReader(ReaderC)));
    QCOMPARE(selection.selectedRows().size(), 1);
}

QTEST_MAIN(TestReaderTreeModel)
#include "tst_readertreemodel.moc"
