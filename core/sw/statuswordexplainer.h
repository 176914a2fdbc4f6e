#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace smartcard {

// How a status word reads, by ISO 7816-4's classes of SW1 (61/90 normal, 62-63 warning,
// 64-65 execution error, 66 security, 67-6F checking error), extended to the 9X ranges of
// GlobalPlatform and ETSI: 91/92/9F normal, 93 execution error, 94 checking error, 98 security.
enum class StatusWordCategory {
    Normal,
    Warning,
    ExecutionError,
    CheckingError,
    Security,
    Unknown, // not a status word, or one no known specification defines
};

// "normal", "warning", "execution error", "checking error", "security", "unknown".
QString categoryName(StatusWordCategory category);

// One reading of a status word and where it applies.
struct StatusWordMeaning
{
    QString context; // the specification or card type: "ISO/IEC 7816-4", "GlobalPlatform", ...
    QString text; // with the numbers SW2 carries filled in: "wrong Le, exact length 16"
    StatusWordCategory category = StatusWordCategory::Unknown;
};

struct StatusWordExplanation
{
    std::uint8_t sw1 = 0;
    std::uint8_t sw2 = 0;
    StatusWordMeaning meaning; // the primary reading
    // Readings that apply instead on some cards or applications (a GlobalPlatform card
    // manager, a USIM, a GSM SIM): the card, not the status word, decides which is right.
    QList<StatusWordMeaning> alternatives;

    const QString &text() const { return meaning.text; }
    StatusWordCategory category() const { return meaning.category; }
    // "6C 10: wrong Le, exact length 16"
    QString toString() const;
};

// A human text for any of the 65536 status words, for the console, the APDU log and the
// CLI. Not a pyscard name: pyscard's checkers only know the SWs they throw for, and only
// one reading of each. The primary reading follows ISO/IEC 7816-4 where it defines the SW,
// then GlobalPlatform, ETSI TS 102 221 (UICC), 3GPP TS 31.102 (USIM), GSM 11.11 (SIM) and
// Java Card; the other readings become alternatives.
class StatusWordExplainer
{
public:
    static StatusWordExplanation explain(std::uint8_t sw1, std::uint8_t sw2);
    static StatusWordExplanation explain(std::uint16_t sw)
    {
        return explain(std::uint8_t(sw >> 8), std::uint8_t(sw));
    }
};

} // namespace smartcard
