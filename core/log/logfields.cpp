#include "log/logfields.h"

#include "connection/cardconnection.h"

#include <QList>

#include <algorithm>
#include <array>

namespace smartcard::logfields {
namespace {

struct ProtocolBit
{
    std::uint32_t bit;
    const char *name;
};
constexpr std::array<ProtocolBit, 4> ProtocolBits { { { CardConnection::T0_protocol, "T0" },
    { CardConnection::T1_protocol, "T1" }, { CardConnection::RAW_protocol, "RAW" },
    { CardConnection::T15_protocol, "T15" } } };

constexpr std::array<const char *, 4> DispositionNames { "leave", "reset", "unpower", "eject" };

constexpr char HexDigits[] = "0123456789ABCDEF";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Days since 1970-01-01 to a proleptic Gregorian date and back (the well-known era-based
// conversion): exact for every 64-bit nanosecond time, no time zone tables, no QDateTime
// per entry (which would cost more than the rest of a JSON line).
struct Civil
{
    qint64 year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return { qint64(yearOfEra) + era * 400 + (month <= 2), month, day };
}

qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

void appendDigits(qint64 value, int width, char *out)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

bool readDigits(QByteArrayView text, qsizetype at, int width, qint64 *value)
{
    if (at + width > text.size())
        return false;
    qint64 result = 0;
    for (int i = 0; i < width; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = result;
    return true;
}

} // namespace

QString protocolName(std::uint32_t protocol)
{
    QString name;
    for (const ProtocolBit &bit : ProtocolBits) {
        if (protocol & bit.bit) {
            if (!name.isEmpty())
                name += u'|';
            name += QLatin1String(bit.name);
            protocol &= ~bit.bit;
        }
    }
    if (protocol != 0) {
        if (!name.isEmpty())
            name += u'|';
        name += QStringLiteral("0x%1").arg(protocol, 0, 16);
    }
    return name;
}

bool protocolFromName(QStringView name, std::uint32_t *protocol)
{
    std::uint32_t result = 0;
    if (!name.isEmpty()) {
        for (QStringView part : name.split(u'|')) {
            bool found = false;
            for (const ProtocolBit &bit : ProtocolBits) {
                if (part == QLatin1String(bit.name)) {
                    result |= bit.bit;
                    found = true;
                }
            }
            if (!found && part.startsWith(u"0x")) {
                bool ok = false;
                result |= part.mid(2).toUInt(&ok, 16);
                found = ok;
            }
            if (!found)
                return false;
        }
    }
    *protocol = result;
    return true;
}

const char *dispositionName(pcsc::Disposition disposition)
{
    const auto index = std::size_t(disposition);
    return index < DispositionNames.size() ? DispositionNames[index] : "leave";
}

bool dispositionFromName(QStringView name, pcsc::Disposition *disposition)
{
    for (std::size_t i = 0; i < DispositionNames.size(); ++i) {
        if (name == QLatin1String(DispositionNames[i])) {
            *disposition = pcsc::Disposition(i);
            return true;
        }
    }
    return false;
}

char *writeIsoTime(qint64 ns, char *text)
{
    constexpr qint64 NsPerDay = 86400LL * 1000000000LL;
    qint64 days = ns / NsPerDay;
    qint64 inDay = ns % NsPerDay;
    if (inDay < 0) {
        inDay += NsPerDay;
        --days;
    }
    const Civil date = civilFromDays(days);
    const qint64 seconds = inDay / 1000000000LL;
    // Years outside 0000-9999 cannot be written in this form; times that far are not
    // recorded (timeNs keeps the exact value anyway).
    appendDigits(std::clamp<qint64>(date.year, 0, 9999), 4, text);
    text[4] = '-';
    appendDigits(date.month, 2, text + 5);
    text[7] = '-';
    appendDigits(date.day, 2, text + 8);
    text[10] = 'T';
    appendDigits(seconds / 3600, 2, text + 11);
    text[13] = ':';
    appendDigits(seconds / 60 % 60, 2, text + 14);
    text[16] = ':';
    appendDigits(seconds % 60, 2, text + 17);
    text[19] = '.';
    appendDigits(inDay % 1000000000LL, 9, text + 20);
    text[29] = 'Z';
    return text + 30;
}

void appendIsoTime(qint64 ns, QByteArray &out)
{
    char text[32];
    out.append(text, writeIsoTime(ns, text) - text);
}

QByteArray isoTime(qint64 nsSinceEpoch)
{
    QByteArray text;
    appendIsoTime(nsSinceEpoch, text);
    return text;
}

bool isoTimeFromText(QByteArrayView text, qint64 *nsSinceEpoch)
{
    qint64 year, month, day, hour, minute, second;
    if (!readDigits(text, 0, 4, &year) || text.size() < 20 || text[4] != '-'
        || !readDigits(text, 5, 2, &month) || text[7] != '-' || !readDigits(text, 8, 2, &day)
        || text[10] != 'T' || !readDigits(text, 11, 2, &hour) || text[13] != ':'
        || !readDigits(text, 14, 2, &minute) || text[16] != ':' || !readDigits(text, 17, 2, &second))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    qsizetype at = 19;
    qint64 fraction = 0;
    if (at < text.size() && text[at] == '.') {
        ++at;
        int digits = 0;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            if (digits == 9)
                return false;
            fraction = fraction * 10 + (text[at++] - '0');
            ++digits;
        }
        if (digits == 0)
            return false;
        for (; digits < 9; ++digits)
            fraction *= 10;
    }
    if (at + 1 != text.size() || text[at] != 'Z')
        return false;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    // Nanoseconds since 1970 fit in 64 bits only from 1677-09-21 to 2262-04-11: other times
    // are refused, not wrapped. Before 1970 a second is borrowed for the fraction, so that
    // the earliest time, whose whole seconds alone do not fit, still adds up.
    qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second;
    if (seconds < 0 && fraction > 0) {
        ++seconds;
        fraction -= 1000000000;
    }
    qint64 ns = 0;
    if (__builtin_mul_overflow(seconds, qint64(1000000000), &ns) || __builtin_add_overflow(ns, fraction, &ns))
        return false;
    *nsSinceEpoch = ns;
    return true;
}

void appendHex(std::span<const std::uint8_t> bytes, QByteArray &out, char separator)
{
    if (bytes.empty())
        return;
    const qsizetype start = out.size();
    const qsizetype length = qsizetype(bytes.size()) * (separator ? 3 : 2) - (separator ? 1 : 0);
    out.resize(start + length);
    char *p = out.data() + start;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (separator && i > 0)
            *p++ = separator;
        *p++ = HexDigits[bytes[i] >> 4];
        *p++ = HexDigits[bytes[i] & 0x0F];
    }
}

char *writeHex(std::span<const std::uint8_t> bytes, char *out)
{
    for (const std::uint8_t byte : bytes) {
        *out++ = HexDigits[byte >> 4];
        *out++ = HexDigits[byte & 0x0F];
    }
    return out;
}

bool bytesFromHex(QByteArrayView hex, Bytes *bytes)
{
    if (hex.size() % 2 != 0)
        return false;
    Bytes result(std::size_t(hex.size() / 2));
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        const int high = hexValue(hex[i]);
        const int low = hexValue(hex[i + 1]);
        if (high < 0 || low < 0)
            return false;
        result[std::size_t(i / 2)] = std::uint8_t(high << 4 | low);
    }
    *bytes = std::move(result);
    return true;
}

const Bytes &commandForFile(const LogEntry &entry, bool maskSecrets, Bytes &scratch)
{
    if (!maskSecrets || !entry.has(LogEntry::Masked) || entry.maskLength == 0)
        return entry.command;
    scratch = entry.command;
    const std::size_t end = std::min(scratch.size(), std::size_t(entry.maskOffset) + entry.maskLength);
    for (std::size_t i = entry.maskOffset; i < end; ++i)
        scratch[i] = 0;
    return scratch;
}

} // namespace smartcard::logfields
