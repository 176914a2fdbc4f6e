#include "tlv/tlvtagnames.h"

#include <array>

namespace smartcard {
namespace {

constexpr std::uint32_t AnyParent = 0;
constexpr std::uint32_t FcpTemplate = 0x62;

struct TagName
{
    std::uint32_t tag;
    std::uint32_t parent; // AnyParent, or the only parent the name holds under
    const char *name;
};

// Context entries come before the general entry of the same tag: the first match wins.
constexpr std::array<TagName, 44> tagNames { {
    { 0x4F, AnyParent, "application identifier (AID)" },
    { 0x50, AnyParent, "application label" },
    { 0x57, AnyParent, "track 2 equivalent data" },
    { 0x5A, AnyParent, "application PAN" },
    { 0x61, AnyParent, "application template" },
    { 0x62, AnyParent, "FCP template" },
    { 0x64, AnyParent, "FMD template" },
    { 0x6F, AnyParent, "FCI template" },
    { 0x70, AnyParent, "record template" },
    { 0x73, AnyParent, "discretionary data template" },
    { 0x77, AnyParent, "response template, format 2" },
    { 0x80, FcpTemplate, "file size" },
    { 0x80, AnyParent, "response template, format 1" },
    { 0x81, FcpTemplate, "total file size" },
    { 0x82, FcpTemplate, "file descriptor" },
    { 0x82, AnyParent, "application interchange profile" },
    { 0x83, AnyParent, "file identifier" },
    { 0x84, AnyParent, "DF name" },
    { 0x87, AnyParent, "application priority indicator" },
    { 0x88, AnyParent, "short file identifier" },
    { 0x8A, AnyParent, "life cycle status" },
    { 0x8C, FcpTemplate, "security attributes, compact" },
    { 0x8C, AnyParent, "CDOL1" },
    { 0x8D, AnyParent, "CDOL2" },
    { 0x8E, AnyParent, "CVM list" },
    { 0x8F, AnyParent, "CA public key index" },
    { 0x94, AnyParent, "application file locator" },
    { 0xA5, FcpTemplate, "proprietary information" },
    { 0xA5, AnyParent, "FCI proprietary template" },
    { 0x5F20, AnyParent, "cardholder name" },
    { 0x5F24, AnyParent, "expiration date" },
    { 0x5F25, AnyParent, "effective date" },
    { 0x5F28, AnyParent, "issuer country code" },
    { 0x5F2D, AnyParent, "language preference" },
    { 0x5F30, AnyParent, "service code" },
    { 0x5F34, AnyParent, "PAN sequence number" },
    { 0x5F50, AnyParent, "issuer URL" },
    { 0x9F10, AnyParent, "issuer application data" },
    { 0x9F12, AnyParent, "application preferred name" },
    { 0x9F26, AnyParent, "application cryptogram" },
    { 0x9F27, AnyParent, "cryptogram information data" },
    { 0x9F36, AnyParent, "application transaction counter" },
    { 0x9F38, AnyParent, "PDOL" },
    { 0xBF0C, AnyParent, "FCI issuer discretionary data" },
} };

} // namespace

QString tlvTagName(std::uint32_t tag, std::uint32_t parentTag)
{
    for (const TagName &entry : tagNames) {
        if (entry.tag == tag && (entry.parent == AnyParent || entry.parent == parentTag))
            return QString::fromLatin1(entry.name);
    }
    return {};
}

} // namespace smartcard
