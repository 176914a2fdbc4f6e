#pragma once

#include "log/logentry.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>

namespace smartcard::logfields {

// The spellings the file formats share (docs/exports.md), each with its exact inverse.

// "T0", "T1", "T0|T1", "RAW", "T15" (pyscard protocol masks); bits without a name as
// "0x..."; "" for 0.
QString protocolName(std::uint32_t protocol);
bool protocolFromName(QStringView name, std::uint32_t *protocol);

// "leave", "reset", "unpower", "eject".
const char *dispositionName(pcsc::Disposition disposition);
bool dispositionFromName(QStringView name, pcsc::Disposition *disposition);

// ISO 8601 in UTC with nanoseconds: "2026-11-25T03:42:55.123456789Z".
void appendIsoTime(qint64 nsSinceEpoch, QByteArray &out);
QByteArray isoTime(qint64 nsSinceEpoch);
// The same 30 characters at `out`; returns the end.
char *writeIsoTime(qint64 nsSinceEpoch, char *out);
// Reads what appendIsoTime writes (and fewer fraction digits); false if malformed.
bool isoTimeFromText(QByteArrayView text, qint64 *nsSinceEpoch);

// Upper-case hex pairs, packed ("00A40400") or with a separator between bytes.
void appendHex(std::span<const std::uint8_t> bytes, QByteArray &out, char separator = 0);
// Packed hex at `out` (2 characters per byte); returns the end.
char *writeHex(std::span<const std::uint8_t> bytes, char *out);
// Strict inverse of the packed form: an even number of hex digits, nothing else.
bool bytesFromHex(QByteArrayView hex, Bytes *bytes);

// The command as a file may show it: the masked range zeroed when `maskSecrets` and the
// entry is Masked. Returns `entry.command` itself when nothing is masked (no copy).
const Bytes &commandForFile(const LogEntry &entry, bool maskSecrets, Bytes &scratch);
// Whether byte `index` of the command is secret.
inline bool isMaskedByte(const LogEntry &entry, std::size_t index)
{
    return entry.has(LogEntry::Masked) && index >= entry.maskOffset
        && index < std::size_t(entry.maskOffset) + entry.maskLength;
}

} // namespace smartcard::logfields
