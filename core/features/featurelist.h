#pragma once

#include "util/bytes.h"
#include "util/parseerror.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace smartcard::part10 {

// One feature a reader announces: its tag, the spec's name and the control code to pass to
// SCardControl (CardConnection::control) to use it.
struct Feature
{
    std::uint8_t tag = 0;
    QString name;
    std::uint32_t controlCode = 0;
    qsizetype offset = 0; // of the TLV in the answer
    bool operator==(const Feature &) const = default;
};

// The answer to CM_IOCTL_GET_FEATURE_REQUEST: TLVs of tag (1 byte), length (1 byte, always
// 4) and the control code (4 bytes, big-endian). A parser: malformed input (a length other
// than 4, a TLV cut off by the end) is reported with its byte offset, never thrown, and
// every well-formed TLV before it is kept. A TLV with another length is skipped by its
// length; a cut-off one ends the list.
class FeatureList
{
public:
    static FeatureList parse(std::span<const std::uint8_t> answer);

    const std::vector<Feature> &features() const { return m_features; }
    const std::vector<ParseError> &problems() const { return m_problems; }
    bool isEmpty() const { return m_features.empty(); }
    bool isClean() const { return m_problems.empty(); }

    // pyscard's hasFeature(): the control code of a feature, if the reader has it.
    std::optional<std::uint32_t> controlCode(std::uint8_t tag) const;
    bool hasFeature(std::uint8_t tag) const { return controlCode(tag).has_value(); }

private:
    std::vector<Feature> m_features;
    std::vector<ParseError> m_problems;
};

} // namespace smartcard::part10
