#include "util/hexparser.h"

#include <QCoreApplication>

namespace smartcard {
namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u',';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("smartcard::HexParser", text);
}

} // namespace

HexParser::Result HexParser::parse(QStringView text)
{
    Result result;
    result.bytes.reserve(static_cast<std::size_t>(text.size() / 2));
    qsizetype i = 0;
    while (i < text.size()) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        const qsizetype groupStart = i;
        while (i < text.size() && !isSeparator(text[i])) {
            const int high = hexValue(text[i]);
            if (high < 0) {
                result.error = ParseError { i, tr("'%1' is not a hex digit").arg(text[i]) };
                return result;
            }
            if (i + 1 >= text.size() || isSeparator(text[i + 1])) {
                result.error = ParseError { groupStart,
                    tr("odd number of hex digits in '%1'").arg(text.mid(groupStart, i + 1 - groupStart)) };
                return result;
            }
            const int low = hexValue(text[i + 1]);
            if (low < 0) {
                result.error = ParseError { i + 1, tr("'%1' is not a hex digit").arg(text[i + 1]) };
                return result;
            }
            result.bytes.push_back(static_cast<std::uint8_t>(high << 4 | low));
            i += 2;
        }
    }
    return result;
}

BytesResult toBytes(QStringView text)
{
    return HexParser::parse(text);
}

} // namespace smartcard
