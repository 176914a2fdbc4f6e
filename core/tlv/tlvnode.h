#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace smartcard {

// One BER-TLV data object as it sits in the decoded input. Positions are byte offsets into
// that input (BerTlvDecoder::Result::data), so a node stays valid when the result is copied.
struct TlvNode
{
    std::uint32_t tag = 0; // the tag bytes big-endian as EMV writes them: 0x6F, 0x9F38, 0xBF0C
    int tagLength = 0; // 1 to 4 bytes
    qsizetype offset = 0; // of the first tag byte
    qsizetype headerLength = 0; // tag and length bytes
    qsizetype length = 0; // the value length the length field declares
    qsizetype valueLength = 0; // value bytes present: less than `length` when the data ends early
    bool constructed = false; // bit 6 of the first tag byte: the value holds further objects
    std::vector<TlvNode> children; // decoded from the value of a constructed object

    qsizetype valueOffset() const { return offset + headerLength; }
    qsizetype end() const { return valueOffset() + valueLength; }
    bool isTruncated() const { return valueLength < length; }
};

} // namespace smartcard
