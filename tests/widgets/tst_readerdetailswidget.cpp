// ReaderDetailsWidget over the fake PC/SC (vpcd has no attributes and no part 10 features, so
// decoded content is shown here): what a pin-pad reader shows, a reader with nothing, the
// error states, and results of superseded reads dropped.
#include "fakepcsc.h"
#include "features/readerattributes.h"
#include "readerdetails/readerdetailswidget.h"
#include "testhex.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

#include <condition_variable>
#include <mutex>

using namespace smartcard;
using cardscope::testing::FakePcsc;
using cardscope::testing::hex;
using pcsc::ReturnCode;

namespace {

// The fake behind a gate: connect() to one reader blocks until open() is called, so that a
// read can be kept running while a newer one supersedes it.
class GatedPcsc final : public pcsc::PcscApi
{
public:
    GatedPcsc(FakePcsc &fake, std::string gatedReader)
        : m_fake(fake)
        , m_gatedReader(std::move(gatedReader))
    { }
    void open()
    {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_opened.notify_all();
    }
    bool isWaiting() const
    {
        std::lock_guard lock(m_mutex);
        return m_waiting;
    }

    ReturnCode establishContext(pcsc::Scope scope, pcsc::ContextId *context) override
    {
        return m_fake.establishContext(scope, context);
    }
    ReturnCode releaseContext(pcsc::ContextId context) override { return m_fake.releaseContext(context); }
    ReturnCode listReaders(pcsc::ContextId context, const std::vector<std::string> &groups,
        std::vector<std::string> *readers) override
    {
        return m_fake.listReaders(context, groups, readers);
    }
    ReturnCode listReaderGroups(pcsc::ContextId context, std::vector<std::string> *groups) override
    {
        return m_fake.listReaderGroups(context, groups);
    }
    ReturnCode getStatusChange(
        pcsc::ContextId context, std::uint32_t timeoutMs, std::span<pcsc::ReaderState> states) override
    {
        return m_fake.getStatusChange(context, timeoutMs, states);
    }
    ReturnCode cancel(pcsc::ContextId context) override { return m_fake.cancel(context); }
    ReturnCode connect(pcsc::ContextId context, const std::string &reader, pcsc::ShareMode mode,
        std::uint32_t preferredProtocols, pcsc::CardId *card, std::uint32_t *activeProtocol) override
    {
        if (reader == m_gatedReader) {
            std::unique_lock lock(m_mutex);
            m_waiting = true;
            m_opened.wait(lock, [this] { return m_open; });
        }
        return m_fake.connect(context, reader, mode, preferredProtocols, card, activeProtocol);
    }
    ReturnCode reconnect(pcsc::CardId card, pcsc::ShareMode mode, std::uint32_t preferredProtocols,
        pcsc::Disposition initialization, std::uint32_t *activeProtocol) override
    {
        return m_fake.reconnect(card, mode, preferredProtocols, initialization, activeProtocol);
    }
    ReturnCode disconnect(pcsc::CardId card, pcsc::Disposition disposition) override
    {
        return m_fake.disconnect(card, disposition);
    }
    ReturnCode status(pcsc::CardId card, pcsc::CardStatus *status) override
    {
        return m_fake.status(card, status);
    }
    ReturnCode transmit(pcsc::CardId card, std::uint32_t protocol, std::span<const std::uint8_t> command,
        std::span<std::uint8_t> response, std::size_t *responseLength) override
    {
        return m_fake.transmit(card, protocol, command, response, responseLength);
    }
    ReturnCode control(pcsc::CardId card, std::uint32_t controlCode, std::span<const std::uint8_t> input,
        std::span<std::uint8_t> output, std::size_t *outputLength) override
    {
        return m_fake.control(card, controlCode, input, output, outputLength);
    }
    ReturnCode getAttrib(pcsc::CardId card, std::uint32_t attributeId, Bytes *value) override
    {
        return m_fake.getAttrib(card, attributeId, value);
    }
    ReturnCode beginTransaction(pcsc::CardId card) override { return m_fake.beginTransaction(card); }
    ReturnCode endTransaction(pcsc::CardId card, pcsc::Disposition disposition) override
    {
        return m_fake.endTransaction(card, disposition);
    }

private:
    FakePcsc &m_fake;
    std::string m_gatedReader;
    mutable std::mutex m_mutex;
    std::condition_variable m_opened;
    bool m_open = false;
    bool m_waiting = false;
};

QTreeWidgetItem *findItem(const QTreeWidget *tree, const QString &text)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestReaderDetailsWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyState();
    void pinpadReaderDecoded();
    void readerWithNothing();
    void errorState_data();
    void errorState();
    void staleResultIgnored_data();
    void staleResultIgnored();
    void supersededReadNeverStarts();
    void refreshReadsAgain();

private:
    QTreeWidget *tree() const { return m_widget->findChild<QTreeWidget *>("readerDetailsTree"); }
    QLabel *status() const { return m_widget->findChild<QLabel *>("readerDetailsStatus"); }
    bool loadReader(const QString &reader);

    std::unique_ptr<FakePcsc> m_fake;
    std::unique_ptr<GatedPcsc> m_gated; // the fake, with reads of "Slow" held until opened
    std::unique_ptr<ReaderDetailsWidget> m_widget;
    int m_poolThreads = 0;
};

void TestReaderDetailsWidget::initTestCase()
{
    // The stale-result test keeps one read blocked while a newer one runs beside it.
    QThreadPool::globalInstance()->setMaxThreadCount(
        std::max(2, QThreadPool::globalInstance()->maxThreadCount()));
}

void TestReaderDetailsWidget::init()
{
    m_fake = std::make_unique<FakePcsc>();
    m_fake->insertCard("Pinpad", hex("3B 02 14 50"));
    m_fake->insertCard("Plain", hex("3B 02 14 50"));
    m_fake->insertCard("Slow", hex("3B 02 14 50"));
    m_fake->setAttribute("Pinpad", pcsc::attribute::VendorName, hex("41 43 4D 45 00"));
    m_fake->setAttribute("Pinpad", pcsc::attribute::VendorIfdVersion, hex("45 03 02 01"));
    m_fake->setAttribute("Pinpad", pcsc::attribute::MaxInput, hex("05 01 00 00"));
    m_fake->setControlResponse("Pinpad", pcsc::GetFeatureRequestControlCode,
        hex("06 04 42 33 00 06  0A 04 42 33 00 0A  12 04 42 33 00 12"));
    m_fake->setControlResponse("Pinpad", 0x42330012, hex("01 02 10 02  06 01 04  07 01 08"));
    m_fake->setControlResponse("Pinpad", 0x4233000A, hex("10 02 02 1E"));
    for (const char *reader : { "Plain", "Slow" })
        m_fake->setControlResponse(
            reader, pcsc::GetFeatureRequestControlCode, {}, ReturnCode::E_UnsupportedFeature);
    m_gated = std::make_unique<GatedPcsc>(*m_fake, "Slow");
    m_poolThreads = QThreadPool::globalInstance()->maxThreadCount();
    m_widget = std::make_unique<ReaderDetailsWidget>(*m_fake);
    m_widget->resize(800, 600);
    m_widget->show();
}

void TestReaderDetailsWidget::cleanup()
{
    m_widget.reset();
    // Reads still running use the fake: let them end before it goes, even after a failure.
    m_gated->open();
    QThreadPool::globalInstance()->waitForDone();
    QThreadPool::globalInstance()->setMaxThreadCount(m_poolThreads);
    m_gated.reset();
    QCOMPARE(m_fake->openContexts(), 0);
    QCOMPARE(m_fake->openCards(), 0);
    m_fake.reset();
}

bool TestReaderDetailsWidget::loadReader(const QString &reader)
{
    QSignalSpy loaded(m_widget.get(), &ReaderDetailsWidget::detailsLoaded);
    m_widget->setReader(reader);
    return loaded.wait() && loaded.first().first().toString() == reader;
}

void TestReaderDetailsWidget::emptyState()
{
    QCOMPARE(m_widget->objectName(), QStringLiteral("readerDetails"));
    QCOMPARE(m_widget->state(), ReaderDetailsWidget::State::Empty);
    QCOMPARE(status()->text(), QStringLiteral("Select a reader to see its attributes and features"));
    QVERIFY(!tree()->isVisible());
    QCOMPARE(m_fake->callCount(FakePcsc::Call::EstablishContext), 0);
}

void TestReaderDetailsWidget::pinpadReaderDecoded()
{
    m_widget->setReader("Pinpad");
    QCOMPARE(m_widget->state(), ReaderDetailsWidget::State::Loading);
    QCOMPARE(status()->text(), QStringLiteral("Reading the attributes and features of “Pinpad”…"));
    QSignalSpy loaded(m_widget.get(), &ReaderDetailsWidget::detailsLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(m_widget->state(), ReaderDetailsWidget::State::Loaded);
    QVERIFY(tree()->isVisible());
    const int total = int(ReaderAttributes::definitions().size());
    QCOMPARE(
        status()->text(), QStringLiteral("3 of %1 attributes and 3 PC/SC part 10 feature(s).").arg(total));

    QTreeWidgetItem *attributes = tree()->topLevelItem(0);
    QCOMPARE(attributes->text(0), QStringLiteral("Attributes"));
    QCOMPARE(attributes->text(1), QStringLiteral("3 of %1 answered").arg(total));
    QTreeWidgetItem *version = findItem(tree(), "IFD version");
    QVERIFY(version);
    QCOMPARE(version->text(1), QStringLiteral("01.02.0345"));
    QCOMPARE(version->text(2), QStringLiteral("SCARD_ATTR_VENDOR_IFD_VERSION"));
    QTreeWidgetItem *notAnswered = findItem(tree(), "not answered");
    QCOMPARE(notAnswered->text(1), QStringLiteral("SCARD_E_UNSUPPORTED_FEATURE"));
    QCOMPARE(notAnswered->childCount(), total - 3);

    QTreeWidgetItem *verify = findItem(tree(), "FEATURE_VERIFY_PIN_DIRECT");
    QVERIFY(verify);
    QCOMPARE(verify->text(1), QStringLiteral("control code 0x42330006"));
    QCOMPARE(findItem(tree(), "wLcdLayout")->text(1), QStringLiteral("2 lines of 16 characters"));
    QCOMPARE(findItem(tree(), "bTimeOut2")->text(1), QStringLiteral("30 s"));
    QVERIFY(findItem(tree(), "bMaxPINSize"));
}

void TestReaderDetailsWidget::readerWithNothing()
{
    QVERIFY(loadReader("Plain"));
    QCOMPARE(status()->text(),
        QStringLiteral("The reader driver reports no attributes (SCARD_E_UNSUPPORTED_FEATURE) and no "
                       "PC/SC part 10 features (SCARD_E_UNSUPPORTED_FEATURE)."));
    QVERIFY(tree()->isVisible());
    QCOMPARE(tree()->topLevelItem(1)->text(1), QStringLiteral("none (SCARD_E_UNSUPPORTED_FEATURE)"));
}

void TestReaderDetailsWidget::errorState_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<bool>("serviceRunning");
    QTest::addColumn<QString>("code");
    QTest::newRow("service gone") << "Pinpad" << false << "SCARD_E_NO_SERVICE: Failed to establish context";
    QTest::newRow("unknown reader") << "Nowhere" << true << "Invalid reader: Nowhere";
}

void TestReaderDetailsWidget::errorState()
{
    QFETCH(QString, reader);
    QFETCH(bool, serviceRunning);
    QFETCH(QString, code);
    m_fake->setServiceRunning(serviceRunning);
    QSignalSpy failed(m_widget.get(), &ReaderDetailsWidget::detailsFailed);
    QSignalSpy loaded(m_widget.get(), &ReaderDetailsWidget::detailsLoaded);
    m_widget->setReader(reader);
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().toString(), reader);
    QVERIFY2(failed.first().at(1).toString().contains(code), qPrintable(failed.first().at(1).toString()));
    QCOMPARE(m_widget->state(), ReaderDetailsWidget::State::Failed);
    QVERIFY(status()->text().startsWith(QStringLiteral("Cannot read the details of “%1”: ").arg(reader)));
    QVERIFY(status()->text().contains(code));
    QVERIFY(!tree()->isVisible());
    QCOMPARE(loaded.size(), 0);
    // Nothing was asked of a reader that could not be reached.
    QCOMPARE(m_fake->callCount(FakePcsc::Call::GetAttrib), 0);
    QVERIFY(m_fake->controlCodes().empty());
    m_fake->setServiceRunning(true);
}

void TestReaderDetailsWidget::staleResultIgnored_data()
{
    QTest::addColumn<QString>("newer");
    QTest::newRow("another reader") << "Pinpad";
    QTest::newRow("no reader") << "";
}

void TestReaderDetailsWidget::staleResultIgnored()
{
    QFETCH(QString, newer);
    GatedPcsc &gated = *m_gated;
    m_widget->setPcscApi(gated);
    QSignalSpy loaded(m_widget.get(), &ReaderDetailsWidget::detailsLoaded);
    m_widget->setReader("Slow");
    QTRY_VERIFY(gated.isWaiting());
    m_widget->setReader(newer);
    if (!newer.isEmpty())
        QVERIFY(loaded.wait());
    const QString shown = status()->text();
    const int items = tree()->topLevelItemCount();

    gated.open(); // the superseded read of "Slow" now ends
    QTRY_COMPARE(m_widget->findChildren<QFutureWatcherBase *>().size(), 0);
    QCOMPARE(loaded.size(), newer.isEmpty() ? 0 : 1);
    QCOMPARE(m_widget->reader(), newer);
    QCOMPARE(status()->text(), shown);
    QCOMPARE(tree()->topLevelItemCount(), items);
    QCOMPARE(m_widget->state(),
        newer.isEmpty() ? ReaderDetailsWidget::State::Empty : ReaderDetailsWidget::State::Loaded);
    // The stale read really ran to its end: it was dropped, not lost in the pool.
    QVERIFY(m_fake->callCount(FakePcsc::Call::Connect) >= 1);
}

void TestReaderDetailsWidget::supersededReadNeverStarts()
{
    // One pool thread, held by the read of "Slow": the read of "Pinpad" waits in the queue
    // and is superseded there by "Plain".
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    GatedPcsc &gated = *m_gated;
    m_widget->setPcscApi(gated);
    m_widget->setReader("Slow");
    QTRY_VERIFY(gated.isWaiting());
    m_widget->setReader("Pinpad");
    QSignalSpy loaded(m_widget.get(), &ReaderDetailsWidget::detailsLoaded);
    m_widget->setReader("Plain");
    gated.open();
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().first().toString(), QStringLiteral("Plain"));
    QTRY_COMPARE(m_widget->findChildren<QFutureWatcherBase *>().size(), 0);
    // "Slow" and "Plain" were read; "Pinpad" was never asked anything.
    QCOMPARE(m_fake->callCount(FakePcsc::Call::Connect), 2);
    QVERIFY(m_fake->controlCodes().size() == 2);
    QCOMPARE(loaded.size(), 1);
}

void TestReaderDetailsWidget::refreshReadsAgain()
{
    QVERIFY(loadReader("Pinpad"));
    const int connects = m_fake->callCount(FakePcsc::Call::Connect);
    m_fake->setAttribute("Pinpad", pcsc::attribute::VendorIfdSerialNo, hex("31 32 33 00"));
    QSignalSpy loaded(m_widget.get(), &ReaderDetailsWidget::detailsLoaded);
    m_widget->refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(m_fake->callCount(FakePcsc::Call::Connect), connects + 1);
    QVERIFY(status()->text().startsWith(QStringLiteral("4 of ")));
}

QTEST_MAIN(TestReaderDetailsWidget)
#include "tst_readerdetailswidget.moc"
