#include "apdu/commandapdu.h"

#include <QCoreApplication>

namespace smartcard {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("smartcard::CommandApdu", text, nullptr, n);
}

constexpr qsizetype HeaderSize = 4;

} // namespace

CommandApdu CommandApdu::failure(qsizetype offset, const QString &message)
{
    CommandApdu apdu;
    apdu.m_error = ParseError { offset, message };
    return apdu;
}

CommandApdu CommandApdu::check(const Bytes &bytes)
{
    const auto size = static_cast<qsizetype>(bytes.size());
    if (size < HeaderSize) {
        return failure(size,
            tr("%n byte(s): a command APDU needs at least the 4 header bytes CLA INS P1 P2",
                static_cast<int>(size)));
    }
    CommandApdu apdu;
    apdu.m_dataOffset = size;
    if (size == HeaderSize)
        return apdu;

    const int b5 = bytes[4];
    if (size == 5) { // case 2 short: Le only
        apdu.m_case = Case::Case2;
        apdu.m_ne = b5 == 0 ? 256 : b5;
        return apdu;
    }
    if (b5 != 0) { // short Lc
        apdu.m_nc = b5;
        apdu.m_dataOffset = 5;
        const qsizetype dataEnd = 5 + b5;
        if (size < dataEnd) {
            return failure(
                4, tr("Lc is %1: %2 data byte(s) announced, %3 present").arg(b5).arg(b5).arg(size - 5));
        }
        if (size == dataEnd) {
            apdu.m_case = Case::Case3;
            return apdu;
        }
        if (size == dataEnd + 1) {
            apdu.m_case = Case::Case4;
            apdu.m_ne = bytes[dataEnd] == 0 ? 256 : bytes[dataEnd];
            return apdu;
        }
        return failure(dataEnd + 1,
            tr("%1 byte(s) after the %2 data byte(s) announced by Lc; only a one-byte Le may follow")
                .arg(size - dataEnd)
                .arg(b5));
    }

    // Byte 5 is 00 and more follows: an extended length field.
    apdu.m_extended = true;
    if (size < 7)
        return failure(size, tr("an extended length (00 at byte 4) needs two more length bytes"));
    const int length = bytes[5] << 8 | bytes[6];
    if (size == 7) { // case 2 extended: Le only
        apdu.m_case = Case::Case2;
        apdu.m_ne = length == 0 ? 65536 : length;
        return apdu;
    }
    if (length == 0)
        return failure(5, tr("extended Lc is 0000 but data follows"));
    apdu.m_nc = length;
    apdu.m_dataOffset = 7;
    const qsizetype dataEnd = 7 + length;
    if (size < dataEnd) {
        return failure(5,
            tr("extended Lc is %1: %2 data byte(s) announced, %3 present")
                .arg(length)
                .arg(length)
                .arg(size - 7));
    }
    if (size == dataEnd) {
        apdu.m_case = Case::Case3;
        return apdu;
    }
    if (size == dataEnd + 2) {
        apdu.m_case = Case::Case4;
        const int le = bytes[dataEnd] << 8 | bytes[dataEnd + 1];
        apdu.m_ne = le == 0 ? 65536 : le;
        return apdu;
    }
    return failure(dataEnd,
        tr("%1 byte(s) after the %2 data byte(s) announced by extended Lc; only a two-byte Le may follow")
            .arg(size - dataEnd)
            .arg(length));
}

QString CommandApdu::caseName() const
{
    const int number = static_cast<int>(m_case) + 1;
    if (m_case == Case::Case1)
        return tr("case 1");
    return (m_extended ? tr("case %1 extended") : tr("case %1 short")).arg(number);
}

} // namespace smartcard
