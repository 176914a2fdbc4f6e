#include "atr/atr.h"

#include "atr/atrrenderer.h"
#include "atr/atrtables.h"
#include "util/hexstring.h"

#include <algorithm>
#include <array>

namespace smartcard {

namespace {

QString hex(std::uint8_t value)
{
    return toHexString(std::span<const std::uint8_t>(&value, 1));
}

std::optional<std::uint8_t> byteOf(const ATR::InterfaceGroup &group, char kind)
{
    switch (kind) {
    case 'A':
        return group.ta;
    case 'B':
        return group.tb;
    case 'C':
        return group.tc;
    default:
        return group.td;
    }
}

} // namespace

ATR::ATR(Bytes bytes)
    : m_bytes(std::move(bytes))
{
    parse();
}

void ATR::parse()
{
    if (m_bytes.empty()) {
        addError(0, QStringLiteral("empty ATR: TS is missing"));
        return;
    }
    parseTS();
    if (m_bytes.size() > std::size_t(MaxLength))
        addError(std::size_t(MaxLength),
            QStringLiteral("the ATR is %1 bytes long; ISO/IEC 7816-3 allows at most %2")
                .arg(m_bytes.size())
                .arg(MaxLength));
    if (m_bytes.size() < 2) {
        addError(1, QStringLiteral("T0 is missing: the ATR ends after TS"));
        return;
    }
    parseTail(parseInterfaceBytes());
    std::stable_sort(m_errors.begin(), m_errors.end(),
        [](const ParseError &a, const ParseError &b) { return a.offset < b.offset; });
}

void ATR::parseTS()
{
    const std::uint8_t ts = m_bytes[0];
    if (ts == 0x3B) {
        m_convention = Convention::Direct;
        addByte(0, QStringLiteral("TS"), QStringLiteral("direct convention"));
    } else if (ts == 0x3F) {
        m_convention = Convention::Inverse;
        addByte(0, QStringLiteral("TS"), QStringLiteral("inverse convention"));
    } else {
        addByte(0, QStringLiteral("TS"), QStringLiteral("not a valid initial character"));
        // 03 is what an inverse-convention TS (3F) looks like when nobody decoded the convention.
        addError(0,
            ts == 0x03 ? QStringLiteral(
                "TS 03 is an inverse-convention ATR read as direct convention (undecoded 3F)")
                       : QStringLiteral("TS %1 is neither 3B (direct convention) nor 3F (inverse convention)")
                             .arg(hex(ts)));
    }
}

std::size_t ATR::parseInterfaceBytes()
{
    const std::uint8_t t0 = m_bytes[1];
    m_declaredHistorical = t0 & 0x0F;
    const QString follows = atrtables::describeTD(0, t0).section(QStringLiteral("; "), 1);
    addByte(1, QStringLiteral("T0"),
        QStringLiteral("Y1=%1: %2; K=%3 historical bytes")
            .arg(QString::number(t0 >> 4, 16).toUpper(), follows)
            .arg(m_declaredHistorical));
    std::size_t pos = 2;
    std::uint8_t y = t0 >> 4;
    std::optional<int> protocol;
    for (int i = 1;; ++i) {
        InterfaceGroup group;
        group.i = i;
        group.protocol = protocol;
        readGroup(&pos, y, &group);
        m_groups.push_back(group);
        if (!group.td)
            break;
        const int t = *group.td & 0x0F;
        if (i == 1 && t == 15)
            addError(
                pos - 1, QStringLiteral("TD1 indicates T=15, which ISO/IEC 7816-3 does not allow in TD1"));
        if (std::find(m_protocols.begin(), m_protocols.end(), t) == m_protocols.end())
            m_protocols.push_back(t);
        protocol = t;
        y = *group.td >> 4;
    }
    if (!(t0 & 0x80))
        m_protocols.push_back(0); // without TD1 the only protocol offered is T=0
    return pos;
}

void ATR::readGroup(std::size_t *pos, std::uint8_t y, InterfaceGroup *group)
{
    static constexpr std::array<char, 4> Kinds { 'A', 'B', 'C', 'D' };
    for (std::size_t bit = 0; bit < Kinds.size(); ++bit) {
        if (!(y & (1 << bit)))
            continue;
        const char kind = Kinds.at(bit);
        if (*pos >= m_bytes.size()) {
            addError(*pos,
                QStringLiteral("T%1%2 is missing: the ATR ends after %3 bytes")
                    .arg(QLatin1Char(kind))
                    .arg(group->i)
                    .arg(m_bytes.size()));
            m_truncated = true;
            return;
        }
        const std::uint8_t value = m_bytes[*pos];
        (kind == 'A' ? group->ta : kind == 'B' ? group->tb : kind == 'C' ? group->tc : group->td) = value;
        describeInterfaceByte(*group, kind, value, *pos);
        ++*pos;
    }
}

void ATR::describeInterfaceByte(
    const InterfaceGroup &group, char kind, std::uint8_t value, std::size_t offset)
{
    const QString name = QStringLiteral("T%1%2").arg(QLatin1Char(kind)).arg(group.i);
    QString meaning;
    if (kind == 'D')
        meaning = atrtables::describeTD(group.i, value);
    else if (group.i <= 2)
        meaning = globalMeaning(group.i, kind, value, offset);
    else
        meaning = specificMeaning(group, kind, value, offset);
    addByte(offset, name, meaning);
}

QString ATR::globalMeaning(int i, char kind, std::uint8_t value, std::size_t offset)
{
    std::optional<QString> problem;
    QString meaning;
    if (i == 1 && kind == 'A') {
        meaning = atrtables::describeTA1(value);
        problem = atrtables::checkTA1(value);
    } else if (i == 1) {
        meaning = kind == 'B' ? atrtables::describeTB1(value) : atrtables::describeTC1(value);
    } else if (kind == 'A') {
        meaning = atrtables::describeTA2(value);
    } else if (kind == 'B') {
        meaning = atrtables::describeTB2(value);
    } else {
        meaning = atrtables::describeTC2(value);
        problem = atrtables::checkTC2(value);
    }
    if (problem)
        addError(offset, *problem);
    return meaning;
}

QString ATR::specificMeaning(const InterfaceGroup &group, char kind, std::uint8_t value, std::size_t offset)
{
    const int t = group.protocol.value_or(0);
    const bool first = firstGroupFor(t, kind) == nullptr; // the groups before this one have none
    std::optional<QString> problem;
    QString meaning;
    if (t == 1 && first && kind == 'A') {
        meaning = atrtables::describeT1IFSC(value);
        problem = atrtables::checkT1IFSC(value);
    } else if (t == 1 && first && kind == 'B') {
        meaning = atrtables::describeT1Waiting(value);
        problem = atrtables::checkT1Waiting(value);
    } else if (t == 1 && first && kind == 'C') {
        meaning = atrtables::describeT1ErrorDetection(value);
    } else if (t == 15 && first && kind == 'A') {
        meaning = atrtables::describeT15ClockAndClass(value);
        problem = atrtables::checkT15ClockAndClass(value);
    } else if (t == 15 && first && kind == 'B') {
        meaning = atrtables::describeT15Spu(value);
    } else if (t == 15) {
        meaning = QStringLiteral("global interface byte (not defined by ISO/IEC 7816-3)");
    } else {
        meaning = QStringLiteral("specific to T=%1").arg(t);
    }
    if (problem)
        addError(offset, *problem);
    return meaning;
}

void ATR::parseTail(std::size_t pos)
{
    const std::size_t size = m_bytes.size();
    const std::size_t available
        = std::min<std::size_t>(std::size_t(m_declaredHistorical), size - std::min(pos, size));
    m_historical = HistoricalBytes::parse(
        std::span<const std::uint8_t>(m_bytes).subspan(std::min(pos, size), available), int(pos));
    for (const AtrByte &byte : m_historical.breakdown())
        m_breakdown.push_back(byte);
    m_errors.insert(m_errors.end(), m_historical.errors().begin(), m_historical.errors().end());
    if (m_truncated)
        return;
    if (available < std::size_t(m_declaredHistorical)) {
        addError(size,
            QStringLiteral("T0 announces %1 historical bytes but only %2 are present")
                .arg(m_declaredHistorical)
                .arg(available));
        m_truncated = true;
        return;
    }
    readTck(pos + available);
}

void ATR::readTck(std::size_t pos)
{
    const std::size_t size = m_bytes.size();
    const bool required = isTckRequired();
    if (pos >= size && required) {
        addError(size,
            QStringLiteral("TCK is missing; it is required because a protocol other than T=0 is indicated"));
        return;
    }
    // Only T=0: a single byte after the historical bytes is taken as a TCK sent anyway.
    if (pos < size && (required || size - pos == 1)) {
        std::uint8_t sum = 0;
        for (std::size_t k = 1; k <= pos; ++k)
            sum ^= m_bytes[k];
        m_tck = m_bytes[pos];
        m_tckValid = sum == 0;
        const std::uint8_t expected = sum ^ m_bytes[pos];
        m_expectedTck = expected;
        addByte(pos, QStringLiteral("TCK"),
            *m_tckValid ? QStringLiteral("check byte, correct")
                        : QStringLiteral("check byte, wrong: expected %1").arg(hex(expected)));
        if (!required)
            addError(pos, QStringLiteral("TCK present though only T=0 is indicated (it shall be absent)"));
        if (!*m_tckValid)
            addError(
                pos, QStringLiteral("TCK %1 is wrong: expected %2").arg(hex(m_bytes[pos]), hex(expected)));
        ++pos;
    }
    if (pos < size)
        addError(pos, QStringLiteral("%1 byte(s) after the end of the ATR").arg(size - pos));
    for (; pos < size; ++pos)
        addByte(pos, QStringLiteral("extra"), QStringLiteral("after the end of the ATR"));
}

void ATR::addByte(std::size_t offset, const QString &name, const QString &meaning)
{
    m_breakdown.push_back({ int(offset), m_bytes[offset], name, meaning });
}

void ATR::addError(std::size_t offset, const QString &message)
{
    m_errors.push_back({ qsizetype(offset), message });
}

const ATR::InterfaceGroup *ATR::firstGroupFor(int protocol, char kind) const
{
    for (const InterfaceGroup &group : m_groups) {
        if (group.i >= 3 && group.protocol == protocol && byteOf(group, kind))
            return &group;
    }
    return nullptr;
}

std::optional<std::uint8_t> ATR::ts() const
{
    return m_bytes.empty() ? std::nullopt : std::optional<std::uint8_t>(m_bytes[0]);
}

std::optional<std::uint8_t> ATR::t0() const
{
    return m_bytes.size() < 2 ? std::nullopt : std::optional<std::uint8_t>(m_bytes[1]);
}

std::optional<std::uint8_t> ATR::ta(int i) const
{
    return i >= 1 && std::size_t(i) <= m_groups.size() ? m_groups[std::size_t(i) - 1].ta : std::nullopt;
}

std::optional<std::uint8_t> ATR::tb(int i) const
{
    return i >= 1 && std::size_t(i) <= m_groups.size() ? m_groups[std::size_t(i) - 1].tb : std::nullopt;
}

std::optional<std::uint8_t> ATR::tc(int i) const
{
    return i >= 1 && std::size_t(i) <= m_groups.size() ? m_groups[std::size_t(i) - 1].tc : std::nullopt;
}

std::optional<std::uint8_t> ATR::td(int i) const
{
    return i >= 1 && std::size_t(i) <= m_groups.size() ? m_groups[std::size_t(i) - 1].td : std::nullopt;
}

bool ATR::isTckRequired() const
{
    return std::any_of(m_protocols.begin(), m_protocols.end(), [](int t) { return t != 0; });
}

bool ATR::isProtocolIndicated(int t) const
{
    return std::find(m_protocols.begin(), m_protocols.end(), t) != m_protocols.end();
}

QString ATR::dump() const
{
    return render();
}

QString ATR::render() const
{
    return renderAtr(*this);
}

QString ATR::toString() const
{
    return toHexString(m_bytes);
}

} // namespace smartcard
