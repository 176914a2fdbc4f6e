#include "workload.h"

#include "log/maskingpolicy.h"
#include "util/hexparser.h"

#include <algorithm>
#include <random>
#include <span>

namespace cardscope::bench::log {
namespace {

using smartcard::Bytes;

Bytes randomBytes(std::mt19937 &random, std::size_t size)
{
    Bytes bytes(size);
    for (auto &byte : bytes)
        byte = std::uint8_t(random());
    return bytes;
}

// One typical exchange; `kind` picks among the usual commands in their usual proportions.
LogEntry typicalExchange(std::mt19937 &random, std::size_t index)
{
    LogEntry entry;
    entry.reader = QStringLiteral("Reader %1").arg((index / 512) % 4);
    entry.atr = { 0x3B, 0x8A, 0x80, 0x01, 0x80, 0x31, 0x80, 0x73, 0xB5, 0x62, 0x00, 0x00, 0x03 };
    entry.protocol = 2;
    entry.durationNs = 40'000 + qint64(random() % 200'000);
    entry.set(LogEntry::HasResponse);
    entry.sw = 0x9000;
    const unsigned kind = random() % 100;
    if (kind < 30) { // READ BINARY
        const auto le = std::uint8_t(random() % 240);
        entry.command = { 0x00, 0xB0, std::uint8_t(random() % 4), std::uint8_t(random()), le };
        entry.response = randomBytes(random, le);
    } else if (kind < 50) { // SELECT by AID
        entry.command = { 0x00, 0xA4, 0x04, 0x00, 0x07, 0xA0, 0x00, 0x00, 0x00, 0x03, 0x10, 0x10, 0x00 };
        entry.command[11] = std::uint8_t(random() % 4 * 0x10);
        if (random() % 4 == 0)
            entry.sw = 0x6A82;
        else
            entry.response = randomBytes(random, 28);
    } else if (kind < 65) { // GET RESPONSE
        const auto le = std::uint8_t(16 + random() % 64);
        entry.command = { 0x00, 0xC0, 0x00, 0x00, le };
        entry.response = randomBytes(random, le);
        entry.originId = 1;
    } else if (kind < 80) { // GET CHALLENGE
        entry.command = { 0x00, 0x84, 0x00, 0x00, 0x08 };
        entry.response = randomBytes(random, 8);
    } else if (kind < 90) { // VERIFY
        entry.command = { 0x00, 0x20, 0x00, 0x81, 0x08, 0x31, 0x32, 0x33, 0x34, 0xFF, 0xFF, 0xFF, 0xFF };
        entry.sw = random() % 3 == 0 ? 0x63C2 : 0x9000;
        entry = smartcard::MaskingPolicy::applyMask(entry);
    } else { // GET DATA
        entry.command = { 0x80, 0xCA, 0x9F, 0x7F, 0x00 };
        entry.response = randomBytes(random, 45);
        if (random() % 50 == 0) { // a card pulled
            entry.flags = LogEntry::Failed;
            entry.response.clear();
            entry.sw = 0;
            entry.errorCode = 0x80100069;
            entry.errorMessage = QStringLiteral("Card was removed (0x80100069)");
        }
    }
    return entry;
}

constexpr char16_t HexDigits[] = u"0123456789ABCDEF";

QString spacedHex(std::span<const std::uint8_t> bytes, std::size_t maskBegin, std::size_t maskEnd)
{
    if (bytes.empty())
        return {};
    QString text(qsizetype(bytes.size() * 3 - 1), QChar(u' '));
    QChar *out = text.data();
    for (std::size_t i = 0; i < bytes.size(); ++i, out += 3) {
        if (i >= maskBegin && i < maskEnd) {
            out[0] = out[1] = QChar(u'•');
        } else {
            out[0] = QChar(HexDigits[bytes[i] >> 4]);
            out[1] = QChar(HexDigits[bytes[i] & 0xF]);
        }
    }
    return text;
}

QString timeOfDay(qint64 ns)
{
    const qint64 us = ns / 1000;
    const qint64 secondOfDay = (us / 1'000'000) % 86'400;
    const qint64 micro = us % 1'000'000;
    char16_t text[15];
    const qint64 parts[3] = { secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60 };
    for (int i = 0; i < 3; ++i) {
        text[i * 3] = char16_t(u'0' + parts[i] / 10);
        text[i * 3 + 1] = char16_t(u'0' + parts[i] % 10);
        text[i * 3 + 2] = i < 2 ? u':' : u'.';
    }
    qint64 rest = micro;
    for (int i = 14; i >= 9; --i, rest /= 10)
        text[i] = char16_t(u'0' + rest % 10);
    return QString(reinterpret_cast<const QChar *>(text), 15);
}

QString swText(bool hasResponse, std::uint16_t sw)
{
    if (!hasResponse)
        return {};
    const char16_t text[5] = { HexDigits[sw >> 12], HexDigits[(sw >> 8) & 0xF], u' ',
        HexDigits[(sw >> 4) & 0xF], HexDigits[sw & 0xF] };
    return QString(reinterpret_cast<const QChar *>(text), 5);
}

struct SwPattern
{
    std::uint16_t mask = 0;
    std::uint16_t value = 0;
};

SwPattern swPattern(const QString &text)
{
    SwPattern pattern;
    for (int i = 0; i < 4; ++i) {
        const int shift = 12 - 4 * i;
        if (text[i] == u'x')
            continue;
        pattern.mask |= std::uint16_t(0xF << shift);
        pattern.value |= std::uint16_t(QString(text[i]).toUInt(nullptr, 16) << shift);
    }
    return pattern;
}

bool contains(const Bytes &haystack, const Bytes &needle)
{
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

} // namespace

Workload::Workload(std::size_t poolSize)
{
    std::mt19937 random(20261125);
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < poolSize; ++i) {
        m_pool.push_back(typicalExchange(random, i));
        bytes += m_pool.back().command.size() + m_pool.back().response.size();
    }
    m_averageApduBytes = double(bytes) / double(poolSize);
}

const LogEntry &Workload::entry(std::size_t i)
{
    LogEntry &entry = m_pool[i % m_pool.size()];
    entry.timeNs = 1'764'040'000'000'000'000 + qint64(i) * 150'000;
    entry.exchangeId = std::uint32_t(i + 1);
    if (entry.originId != 0)
        entry.originId = std::uint32_t(i);
    return entry;
}

RowText rowText(const SessionLog &log, SessionLog::Index index)
{
    const std::uint8_t flags = log.flags(index);
    std::size_t maskBegin = 0;
    std::size_t maskEnd = 0;
    if (flags & LogEntry::Masked) {
        maskBegin = log.maskOffset(index);
        maskEnd = maskBegin + log.maskLength(index);
    }
    return { timeOfDay(log.timeNs(index)), log.readers().at(qsizetype(log.readerId(index))),
        spacedHex(log.command(index), maskBegin, maskEnd), spacedHex(log.response(index), 0, 0),
        swText(flags & LogEntry::HasResponse, log.sw(index)), QString::number(log.durationNs(index) / 1000) };
}

RowText rowText(const LogEntry &entry)
{
    const std::size_t maskBegin = entry.has(LogEntry::Masked) ? entry.maskOffset : 0;
    const std::size_t maskEnd = entry.has(LogEntry::Masked) ? maskBegin + entry.maskLength : 0;
    return { timeOfDay(entry.timeNs), entry.reader, spacedHex(entry.command, maskBegin, maskEnd),
        spacedHex(entry.response, 0, 0), swText(entry.has(LogEntry::HasResponse), entry.sw),
        QString::number(entry.durationNs / 1000) };
}

QStringList rowCells(const LogEntry &entry)
{
    RowText text = rowText(entry);
    QStringList cells;
    cells.reserve(ColumnCount);
    for (QString &cell : text)
        cells.append(std::move(cell));
    return cells;
}

std::vector<Criterion> criteria()
{
    return {
        { QStringLiteral("reader (`Reader 2`)"), QStringLiteral("Reader 2"), {}, {}, {} },
        { QStringLiteral("SW (`6Axx`)"), {}, QStringLiteral("6Axx"), {}, {} },
        { QStringLiteral("INS (`A4`)"), {}, {}, QStringLiteral("A4"), {} },
        { QStringLiteral("text, hex bytes (`A0 00 00 00 03 10 20`)"), {}, {}, {},
            QStringLiteral("A0 00 00 00 03 10 20") },
    };
}

std::size_t naiveFilter(
    const std::vector<LogEntry> &entries, const Criterion &criterion, std::vector<SessionLog::Index> &rows)
{
    const SwPattern sw = criterion.sw.isEmpty() ? SwPattern {} : swPattern(criterion.sw);
    const int ins = criterion.ins.isEmpty() ? -1 : int(criterion.ins.toUInt(nullptr, 16));
    const Bytes text = smartcard::HexParser::parse(criterion.text).bytes;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const LogEntry &e = entries[i];
        if (!criterion.reader.isEmpty() && e.reader != criterion.reader)
            continue;
        if (!criterion.sw.isEmpty() && (!e.has(LogEntry::HasResponse) || (e.sw & sw.mask) != sw.value))
            continue;
        if (ins >= 0 && (e.command.size() < 2 || e.command[1] != ins))
            continue;
        if (!text.empty() && !contains(e.command, text) && !contains(e.response, text))
            continue;
        rows.push_back(SessionLog::Index(i));
    }
    return rows.size();
}

std::size_t naiveFilter(const TextRows &rows, const Criterion &criterion, std::vector<SessionLog::Index> &out)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        if (!criterion.reader.isEmpty() && row[Reader] != criterion.reader)
            continue;
        if (!criterion.sw.isEmpty()) {
            const QString &sw = row[Sw];
            if (sw.isEmpty())
                continue;
            const QString packed = QString(sw).remove(u' ');
            bool match = true;
            for (int k = 0; k < 4 && match; ++k)
                match = criterion.sw[k] == u'x' || criterion.sw[k] == packed[k];
            if (!match)
                continue;
        }
        if (!criterion.ins.isEmpty() && QStringView(row[Command]).mid(3, 2) != criterion.ins)
            continue;
        if (!criterion.text.isEmpty() && !row[Command].contains(criterion.text)
            && !row[Response].contains(criterion.text))
            continue;
        out.push_back(SessionLog::Index(i));
    }
    return out.size();
}

} // namespace cardscope::bench::log
