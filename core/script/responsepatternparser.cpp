#include "script/responsepatternparser.h"

#include <QCoreApplication>

namespace smartcard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smartcard::ResponsePatternParser", text);
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u',';
}

// A nibble's value and mask: a hex digit, or a wildcard (X, x, ?) that matches anything.
bool readNibble(QChar c, std::uint8_t *value, std::uint8_t *mask)
{
    const char16_t u = c.unicode();
    *mask = 0xF;
    if (u >= u'0' && u <= u'9')
        *value = std::uint8_t(u - u'0');
    else if (u >= u'a' && u <= u'f')
        *value = std::uint8_t(u - u'a' + 10);
    else if (u >= u'A' && u <= u'F')
        *value = std::uint8_t(u - u'A' + 10);
    else if (u == u'X' || u == u'x' || u == u'?')
        *value = *mask = 0;
    else
        return false;
    return true;
}

struct Item
{
    ResponsePattern::Byte byte;
    bool star = false;
    qsizetype offset = 0;
};

// The bytes and `*` of one alternative, from `begin` to `end` of the text.
std::optional<ParseError> readItems(
    QStringView text, qsizetype begin, qsizetype end, std::vector<Item> *items)
{
    qsizetype i = begin;
    while (i < end) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        if (text[i] == u'*') {
            if (i + 1 < end && !isSeparator(text[i + 1]))
                return ParseError { i, tr("'*' (any further data) must stand alone") };
            items->push_back({ {}, true, i });
            ++i;
            continue;
        }
        const qsizetype groupStart = i;
        while (i < end && !isSeparator(text[i])) {
            std::uint8_t high = 0, highMask = 0, low = 0, lowMask = 0;
            if (!readNibble(text[i], &high, &highMask))
                return ParseError { i,
                    tr("'%1' is neither a hex digit nor a wildcard (X or ?)").arg(text[i]) };
            if (i + 1 >= end || isSeparator(text[i + 1]))
                return ParseError { groupStart,
                    tr("odd number of digits in '%1'").arg(text.mid(groupStart, i + 1 - groupStart)) };
            if (!readNibble(text[i + 1], &low, &lowMask))
                return ParseError { i + 1,
                    tr("'%1' is neither a hex digit nor a wildcard (X or ?)").arg(text[i + 1]) };
            items->push_back(
                { { std::uint8_t(high << 4 | low), std::uint8_t(highMask << 4 | lowMask) }, false, i });
            i += 2;
        }
    }
    return std::nullopt;
}

std::optional<ParseError> readAlternative(
    QStringView text, qsizetype begin, qsizetype end, ResponsePattern::Alternative *alternative)
{
    std::vector<Item> items;
    if (auto error = readItems(text, begin, end, &items))
        return error;
    if (items.empty())
        return ParseError { begin, tr("empty expectation: give at least SW1 SW2, e.g. 90 00") };
    std::size_t stars = 0;
    for (const Item &item : items)
        stars += item.star ? 1 : 0;
    const std::size_t bytes = items.size() - stars;
    if (bytes < 2 || items[items.size() - 1].star || items[items.size() - 2].star) {
        const qsizetype at = items.back().star ? items.back().offset : end;
        return ParseError { at, tr("an expectation ends with SW1 SW2, e.g. 90 00 or 6X XX") };
    }
    for (std::size_t i = 0; i + 3 < items.size(); ++i) {
        if (items[i].star)
            return ParseError { items[i].offset,
                tr("'*' (any further data) may only come right before SW1 SW2") };
    }
    alternative->moreData = stars > 0;
    alternative->dataChecked = items.size() > 2;
    alternative->data.reserve(items.size() - 2);
    for (std::size_t i = 0; i + 2 < items.size(); ++i) {
        if (!items[i].star)
            alternative->data.push_back(items[i].byte);
    }
    alternative->sw1 = items[items.size() - 2].byte;
    alternative->sw2 = items[items.size() - 1].byte;
    return std::nullopt;
}

} // namespace

ResponsePatternParser::Result ResponsePatternParser::parse(QStringView text)
{
    Result result;
    QList<ResponsePattern::Alternative> alternatives;
    qsizetype begin = 0;
    while (true) {
        const qsizetype bar = text.indexOf(u'|', begin);
        const qsizetype end = bar < 0 ? text.size() : bar;
        ResponsePattern::Alternative alternative;
        if (auto error = readAlternative(text, begin, end, &alternative)) {
            result.error = error;
            return result;
        }
        alternatives << alternative;
        if (bar < 0)
            break;
        begin = bar + 1;
    }
    result.pattern = ResponsePattern(alternatives, text.trimmed().toString());
    return result;
}

} // namespace smartcard
