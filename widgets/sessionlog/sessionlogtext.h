#pragma once

#include "log/sessionlog.h"

#include <QString>

#include <cstdint>
#include <span>

// How the session log widgets spell an entry's parts, made from the log's compact records
// for one visible row at a time (SessionLogModel::data, ExchangeDetails). Translated in the
// "SessionLogModel" context.
namespace sessionlogtext {

// Spaced upper-case hex; bytes [maskOffset, maskOffset + maskLength) as "••" when `masked`;
// at most `limit` bytes, then " …" (-1: all).
QString hex(std::span<const std::uint8_t> bytes, bool masked = false, std::uint16_t maskOffset = 0,
    std::uint16_t maskLength = 0, int limit = -1);
// "6A 82".
QString statusWord(std::uint16_t sw);
// Local time with microseconds: "14:03:07.123456", with the date before it if asked.
QString localTime(qint64 nsSinceEpoch, bool withDate);
// An exchange's command name ("SELECT", "INS 7A" when unnamed; linked ones indented with
// "↳"), or what another kind of entry is ("connect", "reconnect (reset)", "control 0x...").
QString entryName(const smartcard::SessionLog &log, smartcard::SessionLog::Index index);
// The error of a failed entry, the SW's short meaning, or the protocol of a connect.
QString meaning(const smartcard::SessionLog &log, smartcard::SessionLog::Index index);
// "failed, masked, linked, imported, note" as they apply.
QString flags(const smartcard::SessionLog &log, smartcard::SessionLog::Index index, bool unmasked);

} // namespace sessionlogtext
