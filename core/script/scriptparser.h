#pragma once

#include "script/responsepattern.h"
#include "util/bytes.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace smartcard {

// One thing a script does: send an APDU (optionally checking the response) or reset the card.
struct ScriptStep
{
    enum class Kind { Command, Reset };

    Kind kind = Kind::Command;
    Bytes apdu; // Command only
    std::optional<ResponsePattern> expectation; // Command only: the `<` line that followed
    int line = 0; // 1-based line where the step starts (the first line of a `\` continuation)
    int lastLine = 0; // its last line (differs from `line` after `\` continuations)
    int expectationLine = 0; // the `<` line, 0 without one

    bool operator==(const ScriptStep &) const = default;
};

// A problem in a script: 1-based line and column (a column counts UTF-16 code units of the
// line as written, tabs as one), and what is wrong there.
struct ScriptError
{
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const; // "line 3, column 7: 'G' is not a hex digit"
    bool operator==(const ScriptError &) const = default;
};

struct Script
{
    std::vector<ScriptStep> steps; // every step that could be read, in order
    QList<ScriptError> errors; // every problem, in order of lines
    int exitLine = 0; // the line of `exit`, 0 without one (the lines after it are not read)

    bool isValid() const { return errors.isEmpty(); }
};

// Reads scripts in pcsc-tools' scriptor format, extended with expected responses
// (docs/scripts.md):
//
//   # comment (also after a command)     00 A4 04 00 07 A0 00 00 00 03 10 10
//   reset                                < 6F * 90 00
//   exit                                 00 84 00 00 08
//   00A4040C \                           < ?? ?? ?? ?? ?? ?? ?? ?? 90 00
//     02 3F 00                           > 00 B0 00 00 10      (">" before a command is allowed)
//
// Hex as HexParser reads it (spaces, ':' or ',' between bytes, either case, even digit groups).
// Every command must be a well-formed APDU per ISO/IEC 7816-4 (CommandApdu::check) unless
// `checkStructure` is off. The parser never throws: every problem comes back with its line
// and column, and every line it could read is kept as a step.
class ScriptParser
{
public:
    struct Options
    {
        bool checkStructure = true;
    };

    static Script parse(QStringView text, Options options);
    static Script parse(QStringView text) { return parse(text, Options {}); }
};

} // namespace smartcard
