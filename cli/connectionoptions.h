#pragma once

#include <QString>

#include <cstdint>
#include <optional>

class CliOutput;
class QCommandLineParser;

// The options the card verbs (send, run) share: --help, --reader, --protocol (described by
// `protocolHelp`, which differs per verb), --get-response, --le-correction, --unchecked.
void addConnectionOptions(QCommandLineParser &parser, const QString &protocolHelp);

// --protocol as a CardConnection protocol mask: t0, t1, raw, any (T=0 | T=1), and none (0)
// when `allowNone` (direct mode talks to the reader without a protocol). `fallback` is the
// value when the option is not given. Anything else is reported and gives nullopt.
std::optional<std::uint32_t> readProtocol(
    const QCommandLineParser &parser, const CliOutput &out, const QString &fallback, bool allowNone = false);
