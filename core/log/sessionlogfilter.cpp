#include "log/sessionlogfilter.h"

#include "util/hexparser.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace smartcard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smartcard::SessionLogFilter", text);
}

int nibble(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// The comma-separated items of `text`, each with its offset, spaces around them dropped.
template<class Item> std::optional<ParseError> forEachItem(QStringView text, Item item)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u',', start);
        if (end < 0)
            end = text.size();
        qsizetype first = start;
        while (first < end && text[first].isSpace())
            ++first;
        qsizetype last = end;
        while (last > first && text[last - 1].isSpace())
            --last;
        if (first == last)
            return ParseError { first, tr("empty item: a value is expected here") };
        if (std::optional<ParseError> error = item(text.mid(first, last - first), first))
            return error;
        start = end + 1;
    }
    return std::nullopt;
}

// Whether `needle` (not empty) is in `bytes` without crossing `boundary` (where the command
// ends and the response begins): one pass over an entry's contiguous bytes. Entries are
// short, so memchr to the first byte beats memmem's set-up per call.
bool contains(std::span<const std::uint8_t> bytes, const Bytes &needle, std::size_t boundary)
{
    const std::size_t n = needle.size();
    if (bytes.size() < n)
        return false;
    const std::uint8_t *begin = bytes.data();
    const std::uint8_t *last = begin + (bytes.size() - n); // the last place a match can start
    for (const std::uint8_t *p = begin; p <= last; ++p) {
        p = static_cast<const std::uint8_t *>(std::memchr(p, needle.front(), std::size_t(last - p) + 1));
        if (!p)
            return false;
        const auto at = std::size_t(p - begin);
        if ((at >= boundary || at + n <= boundary) && std::memcmp(p + 1, needle.data() + 1, n - 1) == 0)
            return true;
    }
    return false;
}

} // namespace

struct SessionLogFilter::TextTables
{
    std::vector<char> readerHit;
    std::vector<char> errorHit; // by error id (0: none)
    std::vector<Index> annotated; // sorted
};

bool SessionLogFilter::isEmpty() const
{
    return m_reader.isEmpty() && m_sw.empty() && !m_hasIns && m_kinds == 0 && m_text.isEmpty();
}

void SessionLogFilter::setReader(const QString &reader)
{
    m_reader = reader;
}

std::optional<ParseError> SessionLogFilter::setSwPatterns(QStringView text)
{
    std::vector<SwPattern> patterns;
    if (!text.trimmed().isEmpty()) {
        const auto error
            = forEachItem(text, [&](QStringView item, qsizetype offset) -> std::optional<ParseError> {
                  if (item.size() != 4)
                      return ParseError { offset, tr("a status word has four hex digits, x for any (61xx)") };
                  SwPattern pattern { 0, 0 };
                  for (qsizetype i = 0; i < 4; ++i) {
                      const int shift = int(12 - 4 * i);
                      if (item[i] == u'x' || item[i] == u'X')
                          continue;
                      const int value = nibble(item[i]);
                      if (value < 0)
                          return ParseError { offset + i, tr("not a hex digit nor x") };
                      pattern.mask |= std::uint16_t(0xF << shift);
                      pattern.value |= std::uint16_t(value << shift);
                  }
                  patterns.push_back(pattern);
                  return std::nullopt;
              });
        if (error)
            return error;
    }
    m_sw = std::move(patterns);
    return std::nullopt;
}

std::optional<ParseError> SessionLogFilter::setIns(QStringView text)
{
    std::bitset<256> ins;
    if (!text.trimmed().isEmpty()) {
        const auto error
            = forEachItem(text, [&](QStringView item, qsizetype offset) -> std::optional<ParseError> {
                  if (item.size() != 2)
                      return ParseError { offset, tr("an instruction byte has two hex digits (A4)") };
                  const int high = nibble(item[0]);
                  const int low = nibble(item[1]);
                  if (high < 0 || low < 0)
                      return ParseError { offset + (high < 0 ? 0 : 1), tr("not a hex digit") };
                  ins.set(std::size_t(high << 4 | low));
                  return std::nullopt;
              });
        if (error)
            return error;
    }
    m_ins = ins;
    m_hasIns = ins.any();
    return std::nullopt;
}

void SessionLogFilter::setKinds(std::initializer_list<LogEntry::Kind> kinds)
{
    setKinds(std::span<const LogEntry::Kind>(kinds.begin(), kinds.size()));
}

void SessionLogFilter::setKinds(std::span<const LogEntry::Kind> kinds)
{
    m_kinds = 0;
    for (const LogEntry::Kind kind : kinds)
        m_kinds |= std::uint8_t(1u << unsigned(kind));
}

void SessionLogFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    m_textBytes.clear();
    const HexParser::Result hex = HexParser::parse(m_text);
    if (hex.isValid())
        m_textBytes = hex.bytes;
}

std::optional<std::uint32_t> SessionLogFilter::readerId(const SessionLog &log) const
{
    const qsizetype id = log.readers().indexOf(m_reader);
    if (id < 0)
        return std::nullopt;
    return std::uint32_t(id);
}

bool SessionLogFilter::matchesRecord(
    const SessionLog &log, Index index, std::optional<std::uint32_t> reader) const
{
    const LogEntry::Kind kind = log.kind(index);
    if (m_kinds != 0 && !(m_kinds & (1u << unsigned(kind))))
        return false;
    if (reader && log.readerId(index) != *reader)
        return false;
    if (!m_sw.empty()) {
        if (kind != LogEntry::Kind::Exchange || !(log.flags(index) & LogEntry::HasResponse))
            return false;
        const std::uint16_t sw = log.sw(index);
        if (std::none_of(m_sw.begin(), m_sw.end(), [sw](SwPattern p) { return (sw & p.mask) == p.value; }))
            return false;
    }
    if (m_hasIns) {
        if (kind != LogEntry::Kind::Exchange)
            return false;
        const auto command = log.command(index);
        if (command.size() < 2 || !m_ins.test(command[1]))
            return false;
    }
    return true;
}

SessionLogFilter::TextTables SessionLogFilter::textTables(const SessionLog &log) const
{
    TextTables tables;
    for (const QString &reader : log.readers())
        tables.readerHit.push_back(reader.contains(m_text, Qt::CaseInsensitive));
    tables.errorHit.push_back(false);
    for (const QString &message : log.errorMessages())
        tables.errorHit.push_back(message.contains(m_text, Qt::CaseInsensitive));
    for (const auto &[index, text] : log.annotations()) {
        if (text.contains(m_text, Qt::CaseInsensitive))
            tables.annotated.push_back(index);
    }
    std::sort(tables.annotated.begin(), tables.annotated.end());
    return tables;
}

bool SessionLogFilter::matchesText(const SessionLog &log, Index index, const TextTables &tables) const
{
    if (tables.readerHit[log.readerId(index)] || tables.errorHit[log.errorId(index)])
        return true;
    if (!tables.annotated.empty()
        && std::binary_search(tables.annotated.begin(), tables.annotated.end(), index))
        return true;
    if (m_textBytes.empty())
        return false;
    const auto command = log.command(index);
    if (m_searchSecrets || !(log.flags(index) & LogEntry::Masked))
        return contains(log.bytes(index), m_textBytes, command.size());
    // Around the secret bytes only.
    const std::size_t begin = std::min<std::size_t>(log.maskOffset(index), command.size());
    const std::size_t end = std::min<std::size_t>(begin + log.maskLength(index), command.size());
    return contains(command.first(begin), m_textBytes, 0) || contains(command.subspan(end), m_textBytes, 0)
        || contains(log.response(index), m_textBytes, 0);
}

bool SessionLogFilter::matches(const SessionLog &log, Index index) const
{
    if (index >= log.size())
        return false;
    std::optional<std::uint32_t> reader;
    if (!m_reader.isEmpty()) {
        reader = readerId(log);
        if (!reader)
            return false;
    }
    if (!matchesRecord(log, index, reader))
        return false;
    return m_text.isEmpty() || matchesText(log, index, textTables(log));
}

void SessionLogFilter::appendMatches(const SessionLog &log, Index from, std::vector<Index> &rows) const
{
    const Index end = log.size();
    if (from >= end)
        return;
    std::optional<std::uint32_t> reader;
    if (!m_reader.isEmpty()) {
        reader = readerId(log);
        if (!reader)
            return; // that reader has no entry (yet)
    }
    if (isEmpty()) {
        for (Index index = from; index < end; ++index)
            rows.push_back(index);
        return;
    }
    std::optional<TextTables> tables;
    if (!m_text.isEmpty())
        tables = textTables(log);
    for (Index index = from; index < end; ++index) {
        if (matchesRecord(log, index, reader) && (!tables || matchesText(log, index, *tables)))
            rows.push_back(index);
    }
}

std::vector<SessionLogFilter::Index> SessionLogFilter::filter(const SessionLog &log) const
{
    std::vector<Index> rows;
    appendMatches(log, 0, rows);
    return rows;
}

} // namespace smartcard
