#include "atr/atrpattern.h"

#include "util/hexparser.h"
#include "util/hexstring.h"

namespace smartcard {

namespace {

constexpr std::uint32_t AnyBits = (1u << 17) - 1;

// The index of a character of the ATR text in the element bit sets, or -1.
int symbolIndex(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u == u' ')
        return 16;
    return -1;
}

// Trimmed, runs of white space made one space, hex letters in upper case.
QString normalise(QStringView text)
{
    QString result = text.trimmed().toString().toUpper();
    return result.simplified();
}

} // namespace

ATRPattern ATRPattern::compile(QStringView text)
{
    ATRPattern pattern;
    pattern.m_text = normalise(text);
    const QString &t = pattern.m_text;
    if (t.isEmpty()) {
        pattern.m_error = ParseError { 0, QStringLiteral("empty ATR pattern") };
        return pattern;
    }
    for (qsizetype pos = 0; pos < t.size(); ++pos) {
        const QChar c = t.at(pos);
        if (c == u'*') {
            if (pattern.m_elements.empty() || pattern.m_elements.back().repeated) {
                pattern.m_error
                    = ParseError { pos, QStringLiteral("'*' does not follow a character or class") };
                return pattern;
            }
            pattern.m_elements.back().repeated = true;
            continue;
        }
        Element element;
        if (c == u'.') {
            element.accepted = AnyBits;
        } else if (c == u'[') {
            if (!pattern.compileClass(&pos, &element))
                return pattern;
        } else if (const int index = symbolIndex(c); index >= 0) {
            element.accepted = 1u << index;
        } else {
            pattern.m_error = ParseError { pos, QStringLiteral("unexpected character '%1'").arg(c) };
            return pattern;
        }
        pattern.m_elements.push_back(element);
    }
    pattern.setLiteral();
    return pattern;
}

bool ATRPattern::compileClass(qsizetype *pos, Element *element)
{
    const QString &t = m_text;
    const qsizetype open = *pos;
    for (qsizetype p = open + 1; p < t.size(); ++p) {
        const QChar c = t.at(p);
        if (c == u']') {
            if (element->accepted == 0) {
                m_error = ParseError { open, QStringLiteral("empty class '[]'") };
                return false;
            }
            *pos = p;
            return true;
        }
        if (c == u',' || c == u' ')
            continue;
        const int from = symbolIndex(c);
        if (from < 0 || from > 15) {
            m_error = ParseError { p, QStringLiteral("unexpected character '%1' in a class").arg(c) };
            return false;
        }
        int to = from;
        if (p + 2 < t.size() && t.at(p + 1) == u'-') {
            to = symbolIndex(t.at(p + 2));
            if (to < from || to > 15) {
                m_error = ParseError { p, QStringLiteral("bad range '%1' in a class").arg(t.mid(p, 3)) };
                return false;
            }
            p += 2;
        }
        for (int k = from; k <= to; ++k)
            element->accepted |= 1u << k;
    }
    m_error = ParseError { open, QStringLiteral("'[' is not closed") };
    return false;
}

void ATRPattern::setLiteral()
{
    // Literal: "HH HH ... HH" with nothing but hex digits and single spaces.
    const QString &t = m_text;
    if (t.size() % 3 != 2)
        return;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const int index = symbolIndex(t.at(i));
        const bool wantSpace = i % 3 == 2;
        if (wantSpace ? index != 16 : (index < 0 || index > 15))
            return;
    }
    m_literal = HexParser::parse(t).bytes;
}

bool ATRPattern::matches(const Bytes &atr) const
{
    return matchesText(toHexString(atr));
}

bool ATRPattern::matchesText(QStringView atrText) const
{
    if (m_error)
        return false;
    const std::size_t count = m_elements.size();
    // states[j]: the pattern is matched up to element j; a repeated element may be skipped.
    std::vector<char> states(count + 1, 0);
    std::vector<char> next(count + 1, 0);
    auto close = [this, count](std::vector<char> &set) {
        for (std::size_t j = 0; j < count; ++j) {
            if (set[j] && m_elements[j].repeated)
                set[j + 1] = 1;
        }
    };
    states[0] = 1;
    close(states);
    for (const QChar c : atrText) {
        const int index = symbolIndex(c);
        if (index < 0)
            return false;
        std::fill(next.begin(), next.end(), 0);
        bool any = false;
        for (std::size_t j = 0; j < count; ++j) {
            if (!states[j] || !(m_elements[j].accepted & (1u << index)))
                continue;
            next[m_elements[j].repeated ? j : j + 1] = 1;
            any = true;
        }
        if (!any)
            return false;
        close(next);
        states.swap(next);
    }
    return states[count] != 0;
}

} // namespace smartcard
