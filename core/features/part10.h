#pragma once

// PC/SC part 10 (v2.02.x, "IFDs with Secure PIN Entry Capabilities"): the numbers a reader
// uses to announce its features and properties. pyscard keeps them in smartcard.pcsc.PCSCPart10;
// here they live in namespace smartcard::part10 (docs/pyscard-mapping.md).

#include <QString>

#include <cstdint>

namespace smartcard::part10 {

// Feature tags of the GET_FEATURE_REQUEST answer (FEATURE_* in the spec, in its numbering).
namespace feature {
inline constexpr std::uint8_t VerifyPinStart = 0x01;
inline constexpr std::uint8_t VerifyPinFinish = 0x02;
inline constexpr std::uint8_t ModifyPinStart = 0x03;
inline constexpr std::uint8_t ModifyPinFinish = 0x04;
inline constexpr std::uint8_t GetKeyPressed = 0x05;
inline constexpr std::uint8_t VerifyPinDirect = 0x06;
inline constexpr std::uint8_t ModifyPinDirect = 0x07;
inline constexpr std::uint8_t MctReaderDirect = 0x08;
inline constexpr std::uint8_t MctUniversal = 0x09;
inline constexpr std::uint8_t IfdPinProperties = 0x0A;
inline constexpr std::uint8_t Abort = 0x0B;
inline constexpr std::uint8_t SetSpeMessage = 0x0C;
inline constexpr std::uint8_t VerifyPinDirectAppId = 0x0D;
inline constexpr std::uint8_t ModifyPinDirectAppId = 0x0E;
inline constexpr std::uint8_t WriteDisplay = 0x0F;
inline constexpr std::uint8_t GetKey = 0x10;
inline constexpr std::uint8_t IfdDisplayProperties = 0x11;
inline constexpr std::uint8_t GetTlvProperties = 0x12;
inline constexpr std::uint8_t CcidEscCommand = 0x13;
// Not in part 10 v2.02 itself: PACE (BSI TR-03119), as pcsc-lite's reader.h numbers it.
inline constexpr std::uint8_t ExecutePace = 0x20;
} // namespace feature

// Property tags of the FEATURE_GET_TLV_PROPERTIES answer.
namespace property {
inline constexpr std::uint8_t LcdLayout = 0x01; // wLcdLayout
inline constexpr std::uint8_t EntryValidationCondition = 0x02; // bEntryValidationCondition
inline constexpr std::uint8_t TimeOut2 = 0x03; // bTimeOut2
inline constexpr std::uint8_t LcdMaxCharacters = 0x04; // wLcdMaxCharacters
inline constexpr std::uint8_t LcdMaxLines = 0x05; // wLcdMaxLines
inline constexpr std::uint8_t MinPinSize = 0x06; // bMinPINSize
inline constexpr std::uint8_t MaxPinSize = 0x07; // bMaxPINSize
inline constexpr std::uint8_t FirmwareId = 0x08; // sFirmwareID
inline constexpr std::uint8_t PpduSupport = 0x09; // bPPDUSupport
inline constexpr std::uint8_t MaxApduDataSize = 0x0A; // dwMaxAPDUDataSize
inline constexpr std::uint8_t IdVendor = 0x0B; // wIdVendor
inline constexpr std::uint8_t IdProduct = 0x0C; // wIdProduct
} // namespace property

// "FEATURE_VERIFY_PIN_DIRECT"; an unknown tag: "unknown feature 0x42".
QString featureName(std::uint8_t tag);
bool isKnownFeature(std::uint8_t tag);

// "wLcdLayout" (the spec's field name, whose prefix tells the type: b byte, w 16 bits,
// dw 32 bits, s string); an unknown tag: "unknown property 0x42".
QString propertyName(std::uint8_t tag);
bool isKnownProperty(std::uint8_t tag);

// wLcdLayout: "no display", or "2 lines of 16 characters" (0xXXYY: XX lines, YY characters).
QString lcdLayoutText(std::uint16_t layout);
// bEntryValidationCondition bits: "maximum size reached, validation key pressed, timeout".
QString entryValidationText(std::uint8_t condition);
// "0x0A", "0x42330012": upper-case hex with `digits` digits.
QString hexValue(std::uint32_t value, int digits);

// bPPDUSupport bits: "over SCardControl (FEATURE_CCID_ESC_COMMAND), over SCardTransmit".
QString ppduSupportText(std::uint8_t support);

} // namespace smartcard::part10
