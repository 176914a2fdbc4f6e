#include "features/tlvproperties.h"

#include "features/part10.h"
#include "util/hexstring.h"

namespace smartcard::part10 {
namespace {

std::uint32_t littleEndian(std::span<const std::uint8_t> bytes)
{
    std::uint32_t value = 0;
    for (std::size_t i = bytes.size(); i > 0; --i)
        value = value << 8 | bytes[i - 1];
    return value;
}

// The byte width the spec's field name gives (b 1, w 2, dw 4), 0 for text or unknown.
std::size_t expectedWidth(std::uint8_t tag)
{
    switch (tag) {
    case property::LcdLayout:
    case property::LcdMaxCharacters:
    case property::LcdMaxLines:
    case property::IdVendor:
    case property::IdProduct:
        return 2;
    case property::EntryValidationCondition:
    case property::TimeOut2:
    case property::MinPinSize:
    case property::MaxPinSize:
    case property::PpduSupport:
        return 1;
    case property::MaxApduDataSize:
        return 4;
    default:
        return 0;
    }
}

QString numberText(std::uint8_t tag, std::uint32_t value)
{
    switch (tag) {
    case property::LcdLayout:
        return lcdLayoutText(std::uint16_t(value));
    case property::EntryValidationCondition:
        return entryValidationText(std::uint8_t(value));
    case property::PpduSupport:
        return ppduSupportText(std::uint8_t(value));
    case property::TimeOut2:
        return QStringLiteral("%1 s").arg(value);
    case property::IdVendor:
    case property::IdProduct:
        return hexValue(value, 4);
    default:
        return QString::number(value);
    }
}

// Printable ASCII up to the first NUL; other bytes shown as '.', and the hex too.
QString firmwareText(std::span<const std::uint8_t> value, QString *string)
{
    std::size_t end = 0;
    while (end < value.size() && value[end] != 0)
        ++end;
    bool printable = true;
    QString shown;
    for (std::size_t i = 0; i < end; ++i) {
        const bool isPrintable = value[i] >= 0x20 && value[i] < 0x7F;
        printable = printable && isPrintable;
        shown += isPrintable ? QChar(value[i]) : QChar(u'.');
    }
    *string = QString::fromLatin1(reinterpret_cast<const char *>(value.data()), qsizetype(end));
    const QString quoted = QLatin1Char('"') + shown + QLatin1Char('"');
    return printable ? quoted : quoted + QStringLiteral(" (") + toHexString(value) + QLatin1Char(')');
}

} // namespace

TlvProperties TlvProperties::parse(std::span<const std::uint8_t> answer)
{
    TlvProperties result;
    std::size_t offset = 0;
    while (offset < answer.size()) {
        const auto at = qsizetype(offset);
        if (answer.size() - offset < 2) {
            result.m_problems.push_back({ at,
                QStringLiteral("a property needs a tag and a length; 1 byte left (%1)")
                    .arg(hexValue(answer[offset], 2)) });
            break;
        }
        TlvProperty entry;
        entry.tag = answer[offset];
        entry.name = propertyName(entry.tag);
        entry.offset = at;
        const std::size_t length = answer[offset + 1];
        const std::size_t available = answer.size() - offset - 2;
        if (length > available) {
            result.m_problems.push_back({ at,
                QStringLiteral("%1: length %2 but only %3 byte(s) left")
                    .arg(entry.name)
                    .arg(length)
                    .arg(available) });
            break;
        }
        const std::span<const std::uint8_t> value = answer.subspan(offset + 2, length);
        entry.value.assign(value.begin(), value.end());
        const std::size_t width = expectedWidth(entry.tag);
        if (entry.tag == property::FirmwareId) {
            entry.text = firmwareText(value, &entry.string);
        } else if (width != 0 && length != width) {
            result.m_problems.push_back({ at,
                QStringLiteral("%1: length %2, the spec gives it %3 byte(s)")
                    .arg(entry.name)
                    .arg(length)
                    .arg(width) });
            entry.text = toHexString(value);
        } else if (length == 1 || length == 2 || length == 4) {
            entry.number = littleEndian(value);
            entry.text = numberText(entry.tag, *entry.number);
        } else {
            entry.text = toHexString(value);
        }
        result.m_properties.push_back(std::move(entry));
        offset += 2 + length;
    }
    return result;
}

const TlvProperty *TlvProperties::find(std::uint8_t tag) const
{
    for (const TlvProperty &property : m_properties) {
        if (property.tag == tag)
            return &property;
    }
    return nullptr;
}

} // namespace smartcard::part10
