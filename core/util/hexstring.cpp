#include "util/hexstring.h"

namespace smartcard {
namespace {

void appendByte(QString *text, std::uint8_t byte)
{
    static constexpr char16_t digits[] = u"0123456789ABCDEF";
    *text += QChar(digits[byte >> 4]);
    *text += QChar(digits[byte & 0x0F]);
}

} // namespace

QString toHexString(std::span<const std::uint8_t> bytes, QStringView separator)
{
    QString text;
    if (bytes.empty())
        return text;
    text.reserve(static_cast<qsizetype>(bytes.size()) * (2 + separator.size()));
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            text += separator;
        appendByte(&text, bytes[i]);
    }
    return text;
}

QString toHexString(std::span<const std::uint8_t> bytes, HexFormat format)
{
    // pyscard builds the separator from COMMA then PACK, and the prefix from HEX then
    // UPPERCASE; UPPERCASE alone changes nothing because its digits are always "%X".
    QString separator;
    if (format & HexFlag::Comma)
        separator += u',';
    if (!(format & HexFlag::Pack))
        separator += u' ';
    QStringView prefix;
    if (format & HexFlag::Hex)
        prefix = (format & HexFlag::Uppercase) ? u"0X" : u"0x";

    QString text;
    text.reserve(static_cast<qsizetype>(bytes.size()) * (2 + prefix.size() + separator.size()));
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            text += separator;
        text += prefix;
        appendByte(&text, bytes[i]);
    }
    return text;
}

} // namespace smartcard
