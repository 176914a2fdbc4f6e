#pragma once

#include "atrprofile.h"
#include "commandapdu.h"
#include "filecommands.h"
#include "filesystem.h"
#include "pinstate.h"
#include "response.h"
#include "responseshaper.h"

#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

namespace cardscope::vcard {

// The emulated card without any I/O: power and reset events in, command APDUs
// in, response APDUs out. Instructions (CLA 00 unless noted):
//   A4 SELECT, B0 READ BINARY, D6 UPDATE BINARY, B2 READ RECORD, 84 GET CHALLENGE,
//   20 VERIFY (P2 81), CA GET DATA (9F7F, 5F52, 0066), C0 GET RESPONSE,
//   CLA 80 INS EE ECHO: returns its command data; without data, P1P2 (if not 0000)
//   or else Ne bytes of a counting pattern (00 01 .. FF 00 ..), capped at maxResponseData.
class CardEngine
{
public:
    // vpcd frames carry at most 65535 bytes, SW1 SW2 included.
    static constexpr std::size_t maxResponseData = 65533;
    static constexpr uint8_t echoCla = 0x80;
    static constexpr uint8_t echoIns = 0xEE;

    CardEngine(AtrProfile profile, std::string_view pin, uint32_t seed);

    const AtrProfile &profile() const { return m_profile; }
    const std::vector<uint8_t> &atr() const { return m_profile.atr(); }

    // Power on and warm reset both start a new card session; the PIN retry counter is kept.
    void powerOn();
    void powerOff();
    void reset();
    bool isPowered() const { return m_powered; }

    std::vector<uint8_t> process(const std::vector<uint8_t> &apdu);

    const PinState &pin() const { return m_pin; }
    const FileCommands &files() const { return m_files; }

private:
    void clearSession();
    uint16_t checkClass(uint8_t cla, uint8_t ins) const;
    Response dispatch(const CommandApdu &apdu);
    Response getChallenge(const CommandApdu &apdu);
    Response verify(const CommandApdu &apdu);
    Response getData(const CommandApdu &apdu) const;
    Response echo(const CommandApdu &apdu) const;

    AtrProfile m_profile;
    FileSystem m_fileSystem;
    PinState m_pin;
    FileCommands m_files;
    ResponseShaper m_shaper;
    std::mt19937 m_random;
    bool m_powered = false;
};

} // namespace cardscope::vcard
