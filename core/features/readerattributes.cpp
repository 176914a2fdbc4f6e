#include "features/readerattributes.h"

#include "features/part10.h"
#include "pcsc/types.h"
#include "util/hexstring.h"

#include <QStringList>

#include <optional>

namespace smartcard {
namespace {

using pcsc::attributeId;
using Encoding = ReaderAttributes::Encoding;
using Decoded = ReaderAttributes::Decoded;

std::uint32_t littleEndian(std::span<const std::uint8_t> bytes)
{
    std::uint32_t value = 0;
    for (std::size_t i = bytes.size(); i > 0; --i)
        value = value << 8 | bytes[i - 1];
    return value;
}

Decoded wrongSize(std::span<const std::uint8_t> value, const QString &expected)
{
    return { toHexString(value), QStringLiteral("%1 byte(s), expected %2").arg(value.size()).arg(expected) };
}

Decoded decodeText(std::span<const std::uint8_t> value)
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
    bool trailingNuls = true;
    for (std::size_t i = end; i < value.size(); ++i)
        trailingNuls = trailingNuls && value[i] == 0;
    const QString text = QLatin1Char('"') + shown + QLatin1Char('"');
    if (printable && trailingNuls)
        return { text, {} };
    return { text + QStringLiteral(" (") + toHexString(value) + QLatin1Char(')'),
        printable ? QStringLiteral("bytes after the terminating NUL")
                  : QStringLiteral("not printable ASCII") };
}

QString channelTypeName(std::uint32_t type)
{
    switch (type) {
    case 0x01:
        return QStringLiteral("serial port");
    case 0x02:
        return QStringLiteral("parallel port");
    case 0x04:
        return QStringLiteral("PS/2 keyboard port");
    case 0x08:
        return QStringLiteral("SCSI");
    case 0x10:
        return QStringLiteral("IDE");
    case 0x20:
        return QStringLiteral("USB");
    default:
        if (type >= 0xF0 && type <= 0xFF)
            return QStringLiteral("vendor-defined channel %1").arg(part10::hexValue(type, 2));
        return QStringLiteral("unknown channel type %1").arg(part10::hexValue(type, 4));
    }
}

QString channelText(std::uint32_t value)
{
    const std::uint32_t type = value >> 16;
    const std::uint32_t channel = value & 0xFFFF;
    if (type == 0x20) // USB: the CCID driver puts the bus in the high byte, the address in the low
        return QStringLiteral("USB, bus %1 address %2 (channel %3)")
            .arg(channel >> 8)
            .arg(channel & 0xFF)
            .arg(part10::hexValue(channel, 4));
    return QStringLiteral("%1, channel %2").arg(channelTypeName(type)).arg(channel);
}

QString protocolMaskText(std::uint32_t mask)
{
    if (mask == pcsc::protocol::Undefined)
        return QStringLiteral("undefined");
    QStringList names;
    if (mask & pcsc::protocol::T0)
        names << QStringLiteral("T=0");
    if (mask & pcsc::protocol::T1)
        names << QStringLiteral("T=1");
    if (mask & pcsc::protocol::Raw)
        names << QStringLiteral("raw");
    if (mask & pcsc::protocol::T15)
        names << QStringLiteral("T=15");
    if (const std::uint32_t other = mask & ~std::uint32_t(0x0F))
        names << QStringLiteral("other bits %1").arg(part10::hexValue(other, 8));
    return names.join(QStringLiteral(", "));
}

QString characteristicsText(std::uint32_t bits)
{
    if (bits == 0)
        return QStringLiteral("no special characteristics");
    QStringList names;
    if (bits & 0x1)
        names << QStringLiteral("card swallowing");
    if (bits & 0x2)
        names << QStringLiteral("card ejection");
    if (bits & 0x4)
        names << QStringLiteral("card capture");
    if (const std::uint32_t other = bits & ~std::uint32_t(0x7))
        names << QStringLiteral("other bits %1").arg(part10::hexValue(other, 8));
    return names.join(QStringLiteral(", "));
}

QString iccPresenceText(std::uint8_t value)
{
    switch (value) {
    case 0:
        return QStringLiteral("not present");
    case 1:
        return QStringLiteral("present, not swallowed");
    case 2:
        return QStringLiteral("present (swallowed if the reader swallows cards)");
    case 4:
        return QStringLiteral("confiscated");
    default:
        return QStringLiteral("unknown value %1").arg(value);
    }
}

// An integer of 1 to 4 bytes (a DWORD is 4, but drivers return shorter values too).
std::optional<std::uint32_t> integerOf(std::span<const std::uint8_t> value)
{
    if (value.empty() || value.size() > 4)
        return std::nullopt;
    return littleEndian(value);
}

Decoded decodeDword(Encoding encoding, std::span<const std::uint8_t> value)
{
    if (value.size() != 4)
        return wrongSize(value, QStringLiteral("4 (a DWORD)"));
    const std::uint32_t number = littleEndian(value);
    switch (encoding) {
    case Encoding::Version:
        return { QStringLiteral("%1.%2.%3")
                     .arg(number >> 24 & 0xFF, 2, 16, QLatin1Char('0'))
                     .arg(number >> 16 & 0xFF, 2, 16, QLatin1Char('0'))
                     .arg(number & 0xFFFF, 4, 16, QLatin1Char('0'))
                     .toUpper(),
            {} };
    case Encoding::ChannelId:
        return { channelText(number), {} };
    case Encoding::ProtocolMask:
        return { protocolMaskText(number), {} };
    case Encoding::Characteristics:
        return { characteristicsText(number), {} };
    default:
        return { QString::number(number), {} };
    }
}

} // namespace

const std::vector<ReaderAttributes::Definition> &ReaderAttributes::definitions()
{
    namespace a = pcsc::attribute;
    static const std::vector<Definition> table {
        { a::VendorName, "SCARD_ATTR_VENDOR_NAME", "vendor name", Encoding::Text },
        { a::VendorIfdType, "SCARD_ATTR_VENDOR_IFD_TYPE", "IFD type", Encoding::Text },
        { a::VendorIfdVersion, "SCARD_ATTR_VENDOR_IFD_VERSION", "IFD version", Encoding::Version },
        { a::VendorIfdSerialNo, "SCARD_ATTR_VENDOR_IFD_SERIAL_NO", "IFD serial number", Encoding::Text },
        { a::ChannelId, "SCARD_ATTR_CHANNEL_ID", "channel", Encoding::ChannelId },
        { a::DeviceFriendlyName, "SCARD_ATTR_DEVICE_FRIENDLY_NAME", "device friendly name", Encoding::Text },
        { a::DeviceSystemName, "SCARD_ATTR_DEVICE_SYSTEM_NAME", "device system name", Encoding::Text },
        { a::DeviceUnit, "SCARD_ATTR_DEVICE_UNIT", "device unit", Encoding::Number },
        { a::MaxInput, "SCARD_ATTR_MAXINPUT", "maximum APDU size", Encoding::Number },
        { attributeId(3, 0x0120), "SCARD_ATTR_ASYNC_PROTOCOL_TYPES", "asynchronous protocols",
            Encoding::ProtocolMask },
        { attributeId(3, 0x0121), "SCARD_ATTR_DEFAULT_CLK", "default clock (kHz)", Encoding::Kilohertz },
        { attributeId(3, 0x0122), "SCARD_ATTR_MAX_CLK", "maximum clock (kHz)", Encoding::Kilohertz },
        { attributeId(3, 0x0123), "SCARD_ATTR_DEFAULT_DATA_RATE", "default data rate (bps)",
            Encoding::BitsPerSecond },
        { attributeId(3, 0x0124), "SCARD_ATTR_MAX_DATA_RATE", "maximum data rate (bps)",
            Encoding::BitsPerSecond },
        { a::MaxIfsd, "SCARD_ATTR_MAX_IFSD", "maximum IFSD", Encoding::Number },
        { attributeId(4, 0x0131), "SCARD_ATTR_POWER_MGMT_SUPPORT", "power down with a card inserted",
            Encoding::Boolean },
        { attributeId(6, 0x0150), "SCARD_ATTR_CHARACTERISTICS", "mechanical characteristics",
            Encoding::Characteristics },
        { a::CurrentProtocolType, "SCARD_ATTR_CURRENT_PROTOCOL_TYPE", "current protocol",
            Encoding::ProtocolMask },
        { attributeId(8, 0x0202), "SCARD_ATTR_CURRENT_CLK", "current clock (kHz)", Encoding::Kilohertz },
        { attributeId(8, 0x0203), "SCARD_ATTR_CURRENT_F", "current F (clock conversion)", Encoding::Number },
        { attributeId(8, 0x0204), "SCARD_ATTR_CURRENT_D", "current D (bit rate conversion)",
            Encoding::Number },
        { attributeId(8, 0x0205), "SCARD_ATTR_CURRENT_N", "current N (guard time)", Encoding::Number },
        { attributeId(8, 0x0206), "SCARD_ATTR_CURRENT_W", "current W (work waiting time)", Encoding::Number },
        { attributeId(8, 0x0207), "SCARD_ATTR_CURRENT_IFSC", "current IFSC", Encoding::Number },
        { attributeId(8, 0x0208), "SCARD_ATTR_CURRENT_IFSD", "current IFSD", Encoding::Number },
        { attributeId(8, 0x0209), "SCARD_ATTR_CURRENT_BWT", "current BWT", Encoding::Number },
        { attributeId(8, 0x020A), "SCARD_ATTR_CURRENT_CWT", "current CWT", Encoding::Number },
        { a::IccPresence, "SCARD_ATTR_ICC_PRESENCE", "card presence", Encoding::IccPresence },
        { a::IccInterfaceStatus, "SCARD_ATTR_ICC_INTERFACE_STATUS", "card contacts",
            Encoding::IccInterfaceStatus },
        { a::AtrString, "SCARD_ATTR_ATR_STRING", "ATR", Encoding::Bytes },
        { a::IccTypePerAtr, "SCARD_ATTR_ICC_TYPE_PER_ATR", "card type per ATR", Encoding::Number },
    };
    return table;
}

const ReaderAttributes::Definition *ReaderAttributes::find(std::uint32_t id)
{
    for (const Definition &definition : definitions()) {
        if (definition.id == id)
            return &definition;
    }
    return nullptr;
}

ReaderAttributes::Decoded ReaderAttributes::decode(std::uint32_t id, std::span<const std::uint8_t> value)
{
    const Definition *definition = find(id);
    if (!definition)
        return { toHexString(value), {} };
    return decode(definition->encoding, value);
}

ReaderAttributes::Decoded ReaderAttributes::decode(Encoding encoding, std::span<const std::uint8_t> value)
{
    switch (encoding) {
    case Encoding::Text:
        return decodeText(value);
    case Encoding::Bytes:
        return { toHexString(value), {} };
    case Encoding::Version:
    case Encoding::ChannelId:
    case Encoding::ProtocolMask:
    case Encoding::Characteristics:
        return decodeDword(encoding, value);
    case Encoding::IccPresence:
    case Encoding::IccInterfaceStatus: {
        if (value.size() != 1)
            return wrongSize(value, QStringLiteral("1"));
        if (encoding == Encoding::IccPresence)
            return { iccPresenceText(value[0]), {} };
        return { value[0] ? QStringLiteral("active") : QStringLiteral("inactive"), {} };
    }
    case Encoding::Number:
    case Encoding::Kilohertz:
    case Encoding::BitsPerSecond:
    case Encoding::Boolean: {
        const std::optional<std::uint32_t> number = integerOf(value);
        if (!number)
            return wrongSize(value, QStringLiteral("1 to 4 (an integer)"));
        if (encoding == Encoding::Boolean)
            return { *number ? QStringLiteral("yes") : QStringLiteral("no"), {} };
        return { QString::number(*number), {} };
    }
    }
    return { toHexString(value), {} };
}

} // namespace smartcard
