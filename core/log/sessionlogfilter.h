#pragma once

#include "log/sessionlog.h"
#include "util/parseerror.h"

#include <QString>

#include <bitset>
#include <optional>
#include <span>
#include <vector>

namespace smartcard {

// Which entries of a SessionLog a view shows: every criterion set must hold (AND); within
// one criterion, any of its values (OR). Builds a vector of indexes, the view's rows, from
// the compact records alone (no LogEntry is made), and extends it with just the new tail
// when entries are appended (docs/session-log.md, "Filters").
//
// - reader: the exact reader name.
// - SW: four hex digits, each may be x/X for any nibble ("9000", "61xx", "6Xxx"); several
//   separated by commas. Only exchanges with a response match.
// - INS: hex bytes ("A4", "A4, B0"). Only exchanges match.
// - kinds: a set of LogEntry kinds.
// - text: a hex byte sequence (as HexParser reads it: "00 A4", "00a4") found in a command
//   or a response, or the text (case-insensitive) in the reader name, the error message
//   or the annotation. Masked bytes are never searched unless setSearchSecrets(true).
class SessionLogFilter
{
public:
    using Index = SessionLog::Index;

    bool isEmpty() const; // matches every entry

    void setReader(const QString &reader); // empty: any
    // Empty: any. On error the previous patterns stay; offset counts characters.
    std::optional<ParseError> setSwPatterns(QStringView text);
    std::optional<ParseError> setIns(QStringView text);
    void setKinds(std::initializer_list<LogEntry::Kind> kinds); // empty: any
    void setKinds(std::span<const LogEntry::Kind> kinds);
    void setText(const QString &text); // empty: any
    void setSearchSecrets(bool search) { m_searchSecrets = search; }

    bool matches(const SessionLog &log, Index index) const;
    // The matching indexes of [from, log.size()), appended to `rows` in order. A view keeps
    // `rows` and the log size it scanned to, and calls this again for appended entries.
    void appendMatches(const SessionLog &log, Index from, std::vector<Index> &rows) const;
    std::vector<Index> filter(const SessionLog &log) const;

private:
    struct SwPattern
    {
        std::uint16_t mask;
        std::uint16_t value;
    };
    // Per-table answers of the text criterion, made once per appendMatches().
    struct TextTables;
    TextTables textTables(const SessionLog &log) const;
    bool matchesText(const SessionLog &log, Index index, const TextTables &tables) const;
    bool matchesRecord(const SessionLog &log, Index index, std::optional<std::uint32_t> readerId) const;
    std::optional<std::uint32_t> readerId(const SessionLog &log) const;

    QString m_reader;
    std::vector<SwPattern> m_sw;
    std::bitset<256> m_ins;
    bool m_hasIns = false;
    std::uint8_t m_kinds = 0; // bit per LogEntry::Kind; 0: any
    QString m_text;
    Bytes m_textBytes; // m_text as hex, when it reads as hex
    bool m_searchSecrets = false;
};

} // namespace smartcard
