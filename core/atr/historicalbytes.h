#pragma once

#include "atr/atrbyte.h"
#include "util/bytes.h"
#include "util/parseerror.h"

#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace smartcard {

// The historical bytes T1..TK of an ATR, read by their category indicator (ISO/IEC 7816-4):
// 00 COMPACT-TLV objects then a status indicator (LCS SW1 SW2) as the last three bytes,
// 80 COMPACT-TLV objects with an optional status indicator object, 10 a DIR data reference,
// 81-8F reserved, anything else proprietary. Like the ATR parser it never throws: problems
// are collected with their offset in the ATR and everything readable is kept.
class HistoricalBytes
{
public:
    enum class Category {
        Empty,
        CompactTlvWithStatus, // 00
        DirDataReference, // 10
        CompactTlv, // 80
        Reserved, // 81-8F
        Proprietary,
    };

    struct CompactTlvObject
    {
        int offset = 0; // of the header byte, in the ATR
        std::uint8_t tag = 0;
        int declaredLength = 0;
        Bytes value; // may be shorter than declaredLength when the bytes ran out
        QString name;
        QStringList meanings;
    };

    struct StatusIndicator
    {
        std::optional<std::uint8_t> lcs;
        std::optional<std::uint8_t> sw1;
        std::optional<std::uint8_t> sw2;
    };

    HistoricalBytes() = default;
    // `atrOffset` is where T1 sits in the ATR, so that offsets match the ATR's breakdown.
    static HistoricalBytes parse(std::span<const std::uint8_t> bytes, int atrOffset);

    const Bytes &bytes() const { return m_bytes; }
    Category category() const { return m_category; }
    static QString categoryName(Category category);
    const std::vector<CompactTlvObject> &objects() const { return m_objects; }
    const std::optional<StatusIndicator> &statusIndicator() const { return m_status; }
    // One entry per historical byte, named T1..TK.
    const std::vector<AtrByte> &breakdown() const { return m_breakdown; }
    const std::vector<ParseError> &errors() const { return m_errors; }

private:
    void describeByte(int index, const QString &meaning);
    void parseObjects(std::size_t begin, std::size_t end);
    void parseStatusTail();
    void parsePcscApplicationIndicator();
    void takeStatusObject(const CompactTlvObject &object, bool last);
    void describeRemaining(std::size_t begin, const QString &meaning);

    Bytes m_bytes;
    int m_atrOffset = 0;
    Category m_category = Category::Empty;
    std::vector<CompactTlvObject> m_objects;
    std::optional<StatusIndicator> m_status;
    std::vector<AtrByte> m_breakdown;
    std::vector<ParseError> m_errors;
};

} // namespace smartcard
