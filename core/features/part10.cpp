#include "features/part10.h"

#include <QStringList>

#include <array>

namespace smartcard::part10 {
namespace {

// Indexed by tag - 1 for 0x01..0x13.
constexpr std::array<const char *, 0x13> featureNames {
    "FEATURE_VERIFY_PIN_START",
    "FEATURE_VERIFY_PIN_FINISH",
    "FEATURE_MODIFY_PIN_START",
    "FEATURE_MODIFY_PIN_FINISH",
    "FEATURE_GET_KEY_PRESSED",
    "FEATURE_VERIFY_PIN_DIRECT",
    "FEATURE_MODIFY_PIN_DIRECT",
    "FEATURE_MCT_READER_DIRECT",
    "FEATURE_MCT_UNIVERSAL",
    "FEATURE_IFD_PIN_PROPERTIES",
    "FEATURE_ABORT",
    "FEATURE_SET_SPE_MESSAGE",
    "FEATURE_VERIFY_PIN_DIRECT_APP_ID",
    "FEATURE_MODIFY_PIN_DIRECT_APP_ID",
    "FEATURE_WRITE_DISPLAY",
    "FEATURE_GET_KEY",
    "FEATURE_IFD_DISPLAY_PROPERTIES",
    "FEATURE_GET_TLV_PROPERTIES",
    "FEATURE_CCID_ESC_COMMAND",
};

// Indexed by tag - 1 for 0x01..0x0C.
constexpr std::array<const char *, 0x0C> propertyNames {
    "wLcdLayout",
    "bEntryValidationCondition",
    "bTimeOut2",
    "wLcdMaxCharacters",
    "wLcdMaxLines",
    "bMinPINSize",
    "bMaxPINSize",
    "sFirmwareID",
    "bPPDUSupport",
    "dwMaxAPDUDataSize",
    "wIdVendor",
    "wIdProduct",
};

} // namespace

QString hexValue(std::uint32_t value, int digits)
{
    return QStringLiteral("0x") + QStringLiteral("%1").arg(value, digits, 16, QLatin1Char('0')).toUpper();
}

bool isKnownFeature(std::uint8_t tag)
{
    return (tag >= 1 && tag <= featureNames.size()) || tag == feature::ExecutePace;
}

QString featureName(std::uint8_t tag)
{
    if (tag == feature::ExecutePace)
        return QStringLiteral("FEATURE_EXECUTE_PACE");
    if (tag >= 1 && tag <= featureNames.size())
        return QLatin1String(featureNames[tag - 1]);
    return QStringLiteral("unknown feature ") + hexValue(tag, 2);
}

bool isKnownProperty(std::uint8_t tag)
{
    return tag >= 1 && tag <= propertyNames.size();
}

QString propertyName(std::uint8_t tag)
{
    if (isKnownProperty(tag))
        return QLatin1String(propertyNames[tag - 1]);
    return QStringLiteral("unknown property ") + hexValue(tag, 2);
}

QString lcdLayoutText(std::uint16_t layout)
{
    if (layout == 0)
        return QStringLiteral("no display");
    const int lines = layout >> 8;
    const int characters = layout & 0xFF;
    return QStringLiteral("%1 line%2 of %3 character%4")
        .arg(lines)
        .arg(lines == 1 ? "" : "s")
        .arg(characters)
        .arg(characters == 1 ? "" : "s");
}

QString entryValidationText(std::uint8_t condition)
{
    QStringList parts;
    if (condition & 0x01)
        parts << QStringLiteral("maximum size reached");
    if (condition & 0x02)
        parts << QStringLiteral("validation key pressed");
    if (condition & 0x04)
        parts << QStringLiteral("timeout");
    if (condition & 0xF8)
        parts << QStringLiteral("reserved bits %1").arg(hexValue(condition & 0xF8, 2));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

QString ppduSupportText(std::uint8_t support)
{
    QStringList parts;
    if (support & 0x01)
        parts << QStringLiteral("over SCardControl (FEATURE_CCID_ESC_COMMAND)");
    if (support & 0x02)
        parts << QStringLiteral("over SCardTransmit");
    if (support & 0xFC)
        parts << QStringLiteral("reserved bits %1").arg(hexValue(support & 0xFC, 2));
    return parts.isEmpty() ? QStringLiteral("not supported") : parts.join(QStringLiteral(", "));
}

} // namespace smartcard::part10
