#include "sw/errorcheckingchain.h"

namespace smartcard {
namespace {

unsigned bit(SWExceptionKind kind)
{
    return 1U << unsigned(kind);
}

} // namespace

ErrorCheckingChain::ErrorCheckingChain(std::initializer_list<std::shared_ptr<const ErrorChecker>> strategies)
{
    for (const std::shared_ptr<const ErrorChecker> &strategy : strategies)
        append(strategy);
}

qsizetype ErrorCheckingChain::append(std::shared_ptr<const ErrorChecker> strategy)
{
    Q_ASSERT(strategy);
    m_links.push_back({ std::move(strategy), 0 });
    return size() - 1;
}

void ErrorCheckingChain::addFilterException(SWExceptionKind kind, qsizetype link)
{
    // pyscard propagates from the link to the end of the chain as it is now.
    for (qsizetype i = qMax<qsizetype>(link, 0); i < size(); ++i)
        m_links[std::size_t(i)].filters |= bit(kind);
}

bool ErrorCheckingChain::isFiltered(SWExceptionKind kind, qsizetype link) const
{
    if (link < 0 || link >= size())
        return false;
    return (m_links[std::size_t(link)].filters & bit(kind)) != 0;
}

void ErrorCheckingChain::check(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const
{
    checkFrom(0, data, sw1, sw2);
}

void ErrorCheckingChain::checkFrom(
    qsizetype link, const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const
{
    for (qsizetype i = qMax<qsizetype>(link, 0); i < size(); ++i) {
        const Link &current = m_links[std::size_t(i)];
        try {
            current.strategy->check(data, sw1, sw2);
        } catch (const SWException &exception) {
            const std::optional<SWExceptionKind> kind = exactKind(exception);
            if (kind && (current.filters & bit(*kind)))
                return; // filtered: swallowed, and the rest of the chain is not asked
            throw;
        }
    }
}

} // namespace smartcard
