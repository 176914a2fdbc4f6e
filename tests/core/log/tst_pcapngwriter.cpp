// PcapngWriter: the blocks read back by a small pcapng reader (section, one interface per
// reader with link type 252 and nanosecond stamps, one packet per command, response and
// ATR with the exported-PDU tags), and the file decoded by Wireshark's own tshark: the
// iso7816 dissector names the commands and links each response to its command.
#include "log/pcapngwriter.h"
#include "sampleentries.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace smartcard;

namespace {

struct Packet
{
    std::uint32_t interface = 0;
    qint64 timeNs = 0;
    QByteArray dissector;
    std::uint32_t direction = 99;
    QByteArray data;
    QByteArray comment;
};

struct Capture
{
    bool sectionOk = false;
    QList<QByteArray> interfaceNames;
    QList<std::uint16_t> linkTypes;
    QList<int> tsResolutions;
    QList<Packet> packets;
    QString error;
};

std::uint32_t le32(const QByteArray &b, qsizetype at)
{
    return std::uint32_t(std::uint8_t(b[at])) | std::uint32_t(std::uint8_t(b[at + 1])) << 8
        | std::uint32_t(std::uint8_t(b[at + 2])) << 16 | std::uint32_t(std::uint8_t(b[at + 3])) << 24;
}
std::uint16_t le16(const QByteArray &b, qsizetype at)
{
    return std::uint16_t(std::uint8_t(b[at]) | std::uint8_t(b[at + 1]) << 8);
}
std::uint16_t be16(const QByteArray &b, qsizetype at)
{
    return std::uint16_t(std::uint8_t(b[at]) << 8 | std::uint8_t(b[at + 1]));
}

// Options of a block body from `at` to `end`: code -> value.
QMultiHash<std::uint16_t, QByteArray> options(const QByteArray &b, qsizetype at, qsizetype end)
{
    QMultiHash<std::uint16_t, QByteArray> result;
    while (at + 4 <= end) {
        const std::uint16_t code = le16(b, at);
        const std::uint16_t length = le16(b, at + 2);
        if (code == 0)
            break;
        result.insert(code, b.mid(at + 4, length));
        at += 4 + ((length + 3) & ~3);
    }
    return result;
}

void readPacket(const QByteArray &b, qsizetype body, qsizetype end, Capture *capture)
{
    Packet packet;
    packet.interface = le32(b, body);
    packet.timeNs = qint64(quint64(le32(b, body + 4)) << 32 | le32(b, body + 8));
    const std::uint32_t captured = le32(b, body + 12);
    const QByteArray pdu = b.mid(body + 20, captured);
    qsizetype at = 0;
    while (at + 4 <= pdu.size()) {
        const std::uint16_t tag = be16(pdu, at);
        const std::uint16_t length = be16(pdu, at + 2);
        if (tag == PcapngWriter::TagDissectorName)
            packet.dissector = pdu.mid(at + 4, length);
        if (tag == PcapngWriter::TagP2pDirection && length == 4)
            packet.direction = std::uint32_t(be16(pdu, at + 6));
        at += 4 + length;
        if (tag == 0)
            break;
    }
    packet.data = pdu.mid(at);
    packet.comment = options(b, body + 20 + ((captured + 3) & ~3), end).value(1);
    capture->packets << packet;
}

Capture readCapture(const QByteArray &b)
{
    Capture capture;
    qsizetype at = 0;
    while (at + 12 <= b.size()) {
        const std::uint32_t type = le32(b, at);
        const std::uint32_t length = le32(b, at + 4);
        if (length < 12 || length % 4 != 0 || at + length > b.size() || le32(b, at + length - 4) != length) {
            capture.error = QStringLiteral("bad block length at %1").arg(at);
            return capture;
        }
        const qsizetype body = at + 8;
        const qsizetype end = at + length - 4;
        if (type == 0x0A0D0D0A)
            capture.sectionOk
                = le32(b, body) == 0x1A2B3C4D && le16(b, body + 4) == 1 && le16(b, body + 6) == 0;
        if (type == 1) {
            capture.linkTypes << le16(b, body);
            const auto opts = options(b, body + 8, end);
            capture.interfaceNames << opts.value(2);
            capture.tsResolutions << (opts.contains(9) ? int(opts.value(9).at(0)) : -1);
        }
        if (type == 6)
            readPacket(b, body, end, &capture);
        at += length;
    }
    if (at != b.size())
        capture.error = QStringLiteral("trailing bytes");
    return capture;
}

QByteArray sessionCapture(bool mask = true)
{
    PcapngWriter writer({ mask, 1'764'042'175'000'000'000, QStringLiteral("CardScope test") });
    QByteArray out;
    writer.writeHeader(out);
    for (const LogEntry &entry : sample::session())
        writer.writeEntry(entry, out);
    return out;
}

} // namespace

class tst_PcapngWriter : public QObject
{
    Q_OBJECT

private slots:
    void structure();
    void packets_data();
    void packets();
    void tshark();
};

void tst_PcapngWriter::structure()
{
    const Capture capture = readCapture(sessionCapture());
    QVERIFY2(capture.error.isEmpty(), qPrintable(capture.error));
    QVERIFY(capture.sectionOk);
    QCOMPARE(capture.interfaceNames,
        (QList<QByteArray> { QStringLiteral("Lecteur « été » 日本 01").toUtf8(), "Virtual PCD 00 00" }));
    QCOMPARE(capture.linkTypes, (QList<std::uint16_t> { 252, 252 }));
    QCOMPARE(capture.tsResolutions, (QList<int> { 9, 9 }));
    // ATR, 5 commands with responses, 1 failed command, ATR of the reconnect.
    QCOMPARE(capture.packets.size(), 13);
    for (const Packet &packet : capture.packets)
        QCOMPARE(packet.dissector, QByteArray("iso7816\0", 8));
}

void tst_PcapngWriter::packets_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<quint32>("interface");
    QTest::addColumn<quint32>("direction");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("timeNs");
    QTest::addColumn<QByteArray>("commentPart");
    const QList<LogEntry> s = sample::session();
    QTest::newRow("ATR of the connect") << 0 << 0u << 1u << QByteArray::fromHex("3B021450")
                                        << s[0].timeNs + s[0].durationNs << QByteArray("reader: Lecteur");
    QTest::newRow("SELECT") << 1 << 1u << 0u << QByteArray::fromHex("00A4040007A0000000031010") << s[1].timeNs
                            << QByteArray("reader: Virtual PCD 00 00");
    QTest::newRow("its response") << 2 << 1u << 1u
                                  << QByteArray::fromHex("6F108407A0000000031010A50550035649539000")
                                  << s[1].timeNs + s[1].durationNs << QByteArray("reader: Virtual PCD 00 00");
    QTest::newRow("GET RESPONSE names its origin")
        << 5 << 1u << 0u << QByteArray::fromHex("00C0000010") << s[3].timeNs
        << QByteArray("sent by CardScope for exchange 2");
    QTest::newRow("masked VERIFY") << 7 << 1u << 0u << QByteArray::fromHex("00200081080000000000000000")
                                   << s[4].timeNs << QByteArray("masked: command bytes 5-12 written as 00");
    QTest::newRow("annotated") << 9 << 1u << 0u << QByteArray::fromHex("80CA9F7F00") << s[5].timeNs
                               << QByteArray("note: CPLC absent");
    QTest::newRow("failed, no response") << 11 << 1u << 0u << QByteArray::fromHex("00B0000010") << s[6].timeNs
                                         << QByteArray("failed: SCARD_W_REMOVED_CARD");
    QTest::newRow("ATR of the reconnect") << 12 << 0u << 1u << QByteArray::fromHex("3B021450")
                                          << s[8].timeNs + s[8].durationNs << QByteArray("reader: Lecteur");
}

void tst_PcapngWriter::packets()
{
    QFETCH(int, index);
    QFETCH(quint32, interface);
    QFETCH(quint32, direction);
    QFETCH(QByteArray, data);
    QFETCH(qint64, timeNs);
    QFETCH(QByteArray, commentPart);
    const Capture capture = readCapture(sessionCapture());
    const Packet packet = capture.packets.value(index);
    QCOMPARE(packet.interface, interface);
    QCOMPARE(packet.direction, direction);
    QCOMPARE(packet.data.toHex(), data.toHex());
    QCOMPARE(packet.timeNs, timeNs);
    QVERIFY2(packet.comment.contains(commentPart), packet.comment.constData());
}

void tst_PcapngWriter::tshark()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QFAIL("tshark is not installed (scripts/setup-deps installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("session.pcapng")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sessionCapture());
    file.close();

    QProcess process;
    process.start(tshark,
        { QStringLiteral("-2"), QStringLiteral("-r"), file.fileName(), QStringLiteral("-T"),
            QStringLiteral("fields"), QStringLiteral("-E"), QStringLiteral("separator=|"),
            QStringLiteral("-e"), QStringLiteral("frame.number"), QStringLiteral("-e"),
            QStringLiteral("_ws.col.Protocol"), QStringLiteral("-e"), QStringLiteral("_ws.col.Info"),
            QStringLiteral("-e"), QStringLiteral("iso7816.resp_in"), QStringLiteral("-e"),
            QStringLiteral("iso7816.resp_to") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    const auto row = [&](int frame) { return lines.value(frame - 1).split('|'); };
    for (const QByteArray &line : lines)
        QVERIFY2(line.split('|').value(1) == "ISO 7816", line.constData());
    QVERIFY2(row(1).value(2).startsWith("ATR"), lines[0].constData());
    QCOMPARE(row(2).value(2), QByteArray("Select file"));
    QCOMPARE(row(2).value(3), QByteArray("3")); // response in frame 3
    QCOMPARE(row(3).value(2), QByteArray("Response APDU (to Select file)"));
    QCOMPARE(row(3).value(4), QByteArray("2")); // response to frame 2
    QVERIFY2(row(4).value(2).startsWith("Read binary"), lines[3].constData());
    QCOMPARE(row(5).value(4), QByteArray("4"));
    QCOMPARE(row(6).value(2), QByteArray("Get response"));
    QCOMPARE(row(7).value(4), QByteArray("6"));
    QCOMPARE(row(8).value(2), QByteArray("Verify"));
    QCOMPARE(row(9).value(2), QByteArray("Response APDU (to Verify)"));
    QVERIFY2(row(13).value(2).startsWith("ATR"), lines[12].constData());
}

QTEST_GUILESS_MAIN(tst_PcapngWriter)
#include "tst_pcapngwriter.moc"
