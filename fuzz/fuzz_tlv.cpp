// BerTlvDecoder on arbitrary bytes: it must never crash, and every node and problem it
// reports must lie inside the data, children inside their parent's value.
#include "fuzzcheck.h"
#include "tlv/bertlvdecoder.h"
#include "tlv/tlvtreetext.h"

#include <cstdlib>

using fuzz::check;

namespace {

void checkNodes(const smartcard::BerTlvDecoder::Result &result, const std::vector<smartcard::TlvNode> &nodes,
    qsizetype begin, qsizetype end, int depth)
{
    check(nodes.empty() || depth <= smartcard::BerTlvDecoder::MaxDepth); // levels 0 to MaxDepth
    qsizetype previousEnd = begin;
    for (const smartcard::TlvNode &node : nodes) {
        check(node.offset >= previousEnd && node.tagLength >= 1 && node.tagLength <= 4);
        check(node.headerLength > node.tagLength && node.valueOffset() <= end);
        check(node.valueLength >= 0 && node.valueLength <= node.length && node.end() <= end);
        check(node.children.empty() || node.constructed);
        check(result.value(node).size() == std::size_t(node.valueLength));
        checkNodes(result, node.children, node.valueOffset(), node.end(), depth + 1);
        previousEnd = node.end();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const smartcard::BerTlvDecoder::Result result = smartcard::BerTlvDecoder::decode({ data, size });
    check(result.data.size() == size);
    checkNodes(result, result.nodes, 0, qsizetype(size), 0);
    for (const smartcard::BerTlvDecoder::Problem &problem : result.problems)
        check(problem.offset >= 0 && problem.offset <= qsizetype(size) && !problem.message.isEmpty());
    check(smartcard::tlvTreeLines(result).size() >= qsizetype(result.problems.size()));
    return 0;
}
