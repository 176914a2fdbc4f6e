#include "interleaved.h"

#include "benchrig.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace cardscope::bench {

std::vector<ContenderResult> runInterleaved(
    const std::vector<Contender> &contenders, const RoundPlan &plan, const QString &what)
{
    std::vector<ContenderResult> results;
    for (const Contender &contender : contenders)
        results.push_back({ contender.name, {}, {} });
    if (plan.warmUpCount > 0) {
        for (const Contender &contender : contenders)
            contender.runRound(plan.warmUpCount);
    }
    std::vector<std::size_t> order(contenders.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 shuffler(20240611); // fixed: a rerun takes the same turns
    for (int round = 0; round < plan.rounds; ++round) {
        progress(QStringLiteral("%1: round %2 of %3").arg(what).arg(round + 1).arg(plan.rounds));
        std::shuffle(order.begin(), order.end(), shuffler);
        for (const std::size_t index : order)
            results[index].rounds.push_back(contenders[index].runRound(plan.count));
    }
    for (ContenderResult &result : results)
        result.medians = medianOf(result.rounds);
    return results;
}

} // namespace cardscope::bench
