#include "util/asciistring.h"

#include <QCoreApplication>

namespace smartcard {

BytesResult toASCIIBytes(QStringView text)
{
    BytesResult result;
    result.bytes.reserve(static_cast<std::size_t>(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit > 0xFF) {
            const QString character = text.mid(i, text[i].isHighSurrogate() ? 2 : 1).toString();
            result.error = ParseError { i,
                QCoreApplication::translate("smartcard::toASCIIBytes", "'%1' does not fit in a byte")
                    .arg(character) };
            return result;
        }
        result.bytes.push_back(static_cast<std::uint8_t>(unit));
    }
    return result;
}

QString toASCIIString(std::span<const std::uint8_t> bytes)
{
    QString text;
    text.reserve(static_cast<qsizetype>(bytes.size()));
    for (const std::uint8_t byte : bytes)
        text += (byte < 0x20 || byte > 0x7F) ? QChar(u'.') : QChar(byte);
    return text;
}

QByteArray hexListToBinString(std::span<const std::uint8_t> bytes)
{
    return { reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()) };
}

Bytes binStringToHexList(QByteArrayView binString)
{
    const auto *begin = reinterpret_cast<const std::uint8_t *>(binString.data());
    return { begin, begin + binString.size() };
}

Bytes padd(Bytes bytes, std::size_t length, std::uint8_t padding)
{
    if (bytes.size() < length)
        bytes.resize(length, padding);
    return bytes;
}

} // namespace smartcard
