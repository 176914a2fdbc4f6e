#include "tlv/tlvtreetext.h"

#include "tlv/tlvtagnames.h"
#include "util/hexstring.h"

#include <algorithm>

namespace smartcard {
namespace {

QString byteCount(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(count);
}

bool isPrintableAscii(std::span<const std::uint8_t> bytes)
{
    return !bytes.empty()
        && std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b >= 0x20 && b < 0x7F; });
}

QString nodeLine(const BerTlvDecoder::Result &result, const TlvNode &node, std::uint32_t parentTag)
{
    QString line
        = QString::number(node.tag, 16).toUpper().rightJustified(qsizetype(2) * node.tagLength, u'0');
    if (const QString name = tlvTagName(node.tag, parentTag); !name.isEmpty())
        line += u' ' + name;
    if (node.isTruncated()) {
        line += QStringLiteral(" (%1 declared, %2 present, at %3)")
                    .arg(byteCount(node.length))
                    .arg(node.valueLength)
                    .arg(node.offset);
    } else {
        line += QStringLiteral(" (%1 at %2)").arg(byteCount(node.length)).arg(node.offset);
    }
    const std::span<const std::uint8_t> value = result.value(node);
    if (node.constructed || value.empty())
        return line;
    line += QStringLiteral(": ") + toHexString(value);
    if (isPrintableAscii(value))
        line += QStringLiteral(" \"%1\"").arg(
            QString::fromLatin1(reinterpret_cast<const char *>(value.data()), qsizetype(value.size())));
    return line;
}

void appendNodes(const BerTlvDecoder::Result &result, const std::vector<TlvNode> &nodes,
    std::uint32_t parentTag, int depth, QStringList *lines)
{
    for (const TlvNode &node : nodes) {
        *lines << QString(qsizetype(depth) * 2, u' ') + nodeLine(result, node, parentTag);
        appendNodes(result, node.children, node.tag, depth + 1, lines);
    }
}

} // namespace

QStringList tlvTreeLines(const BerTlvDecoder::Result &result)
{
    QStringList lines;
    appendNodes(result, result.nodes, 0, 0, &lines);
    for (const BerTlvDecoder::Problem &problem : result.problems)
        lines << QStringLiteral("problem at byte %1: %2").arg(problem.offset).arg(problem.message);
    return lines;
}

} // namespace smartcard
