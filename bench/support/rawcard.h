#pragma once

#include "figures.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace cardscope::bench {

// The physical limit on this rig: loops written directly against <winscard.h>, with no
// layer in between (bench/ is the one place besides core/pcsc that includes it). One
// context of its own, shared mode, T=0 or T=1, the card left as it is on disconnect.
// Failures throw std::runtime_error with the PC/SC text.
class RawCard
{
public:
    RawCard();
    ~RawCard();
    RawCard(const RawCard &) = delete;
    RawCard &operator=(const RawCard &) = delete;

    void open(const QString &reader); // establishes the context and connects
    // count x SCardTransmit into one preallocated buffer; checks the answer ends 90 00.
    RoundFigures transmitRound(const std::vector<std::uint8_t> &command, int count);
    // count x SCardConnect + SCardDisconnect (leave) on the context open() made.
    RoundFigures connectRound(int count);
    // count x SCardEstablishContext + SCardConnect + SCardDisconnect + SCardReleaseContext.
    RoundFigures freshContextRound(int count);

private:
    std::uintptr_t m_context = 0; // SCARDCONTEXT
    std::uintptr_t m_card = 0; // SCARDHANDLE of open()
    std::uint32_t m_protocol = 0;
    bool m_connected = false;
    std::string m_reader;
    std::vector<std::uint8_t> m_buffer;
};

} // namespace cardscope::bench
