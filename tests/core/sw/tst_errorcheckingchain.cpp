#include "checkertesting.h"
#include "sw/errorcheckingchain.h"
#include "sw/iso7816_4_sw1errorchecker.h"
#include "sw/iso7816_4errorchecker.h"
#include "sw/iso7816_9errorchecker.h"

#include <QTest>

#include <stdexcept>

using namespace smartcard;

namespace {

// Throws `kind` for one status word and counts how often it was asked.
class FakeChecker : public ErrorChecker
{
public:
    FakeChecker(quint16 sw, SWExceptionKind kind)
        : m_sw(sw)
        , m_kind(kind)
    { }

    void check(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const override
    {
        ++m_calls;
        if ((sw1 << 8 | sw2) == m_sw)
            throwSWException(m_kind, data, sw1, sw2, QStringLiteral("fake"));
    }
    int calls() const { return m_calls; }

private:
    quint16 m_sw;
    SWExceptionKind m_kind;
    mutable int m_calls = 0;
};

// Not one of pyscard's classes: a filter on its base must not match it.
class CustomCheckingError : public CheckingErrorException
{
public:
    using CheckingErrorException::CheckingErrorException;
};

class CustomThrower : public ErrorChecker
{
public:
    void check(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const override
    {
        throw CustomCheckingError(data, sw1, sw2, QStringLiteral("custom"));
    }
};

class NonSwThrower : public ErrorChecker
{
public:
    void check(const Bytes &, std::uint8_t, std::uint8_t) const override { throw std::runtime_error("boom"); }
};

// What the chain throws for a status word, by kind; nullopt when it accepts it.
std::optional<SWExceptionKind> outcome(const ErrorCheckingChain &chain, quint16 sw)
{
    return chain.raisedKind(std::uint8_t(sw >> 8), std::uint8_t(sw));
}

std::shared_ptr<FakeChecker> fake(quint16 sw, SWExceptionKind kind)
{
    return std::make_shared<FakeChecker>(sw, kind);
}

} // namespace

class TestErrorCheckingChain : public QObject
{
    Q_OBJECT

private slots:
    void emptyChainAcceptsEverything();
    void firstObjectionWins();
    void filteredExceptionStopsTheChain();
    void unfilteredClassPropagates();
    void filterPropagatesForwardOnly();
    void linksAppendedLaterAreNotFiltered();
    void filterMatchesTheExactClassOnly();
    void typeTagNamesTheSameFilter();
    void checkFromSkipsEarlierLinks();
    void chainAsALinkOfAnotherChain();
    void otherExceptionsPassThroughFilters();
    void pyscardStyleChain_data();
    void pyscardStyleChain();
};

void TestErrorCheckingChain::emptyChainAcceptsEverything()
{
    const ErrorCheckingChain chain;
    QVERIFY(chain.isEmpty());
    chain({}, 0x6F, 0x00);
    QCOMPARE(outcome(chain, 0x6A82), std::nullopt);
}

void TestErrorCheckingChain::firstObjectionWins()
{
    // Both checkers know 6A 80; the ISO 7816-9 one comes first, so its text is reported.
    const ErrorCheckingChain chain { std::make_shared<ISO7816_9ErrorChecker>(),
        std::make_shared<ISO7816_4ErrorChecker>() };
    checkertesting::verifyRaises(chain, 0x6A80, SWExceptionKind::CheckingError,
        QStringLiteral("incorrect parameters in the data field"));
    // Only the second knows 6A 82.
    checkertesting::verifyRaises(
        chain, 0x6A82, SWExceptionKind::CheckingError, QStringLiteral("file or application not found"));
}

void TestErrorCheckingChain::filteredExceptionStopsTheChain()
{
    const auto first = fake(0x6281, SWExceptionKind::WarningProcessing);
    const auto second = fake(0x6281, SWExceptionKind::CheckingError);
    ErrorCheckingChain chain { first, second };
    chain.addFilterException(SWExceptionKind::WarningProcessing);
    QCOMPARE(outcome(chain, 0x6281), std::nullopt);
    QCOMPARE(first->calls(), 1);
    QCOMPARE(second->calls(), 0); // swallowed at link 0: link 1 is never asked
    QCOMPARE(outcome(chain, 0x9000), std::nullopt);
    QCOMPARE(second->calls(), 1); // no objection: the next link is asked
}

void TestErrorCheckingChain::unfilteredClassPropagates()
{
    ErrorCheckingChain chain { fake(0x6A82, SWExceptionKind::CheckingError) };
    chain.addFilterException(SWExceptionKind::WarningProcessing);
    QCOMPARE(outcome(chain, 0x6A82), SWExceptionKind::CheckingError);
}

void TestErrorCheckingChain::filterPropagatesForwardOnly()
{
    ErrorCheckingChain chain { fake(0x6A80, SWExceptionKind::CheckingError),
        fake(0x6A81, SWExceptionKind::CheckingError), fake(0x6A82, SWExceptionKind::CheckingError) };
    chain.addFilterException(SWExceptionKind::CheckingError, 1);
    QVERIFY(!chain.isFiltered(SWExceptionKind::CheckingError, 0));
    QVERIFY(chain.isFiltered(SWExceptionKind::CheckingError, 1));
    QVERIFY(chain.isFiltered(SWExceptionKind::CheckingError, 2));
    QCOMPARE(outcome(chain, 0x6A80), SWExceptionKind::CheckingError);
    QCOMPARE(outcome(chain, 0x6A81), std::nullopt);
    QCOMPARE(outcome(chain, 0x6A82), std::nullopt);
}

void TestErrorCheckingChain::linksAppendedLaterAreNotFiltered()
{
    ErrorCheckingChain chain { fake(0x6A80, SWExceptionKind::CheckingError) };
    chain.addFilterException(SWExceptionKind::CheckingError);
    QCOMPARE(chain.append(fake(0x6A81, SWExceptionKind::CheckingError)), 1);
    QVERIFY(!chain.isFiltered(SWExceptionKind::CheckingError, 1));
    QCOMPARE(outcome(chain, 0x6A80), std::nullopt);
    QCOMPARE(outcome(chain, 0x6A81), SWExceptionKind::CheckingError);
}

void TestErrorCheckingChain::filterMatchesTheExactClassOnly()
{
    ErrorCheckingChain chain { fake(0x6A82, SWExceptionKind::CheckingError),
        fake(0x6F00, SWExceptionKind::SWException) };
    chain.addFilterException(SWExceptionKind::SWException);
    QCOMPARE(outcome(chain, 0x6A82), SWExceptionKind::CheckingError); // a subclass of the filter
    QCOMPARE(outcome(chain, 0x6F00), std::nullopt); // the filtered class itself

    ErrorCheckingChain custom { std::make_shared<CustomThrower>() };
    custom.addFilterException(SWExceptionKind::CheckingError);
    QVERIFY_THROWS_EXCEPTION(CustomCheckingError, custom({}, 0x6A, 0x82));
}

void TestErrorCheckingChain::typeTagNamesTheSameFilter()
{
    ErrorCheckingChain chain { fake(0x6281, SWExceptionKind::WarningProcessing) };
    chain.addFilterException<WarningProcessingException>();
    QVERIFY(chain.isFiltered(SWExceptionKind::WarningProcessing));
    QVERIFY(!chain.isFiltered(SWExceptionKind::CheckingError));
    QCOMPARE(outcome(chain, 0x6281), std::nullopt);
}

void TestErrorCheckingChain::checkFromSkipsEarlierLinks()
{
    const auto first = fake(0x6A82, SWExceptionKind::CheckingError);
    const ErrorCheckingChain chain { first, fake(0x6A83, SWExceptionKind::CheckingError) };
    chain.checkFrom(1, {}, 0x6A, 0x82);
    QCOMPARE(first->calls(), 0);
    QVERIFY_THROWS_EXCEPTION(CheckingErrorException, chain.checkFrom(1, {}, 0x6A, 0x83));
}

void TestErrorCheckingChain::chainAsALinkOfAnotherChain()
{
    const auto inner = std::make_shared<ErrorCheckingChain>(
        ErrorCheckingChain { std::make_shared<ISO7816_4ErrorChecker>() });
    ErrorCheckingChain outer { inner, std::make_shared<ISO7816_4_SW1ErrorChecker>() };
    outer.addFilterException(SWExceptionKind::WarningProcessing);
    QCOMPARE(outcome(outer, 0x6281), std::nullopt); // the inner chain's warning, filtered outside
    QCOMPARE(outcome(outer, 0x6C10), SWExceptionKind::CheckingError);
}

void TestErrorCheckingChain::otherExceptionsPassThroughFilters()
{
    ErrorCheckingChain chain { std::make_shared<NonSwThrower>() };
    for (const SWExceptionKind kind :
        { SWExceptionKind::SWException, SWExceptionKind::WarningProcessing, SWExceptionKind::ExecutionError,
            SWExceptionKind::SecurityRelated, SWExceptionKind::CheckingError })
        chain.addFilterException(kind);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, chain({}, 0x90, 0x00));
}

void TestErrorCheckingChain::pyscardStyleChain_data()
{
    // pyscard's usual set-up: ISO7816_4 then the SW1 checker, warnings filtered from link 0.
    QTest::addColumn<int>("sw");
    QTest::addColumn<std::optional<SWExceptionKind>>("expected");
    QTest::newRow("90 00 passes both") << 0x9000 << std::optional<SWExceptionKind>();
    QTest::newRow("62 81 warning of link 0, filtered") << 0x6281 << std::optional<SWExceptionKind>();
    QTest::newRow("62 80 warning of link 1, filtered too") << 0x6280 << std::optional<SWExceptionKind>();
    QTest::newRow("63 C2 PIN warning, filtered") << 0x63C2 << std::optional<SWExceptionKind>();
    QTest::newRow("64 00 execution error of link 0")
        << 0x6400 << std::optional(SWExceptionKind::ExecutionError);
    QTest::newRow("66 00 security of link 1") << 0x6600 << std::optional(SWExceptionKind::SecurityRelated);
    QTest::newRow("6A 82 checking error of link 0")
        << 0x6A82 << std::optional(SWExceptionKind::CheckingError);
    QTest::newRow("6C 10 checking error of link 1")
        << 0x6C10 << std::optional(SWExceptionKind::CheckingError);
    QTest::newRow("94 84 outside both") << 0x9484 << std::optional<SWExceptionKind>();
}

void TestErrorCheckingChain::pyscardStyleChain()
{
    QFETCH(int, sw);
    QFETCH(std::optional<SWExceptionKind>, expected);
    ErrorCheckingChain chain { std::make_shared<ISO7816_4ErrorChecker>(),
        std::make_shared<ISO7816_4_SW1ErrorChecker>() };
    chain.addFilterException<WarningProcessingException>();
    QCOMPARE(outcome(chain, quint16(sw)), expected);
}

QTEST_GUILESS_MAIN(TestErrorCheckingChain)
#include "tst_errorcheckingchain.moc"
