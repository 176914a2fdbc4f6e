#include "../util/bytestostring.h"
#include "testhex.h"
#include "tlv/bertlvdecoder.h"

#include <QTest>

using cardscope::testing::hex;
using smartcard::BerTlvDecoder;
using smartcard::Bytes;
using smartcard::TlvNode;
using Kind = BerTlvDecoder::Problem::Kind;

namespace {

// "6F@0[84@2 A5@11[50@13]]": tags (hex) and offsets, children in brackets; a truncated node
// ends with "~" and the number of value bytes present.
QString outline(const std::vector<TlvNode> &nodes)
{
    QStringList parts;
    for (const TlvNode &node : nodes) {
        QString part = QStringLiteral("%1@%2").arg(QString::number(node.tag, 16).toUpper()).arg(node.offset);
        if (node.isTruncated())
            part += QStringLiteral("~%1").arg(node.valueLength);
        if (!node.children.empty())
            part += u'[' + outline(node.children) + u']';
        parts << part;
    }
    return parts.join(u' ');
}

} // namespace

class TestBerTlvDecoder : public QObject
{
    Q_OBJECT

private slots:
    void wellFormed_data();
    void wellFormed();
    void nodeFields();
    void longLengths_data();
    void longLengths();
    void malformed_data();
    void malformed();
    void deepNesting();
};

void TestBerTlvDecoder::wellFormed_data()
{
    QTest::addColumn<Bytes>("data");
    QTest::addColumn<QString>("outline");

    QTest::newRow("empty") << Bytes {} << "";
    QTest::newRow("one primitive") << hex("8401A0") << "84@0";
    QTest::newRow("empty value") << hex("8400") << "84@0";
    QTest::newRow("sequence") << hex("8401A0 8800 5001 41") << "84@0 88@3 50@5";
    QTest::newRow("FCI, nested") << hex("6F18 8407A0000000031010 A50D 500B5649534120435245444954")
                                 << "6F@0[84@2 A5@11[50@13]]";
    QTest::newRow("two-byte tag") << hex("9F3803 9F1A02") << "9F38@0";
    QTest::newRow("two-byte constructed tag") << hex("BF0C05 9F4D020B0A") << "BF0C@0[9F4D@3]";
    QTest::newRow("three-byte tag") << hex("DF810101AA") << "DF8101@0";
    QTest::newRow("four-byte tag") << hex("DF81820300") << "DF818203@0";
    QTest::newRow("primitive is not descended into") << hex("8003 8401A0") << "80@0";
    QTest::newRow("padding 00 and FF skipped") << hex("00FF 8401A0 0000 8800 FF") << "84@2 88@7";
    QTest::newRow("padding inside a template") << hex("A504 008800FF") << "A5@0[88@3]";
    QTest::newRow("only padding") << hex("0000FFFF") << "";
    QTest::newRow("empty constructed") << hex("A500") << "A5@0";
}

void TestBerTlvDecoder::wellFormed()
{
    QFETCH(Bytes, data);
    QFETCH(QString, outline);
    const BerTlvDecoder::Result result = BerTlvDecoder::decode(data);
    QVERIFY2(result.isClean(), qPrintable(result.problems.empty() ? QString() : result.problems[0].message));
    QCOMPARE(::outline(result.nodes), outline);
}

void TestBerTlvDecoder::nodeFields()
{
    const BerTlvDecoder::Result result
        = BerTlvDecoder::decode(hex("6F18 8407A0000000031010 A50D 500B5649534120435245444954"));
    QCOMPARE(result.nodes.size(), std::size_t(1));
    const TlvNode &fci = result.nodes[0];
    QCOMPARE(fci.tag, 0x6Fu);
    QCOMPARE(fci.tagLength, 1);
    QVERIFY(fci.constructed);
    QCOMPARE(fci.headerLength, 2);
    QCOMPARE(fci.length, 24);
    QCOMPARE(fci.valueOffset(), 2);
    QCOMPARE(fci.end(), 26);
    const TlvNode &dfName = fci.children[0];
    QVERIFY(!dfName.constructed);
    QCOMPARE(Bytes(result.value(dfName).begin(), result.value(dfName).end()), hex("A0000000031010"));
    const TlvNode &label = fci.children[1].children[0];
    QCOMPARE(label.offset, 13);
    QCOMPARE(Bytes(result.value(label).begin(), result.value(label).end()), hex("5649534120435245444954"));

    const BerTlvDecoder::Result twoByte = BerTlvDecoder::decode(hex("9F380100"));
    QCOMPARE(twoByte.nodes[0].tag, 0x9F38u);
    QCOMPARE(twoByte.nodes[0].tagLength, 2);
    QCOMPARE(twoByte.nodes[0].headerLength, 3);
}

void TestBerTlvDecoder::longLengths_data()
{
    QTest::addColumn<Bytes>("header");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("headerLength");

    QTest::newRow("short 127") << hex("847F") << 127 << 2;
    QTest::newRow("81 80") << hex("848180") << 128 << 3;
    QTest::newRow("81 FF") << hex("8481FF") << 255 << 3;
    QTest::newRow("82 0100") << hex("84820100") << 256 << 4;
    QTest::newRow("non-minimal 81 05 is BER") << hex("848105") << 5 << 3;
    QTest::newRow("83 010000") << hex("8483010000") << 65536 << 5;
    QTest::newRow("84 00010001") << hex("848400010001") << 65537 << 6;
}

void TestBerTlvDecoder::longLengths()
{
    QFETCH(Bytes, header);
    QFETCH(int, length);
    QFETCH(int, headerLength);
    Bytes data = header;
    data.resize(header.size() + std::size_t(length), 0x5A);
    const BerTlvDecoder::Result result = BerTlvDecoder::decode(data);
    QVERIFY(result.isClean());
    QCOMPARE(result.nodes.size(), std::size_t(1));
    QCOMPARE(result.nodes[0].length, length);
    QCOMPARE(result.nodes[0].valueLength, length);
    QCOMPARE(result.nodes[0].headerLength, headerLength);
}

void TestBerTlvDecoder::malformed_data()
{
    QTest::addColumn<Bytes>("data");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("outline"); // what was kept

    QTest::newRow("tag without length") << hex("8401A0 88") << Kind::TruncatedLength << 3 << "84@0";
    QTest::newRow("two-byte tag cut off") << hex("8401A0 9F") << Kind::TruncatedTag << 3 << "84@0";
    QTest::newRow("three-byte tag cut off") << hex("DF81") << Kind::TruncatedTag << 0 << "";
    QTest::newRow("five-byte tag") << hex("8800 DF8182838401AA") << Kind::TagTooLong << 2 << "88@0";
    QTest::newRow("indefinite length")
        << hex("8800 A580 840100 0000") << Kind::IndefiniteLength << 3 << "88@0";
    QTest::newRow("five length bytes") << hex("8885 0000000001 AA") << Kind::LengthTooLong << 1 << "";
    QTest::newRow("reserved length FF") << hex("88FF") << Kind::LengthTooLong << 1 << "";
    QTest::newRow("long length cut off") << hex("8401A0 8482 01") << Kind::TruncatedLength << 4 << "84@0";
    QTest::newRow("long length, no length bytes") << hex("8481") << Kind::TruncatedLength << 1 << "";
    QTest::newRow("value past the data") << hex("8800 8405A00000") << Kind::Overrun << 2 << "88@0 84@2~3";
    QTest::newRow("long value past the data") << hex("8482010000") << Kind::Overrun << 0 << "84@0~1";
    QTest::newRow("child past its template")
        << hex("6F04 8403A00000 8800") << Kind::Overrun << 2 << "6F@0[84@2~2] 88@7";
    QTest::newRow("child header past its template")
        << hex("6F04 8401A0 9F 8800") << Kind::TruncatedTag << 5 << "6F@0[84@2] 88@6";
    QTest::newRow("trailing lone tag byte")
        << hex("6F03 8401A0 50") << Kind::TruncatedLength << 5 << "6F@0[84@2]";
    QTest::newRow("template truncated, children kept")
        << hex("6F10 8401A0 A503 8801") << Kind::Overrun << 0 << "6F@0~7[84@2 A5@5~2[88@7~0]]";
}

void TestBerTlvDecoder::malformed()
{
    QFETCH(Bytes, data);
    QFETCH(Kind, kind);
    QFETCH(int, offset);
    QFETCH(QString, outline);
    const BerTlvDecoder::Result result = BerTlvDecoder::decode(data);
    QVERIFY(!result.isClean());
    const BerTlvDecoder::Problem &first = result.problems.front();
    QCOMPARE(BerTlvDecoder::kindName(first.kind), BerTlvDecoder::kindName(kind));
    QCOMPARE(first.offset, offset);
    QVERIFY2(first.message.contains(QStringLiteral("byte %1").arg(offset)), qPrintable(first.message));
    QCOMPARE(::outline(result.nodes), outline);
}

// Nesting deeper than MaxDepth is reported once; the recursion stops there.
void TestBerTlvDecoder::deepNesting()
{
    // 200 templates, each the only content of the one before: A5 82 LL LL ...
    const int levels = 200;
    Bytes data;
    for (int i = 0; i < levels; ++i) {
        const int length = (levels - i - 1) * 4;
        data.push_back(0xA5);
        data.push_back(0x82);
        data.push_back(std::uint8_t(length >> 8));
        data.push_back(std::uint8_t(length & 0xFF));
    }
    const BerTlvDecoder::Result result = BerTlvDecoder::decode(data);
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(BerTlvDecoder::kindName(result.problems[0].kind), QStringLiteral("too-deep"));
    QCOMPARE(result.problems[0].offset, 4 * BerTlvDecoder::MaxDepth);
    const TlvNode *node = &result.nodes[0];
    int depth = 0;
    while (!node->children.empty()) {
        node = &node->children[0];
        ++depth;
    }
    QCOMPARE(depth, BerTlvDecoder::MaxDepth);
}

QTEST_GUILESS_MAIN(TestBerTlvDecoder)
#include "tst_bertlvdecoder.moc"
