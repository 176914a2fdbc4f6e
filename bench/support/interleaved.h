#pragma once

#include "figures.h"

#include <QString>

#include <functional>
#include <vector>

namespace cardscope::bench {

// One thing being measured. runRound(count) performs `count` operations and returns what it
// measured; it throws std::runtime_error when the contender fails (the benchmark then stops).
struct Contender
{
    QString name;
    std::function<RoundFigures(int count)> runRound;
};

struct ContenderResult
{
    QString name;
    std::vector<RoundFigures> rounds;
    RoundFigures medians; // medianOf(rounds)
};

struct RoundPlan
{
    int rounds = 7;
    int count = 1000; // operations per contender per round
    int warmUpCount = 0; // one unmeasured round of this many operations per contender first
};

// Shared machines are noisy, so contenders are never measured one after the other: every
// round runs each of them once, in an order shuffled each round (a fixed seed: reruns take
// the same turns), so that no contender always follows the same one (a process that has
// just exited, say), and the figures are the medians over rounds.
std::vector<ContenderResult> runInterleaved(
    const std::vector<Contender> &contenders, const RoundPlan &plan, const QString &what);

} // namespace cardscope::bench
