#pragma once

#include "util/bytes.h"
#include "util/parseerror.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace smartcard::part10 {

// One property of the FEATURE_GET_TLV_PROPERTIES answer.
struct TlvProperty
{
    std::uint8_t tag = 0;
    QString name; // "wLcdLayout", or "unknown property 0x42"
    qsizetype offset = 0; // of the TLV in the answer
    Bytes value; // the raw value bytes
    // Integer properties (b, w, dw) are little-endian, as part 10 says; sFirmwareID is text.
    std::optional<std::uint32_t> number;
    QString string;
    QString text; // readable: "2 lines of 16 characters", "5", "\"Firmware 1.2\""
};

// The answer to FEATURE_GET_TLV_PROPERTIES: TLVs of tag (1 byte), length (1 byte) and value.
// A parser: a TLV cut off by the end is reported with its offset and ends the list; a known
// property whose length does not fit its type (a wLcdLayout of 3 bytes) is reported and kept
// with its raw bytes. An unknown tag is kept too, decoded as an integer when it has 1, 2
// or 4 bytes.
class TlvProperties
{
public:
    static TlvProperties parse(std::span<const std::uint8_t> answer);

    const std::vector<TlvProperty> &properties() const { return m_properties; }
    const std::vector<ParseError> &problems() const { return m_problems; }
    bool isClean() const { return m_problems.empty(); }
    const TlvProperty *find(std::uint8_t tag) const;

private:
    std::vector<TlvProperty> m_properties;
    std::vector<ParseError> m_problems;
};

} // namespace smartcard::part10
