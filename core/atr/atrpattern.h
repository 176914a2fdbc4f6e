#pragma once

#include "util/bytes.h"
#include "util/parseerror.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace smartcard {

// An ATR pattern of smartcard_list.txt: the ATR as upper-case hex pairs separated by single
// spaces ("3B 02 14 50"), where '.' is any character, "[...]" a class of hex digits (ranges
// "1-5"; commas separate alternatives, as the file writes "[1,3]") and '*' repeats the element
// before it. The whole text of the ATR must match, as pcsc_scan's regular expressions do.
// Compiling never throws: a pattern that is not of this form has an error with its column.
// Matching simulates the automaton (no backtracking), so no pattern can make it slow.
class ATRPattern
{
public:
    ATRPattern() = default;
    static ATRPattern compile(QStringView text);

    const QString &text() const { return m_text; } // normalised: trimmed, one space, upper case
    bool isValid() const { return !m_error; }
    const std::optional<ParseError> &error() const { return m_error; }
    // A pattern with no wildcard: exactly one ATR, given by literalBytes().
    bool isLiteral() const { return m_literal.has_value(); }
    const std::optional<Bytes> &literalBytes() const { return m_literal; }

    bool matches(const Bytes &atr) const;
    // `atrText` as toHexString() writes it: "3B 02 14 50".
    bool matchesText(QStringView atrText) const;

private:
    struct Element
    {
        std::uint32_t accepted = 0; // bit 0-15: hex digit 0-F, bit 16: space
        bool repeated = false;
    };
    bool compileClass(qsizetype *pos, Element *element);
    void setLiteral();

    QString m_text;
    std::vector<Element> m_elements;
    std::optional<ParseError> m_error;
    std::optional<Bytes> m_literal;
};

} // namespace smartcard
