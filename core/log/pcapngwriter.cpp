#include "log/pcapngwriter.h"

#include "log/logfields.h"
#include "pcsc/returncode.h"

namespace smartcard {
namespace {

constexpr std::uint32_t SectionHeaderBlock = 0x0A0D0D0A;
constexpr std::uint32_t InterfaceDescriptionBlock = 1;
constexpr std::uint32_t EnhancedPacketBlock = 6;
constexpr std::uint16_t OptionComment = 1;
constexpr std::uint16_t OptionShbUserApplication = 4;
constexpr std::uint16_t OptionIfName = 2;
constexpr std::uint16_t OptionIfTsResolution = 9;

// pcapng is written in the writer's byte order (the byte-order magic says which); this
// writer always uses little endian. The exported-PDU tags inside a packet are big endian.
void put16(QByteArray &out, std::uint16_t value)
{
    const char bytes[2] = { char(value), char(value >> 8) };
    out.append(bytes, 2);
}
void put32(QByteArray &out, std::uint32_t value)
{
    const char bytes[4] = { char(value), char(value >> 8), char(value >> 16), char(value >> 24) };
    out.append(bytes, 4);
}
void putBig16(QByteArray &out, std::uint16_t value)
{
    const char bytes[2] = { char(value >> 8), char(value) };
    out.append(bytes, 2);
}
void pad4(QByteArray &out, qsizetype from)
{
    while ((out.size() - from) % 4 != 0)
        out.append('\0');
}

void putOption(QByteArray &out, std::uint16_t code, QByteArrayView value)
{
    put16(out, code);
    put16(out, std::uint16_t(qMin<qsizetype>(value.size(), 0xFFFF)));
    const qsizetype start = out.size();
    out.append(value.first(qMin<qsizetype>(value.size(), 0xFFFF)));
    pad4(out, start);
}

// Starts a block; finishBlock() fills in its two length fields.
qsizetype beginBlock(QByteArray &out, std::uint32_t type)
{
    const qsizetype start = out.size();
    put32(out, type);
    put32(out, 0);
    return start;
}
void finishBlock(QByteArray &out, qsizetype start)
{
    const auto length = std::uint32_t(out.size() - start + 4);
    put32(out, length);
    char *p = out.data() + start + 4;
    for (int i = 0; i < 4; ++i)
        p[i] = char(length >> (8 * i));
}

void putTag(QByteArray &out, std::uint16_t tag, QByteArrayView value)
{
    // Values padded to 32 bits as Wireshark's own exports do; a string's padding is NULs,
    // which readers of the tag ignore.
    const auto padded = std::uint16_t((value.size() + 3) & ~3);
    putBig16(out, tag);
    putBig16(out, padded);
    out.append(value);
    out.append(QByteArray(padded - value.size(), '\0'));
}

} // namespace

PcapngWriter::PcapngWriter(const SessionFileOptions &options)
    : SessionWriter(options)
{ }

void PcapngWriter::writeHeader(QByteArray &out)
{
    const qsizetype start = beginBlock(out, SectionHeaderBlock);
    put32(out, 0x1A2B3C4D);
    put16(out, 1);
    put16(out, 0);
    put32(out, 0xFFFFFFFF); // section length unknown (streamed)
    put32(out, 0xFFFFFFFF);
    putOption(out, OptionShbUserApplication, toolVersion().toUtf8());
    putOption(out, OptionComment,
        options().maskSecrets ? "CardScope session; secret bytes masked (written as 00)"
                              : "CardScope session; secrets NOT masked");
    putOption(out, TagEndOfOptions, {});
    finishBlock(out, start);
}

std::uint32_t PcapngWriter::interfaceFor(const QString &reader, QByteArray &out)
{
    const auto found = m_interfaces.constFind(reader);
    if (found != m_interfaces.constEnd())
        return *found;
    const auto id = std::uint32_t(m_interfaces.size());
    m_interfaces.insert(reader, id);
    const qsizetype start = beginBlock(out, InterfaceDescriptionBlock);
    put16(out, LinkTypeUpperPdu);
    put16(out, 0);
    put32(out, 0); // no snapshot length limit
    putOption(out, OptionIfName, reader.toUtf8());
    const char nanoseconds = 9;
    putOption(out, OptionIfTsResolution, QByteArrayView(&nanoseconds, 1));
    putOption(out, TagEndOfOptions, {});
    finishBlock(out, start);
    return id;
}

void PcapngWriter::writePacket(std::uint32_t interface, qint64 timeNs, std::uint32_t direction,
    std::span<const std::uint8_t> data, std::span<const std::uint8_t> tail, const QByteArray &comment,
    QByteArray &out)
{
    const qsizetype start = beginBlock(out, EnhancedPacketBlock);
    const auto time = std::uint64_t(qMax<qint64>(timeNs, 0));
    put32(out, interface);
    put32(out, std::uint32_t(time >> 32));
    put32(out, std::uint32_t(time));
    const qsizetype lengths = out.size();
    put32(out, 0);
    put32(out, 0);
    const qsizetype packet = out.size();
    putTag(out, TagDissectorName, "iso7816");
    const char dir[4] = { 0, 0, 0, char(direction) };
    putTag(out, TagP2pDirection, QByteArrayView(dir, 4));
    putTag(out, TagEndOfOptions, {});
    out.append(reinterpret_cast<const char *>(data.data()), qsizetype(data.size()));
    out.append(reinterpret_cast<const char *>(tail.data()), qsizetype(tail.size()));
    const auto length = std::uint32_t(out.size() - packet);
    for (int i = 0; i < 8; ++i)
        out[lengths + i] = char(length >> (8 * (i % 4)));
    pad4(out, packet);
    if (!comment.isEmpty())
        putOption(out, OptionComment, comment);
    putOption(out, TagEndOfOptions, {});
    finishBlock(out, start);
}

QByteArray PcapngWriter::commentFor(const LogEntry &e, bool forCommand) const
{
    QByteArray comment = "reader: " + e.reader.toUtf8();
    if (forCommand && e.has(LogEntry::Masked)) {
        comment += options().maskSecrets ? "; masked: " : "; secret (not masked): ";
        comment += "command bytes " + QByteArray::number(e.maskOffset) + "-"
            + QByteArray::number(int(e.maskOffset) + e.maskLength - 1);
        if (options().maskSecrets)
            comment += " written as 00";
    }
    if (e.originId != 0)
        comment += "; sent by CardScope for exchange " + QByteArray::number(e.originId);
    if (!forCommand || !e.has(LogEntry::HasResponse)) {
        if (e.has(LogEntry::Failed))
            comment += "; failed: " + QByteArray(pcsc::errorName(pcsc::ReturnCode(e.errorCode)).c_str()) + " "
                + e.errorMessage.toUtf8();
    }
    if (forCommand && !e.annotation.isEmpty())
        comment += "; note: " + e.annotation.toUtf8();
    return comment;
}

void PcapngWriter::writeEntry(const LogEntry &e, QByteArray &out)
{
    const bool connects = e.kind == LogEntry::Kind::Connect || e.kind == LogEntry::Kind::Reconnect;
    if (e.kind == LogEntry::Kind::Atr || (connects && !e.atr.empty())) {
        const std::uint32_t interface = interfaceFor(e.reader, out);
        writePacket(interface, e.timeNs + e.durationNs, DirectionReceived,
            e.kind == LogEntry::Kind::Atr ? e.response : e.atr, {}, commentFor(e, false), out);
        return;
    }
    if (e.kind != LogEntry::Kind::Exchange)
        return;
    const std::uint32_t interface = interfaceFor(e.reader, out);
    writePacket(interface, e.timeNs, DirectionSent,
        logfields::commandForFile(e, options().maskSecrets, m_scratch), {}, commentFor(e, true), out);
    if (e.has(LogEntry::HasResponse)) {
        const std::uint8_t sw[2] = { std::uint8_t(e.sw >> 8), std::uint8_t(e.sw) };
        writePacket(
            interface, e.timeNs + e.durationNs, DirectionReceived, e.response, sw, commentFor(e, false), out);
    }
}

} // namespace smartcard
