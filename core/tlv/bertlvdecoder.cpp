#include "tlv/bertlvdecoder.h"

#include "util/hexstring.h"

#include <QCoreApplication>

namespace smartcard {
namespace {

using Kind = BerTlvDecoder::Problem::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("smartcard::BerTlvDecoder", text);
}

QString tagText(std::uint32_t tag)
{
    return QString::number(tag, 16).toUpper().rightJustified(2, u'0');
}

// One pass over the data; each level of nesting is a call of decodeLevel on a byte range.
class Decoder
{
public:
    Decoder(std::span<const std::uint8_t> data, std::vector<BerTlvDecoder::Problem> *problems)
        : m_data(data)
        , m_problems(problems)
    { }

    void decodeLevel(qsizetype begin, qsizetype end, int depth, std::vector<TlvNode> *nodes);

private:
    // Reads the tag and length at `pos` into `node`; false after reporting why it could not.
    bool readHeader(qsizetype pos, qsizetype end, TlvNode *node);
    bool readTag(qsizetype pos, qsizetype end, TlvNode *node);
    bool readLength(qsizetype pos, qsizetype end, TlvNode *node);
    void report(Kind kind, qsizetype offset, const QString &message);
    static QString undecoded(qsizetype from, qsizetype end);

    std::span<const std::uint8_t> m_data;
    std::vector<BerTlvDecoder::Problem> *m_problems;
};

void Decoder::report(Kind kind, qsizetype offset, const QString &message)
{
    m_problems->push_back({ kind, offset, message });
}

// "; bytes 4 to 15 not decoded": what a header problem leaves out of the tree (the rest of
// its level, up to `end`).
QString Decoder::undecoded(qsizetype from, qsizetype end)
{
    if (end - from == 1)
        return tr("; byte %1 not decoded").arg(from);
    return tr("; bytes %1 to %2 not decoded").arg(from).arg(end - 1);
}

bool Decoder::readTag(qsizetype pos, qsizetype end, TlvNode *node)
{
    node->offset = pos;
    node->constructed = (m_data[std::size_t(pos)] & 0x20) != 0;
    std::uint32_t tag = m_data[std::size_t(pos)];
    qsizetype next = pos + 1;
    // Low five bits all set: the tag number follows, 7 bits a byte, bit 8 set on all but the last.
    if ((tag & 0x1F) == 0x1F) {
        while (true) {
            if (next >= end) {
                report(Kind::TruncatedTag, pos,
                    tr("tag %1 at byte %2 is cut off after %3 of its bytes")
                            .arg(tagText(tag))
                            .arg(pos)
                            .arg(next - pos)
                        + undecoded(pos, end));
                return false;
            }
            if (next - pos == 4) {
                report(Kind::TagTooLong, pos,
                    tr("tag at byte %1 is longer than 4 bytes").arg(pos) + undecoded(pos, end));
                return false;
            }
            const std::uint8_t byte = m_data[std::size_t(next++)];
            tag = tag << 8 | byte;
            if (!(byte & 0x80))
                break;
        }
    }
    node->tag = tag;
    node->tagLength = int(next - pos);
    return true;
}

bool Decoder::readLength(qsizetype pos, qsizetype end, TlvNode *node)
{
    const QString tag = tagText(node->tag);
    if (pos >= end) {
        report(Kind::TruncatedLength, node->offset,
            tr("tag %1 at byte %2 has no length").arg(tag).arg(node->offset) + undecoded(node->offset, end));
        return false;
    }
    const std::uint8_t first = m_data[std::size_t(pos)];
    if (first < 0x80) {
        node->length = first;
        node->headerLength = pos + 1 - node->offset;
        return true;
    }
    if (first == 0x80) {
        report(Kind::IndefiniteLength, pos,
            tr("tag %1 has an indefinite length (80) at byte %2; ISO 7816 BER-TLV allows definite lengths "
               "only")
                    .arg(tag)
                    .arg(pos)
                + undecoded(node->offset, end));
        return false;
    }
    const int count = first & 0x7F;
    if (count > 4) {
        report(Kind::LengthTooLong, pos,
            (first == 0xFF ? tr("tag %1 has the reserved length byte FF at byte %2").arg(tag).arg(pos)
                           : tr("tag %1 has a length of %3 bytes at byte %2; at most 4 are supported")
                                 .arg(tag)
                                 .arg(pos)
                                 .arg(count))
                + undecoded(node->offset, end));
        return false;
    }
    if (end - (pos + 1) < count) {
        report(Kind::TruncatedLength, pos,
            tr("tag %1 announces %3 length bytes at byte %2, %4 present")
                    .arg(tag)
                    .arg(pos)
                    .arg(count)
                    .arg(end - (pos + 1))
                + undecoded(node->offset, end));
        return false;
    }
    qsizetype length = 0;
    for (int i = 1; i <= count; ++i)
        length = length << 8 | m_data[std::size_t(pos + i)];
    node->length = length;
    node->headerLength = pos + 1 + count - node->offset;
    return true;
}

bool Decoder::readHeader(qsizetype pos, qsizetype end, TlvNode *node)
{
    return readTag(pos, end, node) && readLength(pos + node->tagLength, end, node);
}

void Decoder::decodeLevel(qsizetype begin, qsizetype end, int depth, std::vector<TlvNode> *nodes)
{
    qsizetype pos = begin;
    while (pos < end) {
        const std::uint8_t byte = m_data[std::size_t(pos)];
        if (byte == 0x00 || byte == 0xFF) { // ISO 7816-4 padding, see the header
            ++pos;
            continue;
        }
        TlvNode node;
        if (!readHeader(pos, end, &node))
            return;
        const qsizetype available = end - node.valueOffset();
        node.valueLength = std::min(node.length, available);
        if (node.isTruncated()) {
            report(Kind::Overrun, node.offset,
                tr("tag %1 at byte %2 declares %3 value bytes, %4 present")
                    .arg(tagText(node.tag))
                    .arg(node.offset)
                    .arg(node.length)
                    .arg(available));
        }
        if (node.constructed && depth >= BerTlvDecoder::MaxDepth) {
            report(Kind::TooDeep, node.offset,
                tr("tag %1 at byte %2 is nested deeper than %3 levels; its value is not decoded")
                    .arg(tagText(node.tag))
                    .arg(node.offset)
                    .arg(BerTlvDecoder::MaxDepth));
        } else if (node.constructed) {
            decodeLevel(node.valueOffset(), node.end(), depth + 1, &node.children);
        }
        pos = node.end();
        nodes->push_back(std::move(node));
    }
}

} // namespace

std::span<const std::uint8_t> BerTlvDecoder::Result::value(const TlvNode &node) const
{
    return std::span<const std::uint8_t>(data).subspan(
        std::size_t(node.valueOffset()), std::size_t(node.valueLength));
}

BerTlvDecoder::Result BerTlvDecoder::decode(std::span<const std::uint8_t> data)
{
    Result result;
    result.data.assign(data.begin(), data.end());
    Decoder(result.data, &result.problems).decodeLevel(0, qsizetype(result.data.size()), 0, &result.nodes);
    return result;
}

QString BerTlvDecoder::kindName(Problem::Kind kind)
{
    switch (kind) {
    case Kind::TruncatedTag:
        return QStringLiteral("truncated-tag");
    case Kind::TagTooLong:
        return QStringLiteral("tag-too-long");
    case Kind::TruncatedLength:
        return QStringLiteral("truncated-length");
    case Kind::IndefiniteLength:
        return QStringLiteral("indefinite-length");
    case Kind::LengthTooLong:
        return QStringLiteral("length-too-long");
    case Kind::Overrun:
        return QStringLiteral("overrun");
    case Kind::TooDeep:
        return QStringLiteral("too-deep");
    }
    return QStringLiteral("unknown");
}

} // namespace smartcard
