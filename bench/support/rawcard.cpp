#include "rawcard.h"

#include "subprocess.h"

#include <winscard.h>

#include <stdexcept>
#include <string>

namespace cardscope::bench {
namespace {

static_assert(
    sizeof(SCARDCONTEXT) <= sizeof(std::uintptr_t) && sizeof(SCARDHANDLE) <= sizeof(std::uintptr_t));

void check(LONG rc, const char *what)
{
    if (rc != SCARD_S_SUCCESS)
        throw std::runtime_error(std::string("raw PC/SC: ") + what + ": " + pcsc_stringify_error(rc));
}

} // namespace

RawCard::RawCard()
    : m_buffer(MAX_BUFFER_SIZE_EXTENDED)
{ }

RawCard::~RawCard()
{
    if (m_connected)
        SCardDisconnect(SCARDHANDLE(m_card), SCARD_LEAVE_CARD);
    if (m_context)
        SCardReleaseContext(SCARDCONTEXT(m_context));
}

void RawCard::open(const QString &reader)
{
    m_reader = reader.toStdString();
    SCARDCONTEXT context = 0;
    check(SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context), "SCardEstablishContext");
    m_context = context;
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    check(SCardConnect(context, m_reader.c_str(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
              &card, &protocol),
        "SCardConnect");
    m_card = card;
    m_protocol = std::uint32_t(protocol);
    m_connected = true;
}

RoundFigures RawCard::transmitRound(const std::vector<std::uint8_t> &command, int count)
{
    const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    const SCARDHANDLE card = SCARDHANDLE(m_card);
    std::vector<qint64> durations(std::size_t(count), 0);
    DWORD length = 0;
    const qint64 cpuStart = threadCpuNs();
    const qint64 start = monotonicNs();
    for (int i = 0; i < count; ++i) {
        const qint64 before = monotonicNs();
        length = DWORD(m_buffer.size());
        const LONG rc = SCardTransmit(
            card, pci, command.data(), DWORD(command.size()), nullptr, m_buffer.data(), &length);
        durations[std::size_t(i)] = monotonicNs() - before;
        check(rc, "SCardTransmit");
    }
    const qint64 wall = monotonicNs() - start;
    const qint64 cpu = threadCpuNs() - cpuStart;
    if (length < 2 || m_buffer[length - 2] != 0x90 || m_buffer[length - 1] != 0x00)
        throw std::runtime_error("raw PC/SC: the card did not answer 90 00");
    return figuresOf(std::move(durations), wall, cpu);
}

RoundFigures RawCard::connectRound(int count)
{
    std::vector<qint64> durations(std::size_t(count), 0);
    const qint64 cpuStart = threadCpuNs();
    const qint64 start = monotonicNs();
    for (int i = 0; i < count; ++i) {
        const qint64 before = monotonicNs();
        SCARDHANDLE card = 0;
        DWORD protocol = 0;
        check(SCardConnect(SCARDCONTEXT(m_context), m_reader.c_str(), SCARD_SHARE_SHARED,
                  SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol),
            "SCardConnect");
        check(SCardDisconnect(card, SCARD_LEAVE_CARD), "SCardDisconnect");
        durations[std::size_t(i)] = monotonicNs() - before;
    }
    const qint64 wall = monotonicNs() - start;
    return figuresOf(std::move(durations), wall, threadCpuNs() - cpuStart);
}

RoundFigures RawCard::freshContextRound(int count)
{
    std::vector<qint64> durations(std::size_t(count), 0);
    const qint64 cpuStart = threadCpuNs();
    const qint64 start = monotonicNs();
    for (int i = 0; i < count; ++i) {
        const qint64 before = monotonicNs();
        SCARDCONTEXT context = 0;
        check(SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context), "SCardEstablishContext");
        SCARDHANDLE card = 0;
        DWORD protocol = 0;
        check(SCardConnect(context, m_reader.c_str(), SCARD_SHARE_SHARED,
                  SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol),
            "SCardConnect");
        check(SCardDisconnect(card, SCARD_LEAVE_CARD), "SCardDisconnect");
        check(SCardReleaseContext(context), "SCardReleaseContext");
        durations[std::size_t(i)] = monotonicNs() - before;
    }
    const qint64 wall = monotonicNs() - start;
    return figuresOf(std::move(durations), wall, threadCpuNs() - cpuStart);
}

} // namespace cardscope::bench
