#pragma once

#include "sw/errorchecker.h"

#include <QtGlobal>

#include <memory>
#include <vector>

namespace smartcard {

// pyscard's ErrorCheckingChain: error checkers asked in order until one objects.
//
// pyscard builds the chain from link objects sharing one Python list:
//     chain = []; ErrorCheckingChain(chain, ISO7816_4ErrorChecker()); ...
//     chain[0].addFilterException(WarningProcessingException); chain[0](data, sw1, sw2)
// Here the chain owns its links and a link is a position (0 is chain[0]):
//     ErrorCheckingChain chain;
//     chain.append(std::make_shared<ISO7816_4ErrorChecker>()); ...
//     chain.addFilterException<WarningProcessingException>(); chain(data, sw1, sw2);
//
// The semantics are pyscard's, including its less obvious parts:
// - Each link keeps its own set of filtered exception classes. addFilterException(kind,
//   link) adds the class to that link and to every link after it that exists now; links
//   before it, and links appended later, do not get it.
// - When a link's checker throws an exception whose exact class that link filters, the
//   exception is swallowed and the chain stops: the links after it are not asked.
// - A filter matches the exact class only: filtering SWException swallows none of its
//   subclasses. An exception of another class propagates, and stops the chain too.
// - A checker that does not throw hands the status word to the next link.
//
// The chain is itself an ErrorChecker (pyscard's links are callables like checkers), so a
// chain can be a link of another chain.
class ErrorCheckingChain : public ErrorChecker
{
public:
    ErrorCheckingChain() = default;
    ErrorCheckingChain(std::initializer_list<std::shared_ptr<const ErrorChecker>> strategies);

    // pyscard's ErrorCheckingChain(chain, strategy): a new last link. Returns its position.
    qsizetype append(std::shared_ptr<const ErrorChecker> strategy);
    qsizetype size() const { return qsizetype(m_links.size()); }
    bool isEmpty() const { return m_links.empty(); }
    const ErrorChecker &strategy(qsizetype link) const { return *m_links.at(std::size_t(link)).strategy; }

    // pyscard's chain[link].addFilterException(exClass). An out-of-range link does nothing.
    void addFilterException(SWExceptionKind kind, qsizetype link = 0);
    template<class E> void addFilterException(qsizetype link = 0)
    {
        addFilterException(swExceptionKind<E>(), link);
    }
    // pyscard's chain[link].excludes, one class at a time.
    bool isFiltered(SWExceptionKind kind, qsizetype link = 0) const;

    // pyscard's chain[0](data, sw1, sw2). An empty chain accepts everything.
    void check(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const override;
    // pyscard's chain[link](data, sw1, sw2): the links before `link` are not asked.
    void checkFrom(qsizetype link, const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const;

private:
    struct Link
    {
        std::shared_ptr<const ErrorChecker> strategy;
        unsigned filters = 0; // bit (1 << kind) per filtered class
    };
    std::vector<Link> m_links;
};

} // namespace smartcard
