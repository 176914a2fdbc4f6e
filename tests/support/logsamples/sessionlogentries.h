#pragma once

// Session log entries for the session log widget tests: exchanges on two readers, a SELECT
// with an FCI, a masked VERIFY (its PIN "31 32 33 34" must never show while masked), a
// GET RESPONSE linked to its SELECT and a failed READ BINARY; the exchanges are
// sampleentries.h's, on this file's readers.
#include "sampleentries.h"

#include <QList>

namespace logsample {

using smartcard::Bytes;
using smartcard::LogEntry;

inline const QString ReaderA = QStringLiteral("Virtual PCD 00 00");
inline const QString ReaderB = QStringLiteral("Virtual PCD 00 01");
// The FCI of a SELECT by AID: 6F { 84 AID, A5 { 50 "VISA" } }.
inline constexpr const char *Fci = "6F 11 84 07 A0 00 00 00 03 10 10 A5 06 50 04 56 49 53 41";

using sample::hex;

inline LogEntry exchange(const char *command, const char *response, std::uint16_t sw, std::uint32_t id,
    const QString &reader = ReaderA)
{
    LogEntry e = sample::exchange(command, response, sw, id);
    e.reader = reader;
    return e;
}

inline LogEntry selectFci(std::uint32_t id = 1)
{
    return exchange("00 A4 04 00 07 A0 00 00 00 03 10 10 00", Fci, 0x9000, id);
}

inline LogEntry verify(std::uint32_t id = 2)
{
    return sample::verify(id);
}

// A SELECT answered 61 1C, then the GET RESPONSE the connection made for it.
inline LogEntry selectMore(std::uint32_t id = 3)
{
    return exchange("00 A4 04 00 07 A0 00 00 00 03 10 10", "", 0x611C, id);
}

inline LogEntry getResponse(std::uint32_t origin = 3, std::uint32_t id = 4)
{
    LogEntry e = exchange("00 C0 00 00 1C", Fci, 0x9000, id);
    e.originId = origin;
    return e;
}

inline LogEntry failedRead(std::uint32_t id = 5)
{
    LogEntry e = exchange("00 B0 00 00 10", "", 0, id, ReaderB);
    e.flags = LogEntry::Failed;
    e.errorCode = 0x80100069;
    e.errorMessage = QStringLiteral("The smart card has been removed");
    return e;
}

inline LogEntry readBinary(std::uint32_t id, const QString &reader = ReaderB)
{
    return exchange("00 B0 00 00 04", "41 42 43 44", 0x9000, id, reader);
}

inline LogEntry connect(const QString &reader = ReaderA)
{
    LogEntry e;
    e.kind = LogEntry::Kind::Connect;
    e.timeNs = 1'764'042'175'000'000'000;
    e.reader = reader;
    e.protocol = 2;
    return e;
}

// Indexes: 0 connect A, 1 SELECT FCI, 2 VERIFY (masked, 63C2), 3 SELECT 611C, 4 GET
// RESPONSE (linked to 3), 5 failed READ BINARY on B, 6 READ BINARY on B, 7 not found on A.
inline QList<LogEntry> session()
{
    return { connect(), selectFci(), verify(), selectMore(), getResponse(), failedRead(), readBinary(6),
        exchange("00 A4 00 0C 02 3F 01", "", 0x6A82, 7) };
}

} // namespace logsample
