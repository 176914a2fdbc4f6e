#pragma once

#include "util/bytes.h"

#include <QString>

#include <span>
#include <vector>

namespace smartcard {

// The reader attributes (SCardGetAttrib, SCARD_ATTR_*) CardScope reads and how each value
// is encoded: the Windows smart card and PC/SC part 3 definitions, as pcsc-lite's reader.h
// lists them. Integers (DWORDs) come in the platform's byte order, which is little-endian on
// every platform CardScope builds for; strings are ASCII, usually NUL-terminated.
class ReaderAttributes
{
public:
    enum class Encoding {
        Text, // vendor name, IFD type, serial number, device names
        Bytes, // the ATR
        Version, // DWORD 0xMMmmbbbb
        ChannelId, // DWORD 0xDDDDCCCC
        Number, // DWORD (or a shorter integer): a count, a size, a rate
        Kilohertz, // DWORD clock rate
        BitsPerSecond, // DWORD data rate
        ProtocolMask, // DWORD SCARD_PROTOCOL_* bits
        IccPresence, // byte: 0 absent, 1 present, 2 present (swallowed), 4 confiscated
        IccInterfaceStatus, // byte: 0 contacts inactive, else active
        Characteristics, // DWORD mechanical characteristics bits
        Boolean, // DWORD: 0 no, else yes
    };

    struct Definition
    {
        std::uint32_t id = 0;
        const char *name = ""; // "SCARD_ATTR_VENDOR_NAME"
        const char *label = ""; // "vendor name"
        Encoding encoding = Encoding::Number;
    };

    // Every attribute `cardscope-cli features` asks for, in the order it prints them.
    static const std::vector<Definition> &definitions();
    // The definition of an id; nullptr for one not in the table.
    static const Definition *find(std::uint32_t id);

    struct Decoded
    {
        QString text; // "1.2.0345", "USB, bus 3 address 7", "\"ACME Reader\""
        QString problem; // empty when the value has the encoding's form
    };
    // Decodes a value; a value of the wrong size is shown as hex with a problem, never thrown.
    static Decoded decode(std::uint32_t id, std::span<const std::uint8_t> value);
    static Decoded decode(Encoding encoding, std::span<const std::uint8_t> value);
};

} // namespace smartcard
