#pragma once

// Entries for the session file tests: one of every kind, every flag, masking, annotations,
// failures and reader names beyond ASCII. The secret PIN bytes "31 32 33 34" (ASCII
// "1234") must never reach a file written with masking on.
#include "log/logentry.h"
#include "testhex.h"

#include <QList>

namespace sample {

using namespace smartcard;
using cardscope::testing::hex;

// The secret a VERIFY carries below, as the tests grep for it (hex, spaced hex, ASCII).
inline constexpr const char *SecretPin = "31323334";

inline LogEntry exchange(const char *command, const char *response, std::uint16_t sw, std::uint32_t id)
{
    LogEntry e;
    e.kind = LogEntry::Kind::Exchange;
    e.timeNs = 1'764'042'175'123'456'789 + qint64(id) * 1'000'000;
    e.durationNs = 81'234 + id;
    e.reader = QStringLiteral("Virtual PCD 00 00");
    e.atr = hex("3B 8A 80 01 80 31 80 73 B5 62 00 00 03");
    e.protocol = 2;
    e.command = hex(command);
    e.response = hex(response);
    e.sw = sw;
    e.exchangeId = id;
    e.set(LogEntry::HasResponse);
    return e;
}

inline LogEntry verify(std::uint32_t id = 7)
{
    LogEntry e = exchange("00 20 00 81 08 31 32 33 34 FF FF FF FF", "", 0x63C2, id);
    e.set(LogEntry::Masked);
    e.maskOffset = 5;
    e.maskLength = 8;
    return e;
}

inline LogEntry failedExchange()
{
    LogEntry e = exchange("00 B0 00 00 10", "", 0, 9);
    e.flags = LogEntry::Failed;
    e.errorCode = 0x80100069;
    e.errorMessage
        = QStringLiteral("The smart card has been removed, \"so\" further communication is not possible.");
    return e;
}

inline LogEntry other(LogEntry::Kind kind)
{
    LogEntry e;
    e.kind = kind;
    e.timeNs = 1'764'042'170'000'000'001;
    e.durationNs = 1'500'000;
    e.reader = QStringLiteral("Lecteur « été » 日本 01");
    e.atr = hex("3B 02 14 50");
    e.protocol = 1;
    switch (kind) {
    case LogEntry::Kind::Control:
        e.code = 0x42000D48;
        e.command = hex("FF 00 00 00 02 01 02");
        e.response = hex("90 00");
        break;
    case LogEntry::Kind::Attrib:
        e.code = 0x00090303;
        e.response = hex("3B 02 14 50");
        break;
    case LogEntry::Kind::Atr:
        e.response = hex("3B 02 14 50");
        break;
    case LogEntry::Kind::Connect:
        e.code = 2;
        break;
    case LogEntry::Kind::Reconnect:
        e.disposition = pcsc::Disposition::ResetCard;
        e.code = 2;
        break;
    case LogEntry::Kind::Disconnect:
        e.disposition = pcsc::Disposition::UnpowerCard;
        break;
    case LogEntry::Kind::Release:
    case LogEntry::Kind::Exchange:
        break;
    }
    return e;
}

// A small session in order: connect, select, read with GET RESPONSE, a masked VERIFY, a
// failed read, a control, a reset, a disconnect.
inline QList<LogEntry> session()
{
    QList<LogEntry> entries;
    entries << other(LogEntry::Kind::Connect);
    entries << exchange("00 A4 04 00 07 A0 00 00 00 03 10 10",
        "6F 10 84 07 A0 00 00 00 03 10 10 A5 05 50 03 56 49 53", 0x9000, 1);
    entries << exchange("00 B0 00 00 00", "", 0x6110, 2);
    LogEntry getResponse
        = exchange("00 C0 00 00 10", "01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 10", 0x9000, 3);
    getResponse.originId = 2;
    entries << getResponse;
    entries << verify();
    LogEntry annotated = exchange("80 CA 9F 7F 00", "", 0x6A88, 8);
    annotated.annotation = QStringLiteral("CPLC absent, see \"ticket\" #12,\nsecond line");
    entries << annotated;
    entries << failedExchange();
    entries << other(LogEntry::Kind::Control);
    entries << other(LogEntry::Kind::Reconnect);
    entries << other(LogEntry::Kind::Disconnect);
    return entries;
}

// Entry `i` of a long, varied session (journal and crash tests): the session's entries in
// turn, each with its own time and exchange id.
inline LogEntry numbered(int i)
{
    static const QList<LogEntry> entries = session();
    LogEntry e = entries[i % entries.size()];
    e.timeNs += qint64(i) * 1'000'003;
    if (e.exchangeId != 0)
        e.exchangeId = std::uint32_t(1000 + i);
    return e;
}

} // namespace sample
