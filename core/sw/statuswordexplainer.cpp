#include "sw/statuswordexplainer.h"

#include "sw/statuswordrows.h"

namespace smartcard {
namespace {

using statuswords::Count;
using statuswords::Row;

bool covers(const Row &row, std::uint8_t sw1, std::uint8_t sw2)
{
    return row.sw1 == sw1 && sw2 >= row.sw2First && sw2 <= row.sw2Last;
}

QString hexByte(std::uint8_t byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
}

StatusWordMeaning meaningOf(const Row &row, std::uint8_t sw2)
{
    QString text = QString::fromUtf8(row.text);
    if (row.count != Count::None) {
        const int n = row.count == Count::LowNibble ? (sw2 & 0x0F) : sw2;
        text.replace(QLatin1String("{n}"), QString::number(n));
    }
    text.replace(QLatin1String("{x}"), hexByte(sw2));
    return { statuswords::contextName(row.context), text, row.category };
}

// What is left when no row knows the status word: ISO 7816-3 allows only 6X and 9X as SW1.
StatusWordMeaning undefinedMeaning(std::uint8_t sw1)
{
    const QString iso3 = QStringLiteral("ISO/IEC 7816-3");
    if (sw1 == 0x60)
        return { iso3, QStringLiteral("not a status word: 60 is the NULL procedure byte"),
            StatusWordCategory::Unknown };
    if ((sw1 & 0xF0) == 0x60 || (sw1 & 0xF0) == 0x90)
        return { QStringLiteral("ISO/IEC 7816-4"),
            QStringLiteral("not defined by a known specification (proprietary)"),
            StatusWordCategory::Unknown };
    return { iso3, QStringLiteral("not a status word: SW1 must be 6X or 9X"), StatusWordCategory::Unknown };
}

} // namespace

QString categoryName(StatusWordCategory category)
{
    switch (category) {
    case StatusWordCategory::Normal:
        return QStringLiteral("normal");
    case StatusWordCategory::Warning:
        return QStringLiteral("warning");
    case StatusWordCategory::ExecutionError:
        return QStringLiteral("execution error");
    case StatusWordCategory::CheckingError:
        return QStringLiteral("checking error");
    case StatusWordCategory::Security:
        return QStringLiteral("security");
    case StatusWordCategory::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString StatusWordExplanation::toString() const
{
    return hexByte(sw1) + ' ' + hexByte(sw2) + QStringLiteral(": ") + meaning.text;
}

StatusWordExplanation StatusWordExplainer::explain(std::uint8_t sw1, std::uint8_t sw2)
{
    StatusWordExplanation explanation;
    explanation.sw1 = sw1;
    explanation.sw2 = sw2;
    QList<StatusWordMeaning> meanings;
    for (const Row &row : statuswords::specificRows()) {
        if (covers(row, sw1, sw2))
            meanings << meaningOf(row, sw2);
    }
    // A group's generic reading only stands in when nothing says more.
    if (meanings.isEmpty()) {
        for (const Row &row : statuswords::groupRows()) {
            if (covers(row, sw1, sw2)) {
                meanings << meaningOf(row, sw2);
                break;
            }
        }
    }
    if (meanings.isEmpty())
        meanings << undefinedMeaning(sw1);
    explanation.meaning = meanings.takeFirst();
    explanation.alternatives = meanings;
    return explanation;
}

} // namespace smartcard
