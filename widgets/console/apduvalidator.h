#pragma once

#include "apdu/commandapdu.h"
#include "util/bytes.h"

#include <QString>
#include <QStringView>

#include <optional>

// What the console makes of the text in its APDU editor. Parsing is the core's: HexParser
// reads the digits, CommandApdu checks the length fields; this adds what an editor needs on
// top: every error as a character position and span in the text (also the length errors,
// which the core reports as byte offsets), the kind of error, and the case name.
struct ApduValidation
{
    enum class ErrorKind {
        None,
        Empty, // nothing but separators
        NonHexCharacter,
        OddDigitCount,
        Length, // the length fields do not add up (ISO/IEC 7816-4 cases)
    };

    smartcard::Bytes bytes; // the APDU when valid; else what was read before the error
    ErrorKind errorKind = ErrorKind::None;
    QString errorMessage;
    qsizetype errorPosition = -1; // character offset; the text's length when bytes are missing
    qsizetype errorLength = 0; // characters to mark from errorPosition (0 at the end of the text)
    std::optional<smartcard::CommandApdu> structure; // set when the length fields were checked

    bool isValid() const { return errorKind == ErrorKind::None; }
    // "case 4 short", "case 2 extended"; empty when invalid.
    QString caseName() const;
    // Short case label of the brief: "1", "2S", "3S", "4S", "2E", "3E", "4E"; empty when invalid.
    QString caseCode() const;
};

// Input text -> ApduValidation, and the "fill Lc" fix. Pure logic, no widgets.
class ApduValidator
{
public:
    static ApduValidation validate(QStringView text);

    // Fill Lc: the bytes after CLA INS P1 P2 are taken as the command data and Lc is written
    // for them (one byte up to 255 data bytes, else extended 00 + two bytes). When the text
    // already is a valid case 3 or 4 APDU, its own data is kept (and its Le unless `le` says
    // otherwise): filling an APDU whose Lc is right changes nothing. A case 2 APDU's single
    // byte is taken as data: whoever asks for Lc means data. `le`: append an Le (0 = "00",
    // the maximum) of the APDU's length form; nullopt keeps the Le of a valid case 4 APDU, else
    // none. Returns the new APDU, or nullopt with `error` set when there is nothing to
    // fill (not hex, fewer than 4 bytes, over 65535 data bytes).
    static std::optional<smartcard::Bytes> fillLc(
        QStringView text, std::optional<int> le = std::nullopt, QString *error = nullptr);

    // The character position of byte `byteOffset` in hex text HexParser read without error:
    // the first digit of that byte, or the text's length past the last byte.
    static qsizetype characterPosition(QStringView text, qsizetype byteOffset);
};
