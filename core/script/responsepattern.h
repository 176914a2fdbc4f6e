#pragma once

#include "util/bytes.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace smartcard {

// What a script expects of a response (docs/scripts.md): optional data bytes, then SW1 SW2.
// Each byte may have wildcard nibbles ("6X", "?F", "??"); `*` after the data bytes allows
// any further data. Without data bytes only the status word is compared. An expectation
// line may give several alternatives separated by `|`: any one of them is enough.
class ResponsePattern
{
public:
    // One byte with wildcards: the bits `mask` sets must equal those of `value`.
    struct Byte
    {
        std::uint8_t value = 0;
        std::uint8_t mask = 0xFF;
        bool matches(std::uint8_t byte) const { return (byte & mask) == (value & mask); }
        bool operator==(const Byte &) const = default;
    };

    // One alternative: data bytes (if checked), then SW1 SW2.
    struct Alternative
    {
        std::vector<Byte> data;
        bool dataChecked = false; // false: only SW1 SW2 were given
        bool moreData = false; // `*` after the data: any number of further bytes
        Byte sw1;
        Byte sw2;
        bool operator==(const Alternative &) const = default;
    };

    ResponsePattern() = default;
    explicit ResponsePattern(QList<Alternative> alternatives, QString text = {});

    // Whether response data and SW1 SW2 satisfy one of the alternatives.
    bool matches(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const;
    const QList<Alternative> &alternatives() const { return m_alternatives; }
    bool isEmpty() const { return m_alternatives.isEmpty(); }
    // The expectation as the script wrote it, without '<' and comment: "61 ?? | 90 00".
    const QString &text() const { return m_text; }

    // "90 00": the implicit expectation of a strict run.
    static ResponsePattern success();

    bool operator==(const ResponsePattern &) const = default;

private:
    QList<Alternative> m_alternatives;
    QString m_text;
};

} // namespace smartcard
