#include "util/hexstring.h"

namespace smartcard {

QString toHexString(std::span<const std::uint8_t> bytes, QStringView separator)
{
    static constexpr char16_t digits[] = u"0123456789ABCDEF";
    QString text;
    if (bytes.empty())
        return text;
    text.reserve(static_cast<qsizetype>(bytes.size()) * (2 + separator.size()));
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            text += separator;
        text += QChar(digits[bytes[i] >> 4]);
        text += QChar(digits[bytes[i] & 0x0F]);
    }
    return text;
}

} // namespace smartcard
