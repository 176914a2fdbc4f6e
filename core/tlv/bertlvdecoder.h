#pragma once

#include "tlv/tlvnode.h"
#include "util/bytes.h"

#include <QString>

#include <span>
#include <vector>

namespace smartcard {

// Decodes BER-TLV response data (ISO/IEC 7816-4, the BER subset of ITU-T X.690 cards use)
// into a tree: multi-byte tags up to 4 bytes, definite lengths in short form or long form
// with up to 4 length bytes, constructed objects decoded recursively.
//
// The input is a sequence of objects, not necessarily one. '00' and 'FF' where a tag would
// start are skipped without a report: ISO 7816-4 allows them before, between and after
// objects (erased or rewritten data), and neither is a valid first tag byte there.
//
// Bad input never throws: each problem is reported with the offset it concerns, and
// everything decoded before it stays in the tree. An object whose value runs past its
// enclosing value (or the data) is kept with the bytes that are there, its children decoded
// as far as they go. A tag or length that cannot be read ends the decoding of that level;
// its message says which bytes were left undecoded.
class BerTlvDecoder
{
public:
    static constexpr int MaxDepth = 32; // deeper nesting is reported, which bounds recursion

    struct Problem
    {
        enum class Kind {
            TruncatedTag, // the data ends inside a multi-byte tag
            TagTooLong, // a tag of more than 4 bytes
            TruncatedLength, // no length field, or fewer long-form length bytes than announced
            IndefiniteLength, // 0x80: allowed by X.690, not by ISO 7816-4
            LengthTooLong, // 0x85-0xFF: more than 4 length bytes (0xFF is reserved)
            Overrun, // the declared length goes past the enclosing value or the data
            TooDeep, // nesting deeper than MaxDepth: the children are not decoded
        };
        Kind kind;
        qsizetype offset = 0; // byte offset into the data
        QString message;
    };

    struct Result
    {
        Bytes data; // the decoded input: nodes refer to it by offset
        std::vector<TlvNode> nodes; // the top-level objects, in order
        std::vector<Problem> problems; // in the order found

        bool isClean() const { return problems.empty(); }
        // The value bytes present for `node` (all of them unless it is truncated).
        std::span<const std::uint8_t> value(const TlvNode &node) const;
    };

    static Result decode(std::span<const std::uint8_t> data);

    // "truncated-tag", "overrun", ...: a stable name for scripts (cardscope-cli tlv --json).
    static QString kindName(Problem::Kind kind);
};

} // namespace smartcard
