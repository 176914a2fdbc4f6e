#include "apduvalidator.h"

#include "util/hexparser.h"

#include <QCoreApplication>

using smartcard::Bytes;
using smartcard::CommandApdu;
using smartcard::HexParser;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApduValidator", text);
}

// HexParser's own separators: the span of a digit group ends at the next one.
bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u',';
}

qsizetype groupEnd(QStringView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && !isSeparator(text[end]))
        ++end;
    return end;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

void appendLength(Bytes *out, std::size_t value, bool extended)
{
    if (extended) {
        out->push_back(std::uint8_t(value >> 8));
        out->push_back(std::uint8_t(value));
    } else {
        out->push_back(std::uint8_t(value));
    }
}

} // namespace

QString ApduValidation::caseName() const
{
    return isValid() && structure ? structure->caseName() : QString();
}

QString ApduValidation::caseCode() const
{
    if (!isValid() || !structure)
        return {};
    const int number = static_cast<int>(structure->apduCase()) + 1;
    if (number == 1)
        return QStringLiteral("1");
    return QString::number(number) + (structure->isExtended() ? u'E' : u'S');
}

qsizetype ApduValidator::characterPosition(QStringView text, qsizetype byteOffset)
{
    qsizetype byte = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSeparator(text[i]))
            continue;
        if (byte == byteOffset)
            return i;
        ++byte;
        ++i; // the byte's second digit: the text parsed, so digits come in pairs
    }
    return text.size();
}

ApduValidation ApduValidator::validate(QStringView text)
{
    ApduValidation result;
    HexParser::Result parsed = HexParser::parse(text);
    result.bytes = std::move(parsed.bytes);
    if (parsed.error) {
        const qsizetype at = parsed.error->offset;
        result.errorPosition = at;
        result.errorMessage = parsed.error->message;
        // HexParser stops at a non-digit, or at the start of a group with an odd digit count.
        if (at < text.size() && isHexDigit(text[at])) {
            result.errorKind = ApduValidation::ErrorKind::OddDigitCount;
            result.errorLength = groupEnd(text, at) - at;
        } else {
            result.errorKind = ApduValidation::ErrorKind::NonHexCharacter;
            result.errorLength = 1;
        }
        return result;
    }
    if (result.bytes.empty()) {
        result.errorKind = ApduValidation::ErrorKind::Empty;
        result.errorMessage = tr("empty: type the APDU in hex, e.g. 00 A4 04 00");
        result.errorPosition = 0;
        return result;
    }
    const CommandApdu structure = CommandApdu::check(result.bytes);
    result.structure = structure;
    if (!structure.isValid()) {
        const qsizetype byteOffset = structure.error()->offset;
        result.errorKind = ApduValidation::ErrorKind::Length;
        result.errorMessage = structure.error()->message;
        result.errorPosition = characterPosition(text, byteOffset);
        result.errorLength = byteOffset < qsizetype(result.bytes.size()) ? 2 : 0;
    }
    return result;
}

std::optional<Bytes> ApduValidator::fillLc(QStringView text, std::optional<int> le, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Bytes> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const HexParser::Result parsed = HexParser::parse(text);
    if (parsed.error)
        return fail(tr("cannot fill Lc: %1").arg(parsed.error->message));
    const Bytes &bytes = parsed.bytes;
    if (bytes.size() < 4)
        return fail(tr("cannot fill Lc: CLA INS P1 P2 come first"));
    if (le && (*le < 0 || *le > 65536))
        return fail(tr("cannot fill Lc: Le %1 is out of range").arg(*le));

    const CommandApdu structure = CommandApdu::check(bytes);
    const bool hasLc = structure.isValid()
        && (structure.apduCase() == CommandApdu::Case::Case3
            || structure.apduCase() == CommandApdu::Case::Case4);
    const auto dataBegin = bytes.begin() + (hasLc ? structure.dataOffset() : 4);
    const auto dataEnd = hasLc ? dataBegin + structure.nc() : bytes.end();
    const std::size_t dataSize = std::size_t(dataEnd - dataBegin);
    if (dataSize > 65535)
        return fail(tr("cannot fill Lc: %1 data bytes, at most 65535 fit an extended Lc").arg(dataSize));

    Bytes keptLe;
    if (!le && hasLc && structure.apduCase() == CommandApdu::Case::Case4)
        keptLe.assign(dataEnd, bytes.end());
    const bool extended = dataSize > 255 || (hasLc && structure.isExtended()) || (le && *le > 256);

    Bytes out(bytes.begin(), bytes.begin() + 4);
    if (dataSize > 0) {
        if (extended)
            out.push_back(0x00);
        appendLength(&out, dataSize, extended);
        out.insert(out.end(), dataBegin, dataEnd);
    }
    if (le) {
        if (extended && dataSize == 0)
            out.push_back(0x00); // extended case 2: 00 then the two Le bytes
        appendLength(&out, std::size_t(*le) & (extended ? 0xFFFF : 0xFF), extended);
    } else {
        out.insert(out.end(), keptLe.begin(), keptLe.end());
    }
    return out;
}
