#include "util/gsm0338.h"

#include <QCoreApplication>

#include <array>

namespace smartcard {
namespace {

constexpr std::uint8_t Escape = 0x1B;

// The default alphabet, indexed by code. Position 0x1B is the escape code and has no
// character: its placeholder is never matched (see defaultCode).
constexpr char16_t defaultAlphabet[]
    = u"@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
      u"\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E \u00C6\u00E6\u00DF\u00C9"
      u" !\"#\u00A4%&'()*+,-./0123456789:;<=>?"
      u"\u00A1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
      u"\u00BFabcdefghijklmnopqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0";
static_assert(std::size(defaultAlphabet) == 128 + 1, "one character per 7-bit code");

struct Extension
{
    char16_t character;
    std::uint8_t code; // sent after Escape
};

constexpr std::array<Extension, 10> extensionTable { {
    { u'\f', 0x0A },
    { u'^', 0x14 },
    { u'{', 0x28 },
    { u'}', 0x29 },
    { u'\\', 0x2F },
    { u'[', 0x3C },
    { u'~', 0x3D },
    { u']', 0x3E },
    { u'|', 0x40 },
    { u'\u20AC', 0x65 },
} };

int defaultCode(char16_t character)
{
    for (int code = 0; code < 128; ++code) {
        if (code != Escape && defaultAlphabet[code] == character)
            return code;
    }
    return -1;
}

int extensionCode(char16_t character)
{
    for (const Extension &extension : extensionTable) {
        if (extension.character == character)
            return extension.code;
    }
    return -1;
}

ParseError unmappable(QStringView text, qsizetype offset)
{
    const qsizetype length = text[offset].isHighSurrogate() && offset + 1 < text.size() ? 2 : 1;
    const QString character = text.mid(offset, length).toString();
    return ParseError { offset,
        QCoreApplication::translate(
            "smartcard::toGSM338Bytes", "'%1' (U+%2) is not in the GSM 03.38 alphabet")
            .arg(character)
            .arg(QString::number(character.toUcs4().value(0), 16).toUpper().rightJustified(4, u'0')) };
}

} // namespace

BytesResult toGSM338Bytes(QStringView text)
{
    BytesResult result;
    result.bytes.reserve(static_cast<std::size_t>(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t character = text[i].unicode();
        if (const int code = defaultCode(character); code >= 0) {
            result.bytes.push_back(static_cast<std::uint8_t>(code));
        } else if (const int extended = extensionCode(character); extended >= 0) {
            result.bytes.push_back(Escape);
            result.bytes.push_back(static_cast<std::uint8_t>(extended));
        } else {
            result.error = unmappable(text, i);
            return result;
        }
    }
    return result;
}

} // namespace smartcard
