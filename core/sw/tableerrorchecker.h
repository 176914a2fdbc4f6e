#pragma once

#include "sw/errorchecker.h"

#include <QString>

#include <span>

namespace smartcard {

// The shape of pyscard's table checkers (ISO7816_4ErrorChecker and its siblings): a table
// of status words, each with the exception class to throw and a text. A status word the
// table does not list passes silently. Not a pyscard name; the checkers derive from it.
class TableErrorChecker : public ErrorChecker
{
public:
    // One row covers SW1 with SW2 from sw2First to sw2Last (one status word when they are
    // equal). A "%1" in the text becomes SW2 - sw2First, for counted rows such as 63 C0..CF
    // ("%1 tries left").
    struct Entry
    {
        std::uint8_t sw1;
        std::uint8_t sw2First;
        std::uint8_t sw2Last;
        SWExceptionKind kind;
        const char *text;
    };

    void check(const Bytes &data, std::uint8_t sw1, std::uint8_t sw2) const override;

    // The row covering the status word, or null.
    const Entry *find(std::uint8_t sw1, std::uint8_t sw2) const;
    // The text the exception carries for the status word (after the class's prefix), or a
    // null QString when the table does not list it.
    QString message(std::uint8_t sw1, std::uint8_t sw2) const;
    std::span<const Entry> entries() const { return m_entries; }

protected:
    explicit TableErrorChecker(std::span<const Entry> entries)
        : m_entries(entries)
    { }

private:
    std::span<const Entry> m_entries;
};

} // namespace smartcard
