#include "atr/historicalbytes.h"

#include "atr/compacttlv.h"
#include "util/hexstring.h"

namespace smartcard {

namespace {

QString hex(std::uint8_t value)
{
    return toHexString(std::span<const std::uint8_t>(&value, 1));
}

QString printable(std::uint8_t value)
{
    return value >= 0x20 && value < 0x7F ? QStringLiteral(" '%1'").arg(QLatin1Char(char(value))) : QString();
}

} // namespace

QString HistoricalBytes::categoryName(Category category)
{
    switch (category) {
    case Category::Empty:
        return QStringLiteral("no historical bytes");
    case Category::CompactTlvWithStatus:
        return QStringLiteral("COMPACT-TLV objects and a status indicator (category 00)");
    case Category::DirDataReference:
        return QStringLiteral("DIR data reference (category 10)");
    case Category::CompactTlv:
        return QStringLiteral("COMPACT-TLV objects (category 80)");
    case Category::Reserved:
        return QStringLiteral("reserved category (81-8F)");
    case Category::Proprietary:
        return QStringLiteral("proprietary format");
    }
    return {};
}

HistoricalBytes HistoricalBytes::parse(std::span<const std::uint8_t> bytes, int atrOffset)
{
    HistoricalBytes h;
    h.m_bytes.assign(bytes.begin(), bytes.end());
    h.m_atrOffset = atrOffset;
    h.m_breakdown.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i)
        h.m_breakdown.push_back({ atrOffset + int(i), bytes[i], QStringLiteral("T%1").arg(i + 1), {} });
    if (bytes.empty())
        return h;

    const std::uint8_t indicator = bytes[0];
    const std::size_t size = bytes.size();
    if (indicator == 0x00) {
        h.m_category = Category::CompactTlvWithStatus;
        h.describeByte(0, QStringLiteral("category indicator 00: COMPACT-TLV objects, then LCS SW1 SW2"));
        if (size < 4) {
            h.m_errors.push_back({ atrOffset + qsizetype(size),
                QStringLiteral("category indicator 00 requires a 3-byte status indicator at the end; only %1 "
                               "byte(s) follow it")
                    .arg(size - 1) });
            h.describeRemaining(1, QStringLiteral("status indicator (incomplete)"));
            return h;
        }
        h.parseObjects(1, size - 3);
        h.parseStatusTail();
    } else if (indicator == 0x80) {
        h.m_category = Category::CompactTlv;
        h.describeByte(0, QStringLiteral("category indicator 80: COMPACT-TLV objects"));
        // PC/SC part 3 storage cards (contactless, through the reader) carry a BER-style
        // 4F LL object here instead of COMPACT-TLV: recognised only when its length fits exactly.
        if (size >= 3 && bytes[1] == 0x4F && bytes[2] == size - 3)
            h.parsePcscApplicationIndicator();
        else
            h.parseObjects(1, size);
    } else if (indicator == 0x10) {
        h.m_category = Category::DirDataReference;
        h.describeByte(0, QStringLiteral("category indicator 10: DIR data reference follows"));
        if (size < 2)
            h.m_errors.push_back(
                { atrOffset + 1, QStringLiteral("the DIR data reference after category 10 is missing") });
        else
            h.describeByte(1, QStringLiteral("DIR data reference %1").arg(hex(bytes[1])));
        h.describeRemaining(2, QStringLiteral("not defined after a DIR data reference"));
    } else if (indicator > 0x80 && indicator <= 0x8F) {
        h.m_category = Category::Reserved;
        h.describeByte(
            0, QStringLiteral("category indicator %1: reserved for future use").arg(hex(indicator)));
        h.describeRemaining(1, QStringLiteral("reserved category"));
    } else {
        h.m_category = Category::Proprietary;
        h.describeRemaining(0, QStringLiteral("proprietary"));
        h.m_breakdown[0].meaning.prepend(QStringLiteral("no category indicator: "));
    }
    return h;
}

void HistoricalBytes::describeByte(int index, const QString &meaning)
{
    if (index >= 0 && std::size_t(index) < m_breakdown.size())
        m_breakdown[std::size_t(index)].meaning = meaning;
}

void HistoricalBytes::describeRemaining(std::size_t begin, const QString &meaning)
{
    for (std::size_t i = begin; i < m_bytes.size(); ++i)
        describeByte(int(i), meaning + printable(m_bytes[i]));
}

void HistoricalBytes::parseObjects(std::size_t begin, std::size_t end)
{
    std::size_t pos = begin;
    while (pos < end) {
        const std::uint8_t header = m_bytes[pos];
        CompactTlvObject object;
        object.offset = m_atrOffset + int(pos);
        object.tag = header >> 4;
        object.declaredLength = header & 0x0F;
        object.name = compacttlv::tagName(object.tag);
        const std::size_t available
            = std::min<std::size_t>(std::size_t(object.declaredLength), end - pos - 1);
        object.value.assign(
            m_bytes.begin() + qsizetype(pos) + 1, m_bytes.begin() + qsizetype(pos + 1 + available));
        describeByte(int(pos),
            QStringLiteral("COMPACT-TLV header %1: %2, length %3")
                .arg(hex(header), object.name)
                .arg(object.declaredLength));
        if (available < std::size_t(object.declaredLength))
            m_errors.push_back({ object.offset,
                QStringLiteral("COMPACT-TLV object %1 (%2) declares %3 byte(s) but only %4 remain")
                    .arg(hex(header), object.name)
                    .arg(object.declaredLength)
                    .arg(available) });
        object.meanings = compacttlv::describeValue(object.tag, object.value);
        for (std::size_t k = 0; k < available; ++k) {
            const QString meaning = qsizetype(k) < object.meanings.size()
                ? object.name + QStringLiteral(": ") + object.meanings.at(qsizetype(k))
                : QStringLiteral("%1 (byte %2 of %3)").arg(object.name).arg(k + 1).arg(object.declaredLength);
            describeByte(int(pos + 1 + k), meaning);
        }
        pos += 1 + available;
        if (object.tag == 0x8 && m_category == Category::CompactTlv)
            takeStatusObject(object, pos == end);
        m_objects.push_back(std::move(object));
    }
}

void HistoricalBytes::takeStatusObject(const CompactTlvObject &object, bool last)
{
    const Bytes &v = object.value;
    if (object.declaredLength < 1 || object.declaredLength > 3 || int(v.size()) != object.declaredLength) {
        if (object.declaredLength < 1 || object.declaredLength > 3)
            m_errors.push_back({ object.offset,
                QStringLiteral("status indicator object of length %1: only 1, 2 or 3 are defined")
                    .arg(object.declaredLength) });
        return;
    }
    if (!last)
        m_errors.push_back({ object.offset,
            QStringLiteral("the status indicator object is not at the end of the historical bytes") });
    StatusIndicator status;
    if (v.size() != 2)
        status.lcs = v[0];
    if (v.size() >= 2) {
        status.sw1 = v[v.size() - 2];
        status.sw2 = v[v.size() - 1];
    }
    m_status = status;
}

void HistoricalBytes::parseStatusTail()
{
    const std::size_t at = m_bytes.size() - 3;
    StatusIndicator status { m_bytes[at], m_bytes[at + 1], m_bytes[at + 2] };
    describeByte(
        int(at), QStringLiteral("status indicator: LCS ") + compacttlv::describeLifeCycleStatus(m_bytes[at]));
    const QString sw = QStringLiteral("status indicator: SW ")
        + compacttlv::describeStatusWord(m_bytes[at + 1], m_bytes[at + 2]);
    describeByte(int(at + 1), sw + QStringLiteral(" (SW1)"));
    describeByte(int(at + 2), sw + QStringLiteral(" (SW2)"));
    m_status = status;
}

void HistoricalBytes::parsePcscApplicationIndicator()
{
    describeByte(1, QStringLiteral("PC/SC part 3: application identifier presence indicator (4F)"));
    describeByte(2, QStringLiteral("PC/SC part 3: length %1").arg(m_bytes[2]));
    const std::size_t size = m_bytes.size();
    for (std::size_t i = 3; i < size; ++i) {
        QString meaning;
        if (i < 8)
            meaning = QStringLiteral("RID (registered application provider)");
        else if (i == 8)
            meaning = QStringLiteral("standard %1").arg(hex(m_bytes[i]));
        else if (i < 11)
            meaning = QStringLiteral("card name");
        else
            meaning = QStringLiteral("reserved for future use");
        describeByte(int(i), QStringLiteral("PC/SC part 3: ") + meaning);
    }
}

} // namespace smartcard
