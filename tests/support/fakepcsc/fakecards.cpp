#include "fakecards.h"

namespace cardscope::testing {

using smartcard::Bytes;

Bytes fakeT0Card(const Bytes &command)
{
    const std::uint8_t ins = command.size() >= 2 ? command[1] : 0;
    const auto leIs = [&command](std::uint8_t le) { return command.size() > 4 && command.back() == le; };
    switch (ins) {
    case 0xA4:
        return { 0x61, 0x05 };
    case 0xC0:
        if (command == Bytes { 0x00, 0xC0, 0x00, 0x00, 0x05 })
            return { 0x01, 0x02, 0x03, 0x04, 0x05, 0x90, 0x00 };
        return { 0x6C, 0x05 };
    case 0xB0:
        if (leIs(0x08))
            return { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x90, 0x00 };
        return { 0x6C, 0x08 };
    case 0x20:
        return { 0x63, 0xC2 };
    case 0x84:
        if (command == Bytes { 0x00, 0x84, 0x00, 0x00, 0x00 })
            return { 0x6A, 0x82 };
        break;
    }
    return { 0x90, 0x00 };
}

} // namespace cardscope::testing
