#pragma once

#include "util/bytes.h"
#include "util/parseerror.h"

#include <optional>

namespace smartcard {

// The structure of a command APDU per ISO/IEC 7816-4 (5.1): header CLA INS P1 P2, then
// nothing (case 1), Le (case 2), Lc + data (case 3) or Lc + data + Le (case 4), with short
// (one-byte) or extended (three-byte Lc, two- or three-byte Le) length fields. check()
// tells which case a byte string is, or what makes it impossible and at which byte.
class CommandApdu
{
public:
    enum class Case { Case1, Case2, Case3, Case4 };

    // An APDU whose length fields do not add up: error() says why, at which byte offset.
    static CommandApdu check(const Bytes &apdu);

    bool isValid() const { return !m_error.has_value(); }
    const std::optional<ParseError> &error() const { return m_error; }

    Case apduCase() const { return m_case; }
    bool isExtended() const { return m_extended; }
    int nc() const { return m_nc; } // number of data bytes (Lc's value)
    int ne() const { return m_ne; } // bytes expected (Le decoded: 00 is 256 or 65536), 0 if none
    qsizetype dataOffset() const { return m_dataOffset; }
    QString caseName() const; // "case 4 extended"

private:
    static CommandApdu failure(qsizetype offset, const QString &message);

    std::optional<ParseError> m_error;
    Case m_case = Case::Case1;
    bool m_extended = false;
    int m_nc = 0;
    int m_ne = 0;
    qsizetype m_dataOffset = 0;
};

} // namespace smartcard
