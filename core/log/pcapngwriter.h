#pragma once

#include "log/sessionwriter.h"

#include <QHash>

#include <span>

namespace smartcard {

// The session as pcapng that Wireshark opens directly (docs/exports.md). One section; one
// interface per reader (link type 252, LINKTYPE_WIRESHARK_UPPER_PDU, nanosecond
// timestamps, named after the reader); one Enhanced Packet Block per command, per response
// and per ATR. Each packet starts with the exported-PDU tags Wireshark's iso7816 dissector
// needs: the dissector name "iso7816" and the direction (0 = sent by the interface: a
// command; 1 = received from the card: a response or an ATR, which the dissector tells
// apart by TS 3B/3F), without which it dissects nothing. Controls, attributes and
// connection events have no ISO 7816 form and are left out. A packet's comment names the
// reader and says when bytes were masked (written as 00), failed or annotated.
class PcapngWriter : public SessionWriter
{
public:
    static constexpr std::uint16_t LinkTypeUpperPdu = 252;
    // wsutil/exported_pdu_tlvs.h
    static constexpr std::uint16_t TagEndOfOptions = 0;
    static constexpr std::uint16_t TagDissectorName = 12;
    static constexpr std::uint16_t TagP2pDirection = 35;
    static constexpr std::uint32_t DirectionSent = 0; // P2P_DIR_SENT: interface to card
    static constexpr std::uint32_t DirectionReceived = 1; // P2P_DIR_RECV: card to interface

    explicit PcapngWriter(const SessionFileOptions &options = {});

    void writeHeader(QByteArray &out) override;
    void writeEntry(const LogEntry &entry, QByteArray &out) override;

private:
    std::uint32_t interfaceFor(const QString &reader, QByteArray &out);
    void writePacket(std::uint32_t interface, qint64 timeNs, std::uint32_t direction,
        std::span<const std::uint8_t> data, std::span<const std::uint8_t> tail, const QByteArray &comment,
        QByteArray &out);
    QByteArray commentFor(const LogEntry &entry, bool forCommand) const;

    QHash<QString, std::uint32_t> m_interfaces;
    Bytes m_scratch;
};

} // namespace smartcard
