#include "framedecoder.h"
#include "testbytes.h"

#include <QList>
#include <QTest>

using namespace cardscope::vcard;
using namespace cardscope::vcard::test;

class TestFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void splitAnywhere_data();
    void splitAnywhere();
    void largeFrame();
};

void TestFrameDecoder::encode_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("frame");
    QTest::newRow("control byte") << "04"
                                  << "00 01 04";
    QTest::newRow("status word") << "90 00"
                                 << "00 02 90 00";
    QTest::newRow("empty") << ""
                           << "00 00";
}

void TestFrameDecoder::encode()
{
    QFETCH(QString, payload);
    QFETCH(QString, frame);
    QCOMPARE(hex(FrameDecoder::encode(bytes(payload))), frame);
}

void TestFrameDecoder::splitAnywhere_data()
{
    // The same stream of three frames, delivered in different chunk sizes.
    QTest::addColumn<QList<int>>("chunks");
    QTest::newRow("all at once") << QList<int> { 100 };
    QTest::newRow("byte by byte") << QList<int> { 1 };
    QTest::newRow("split inside the length") << QList<int> { 1, 4, 100 };
    QTest::newRow("split inside a payload") << QList<int> { 5, 3, 2, 100 };
    QTest::newRow("frame and a half") << QList<int> { 4, 6, 100 };
}

void TestFrameDecoder::splitAnywhere()
{
    QFETCH(QList<int>, chunks);

    const auto stream = bytes("00 01 01  00 05 00 A4 00 0C 00  00 01 04");
    const std::vector<QString> expected { "01", "00 A4 00 0C 00", "04" };
    FrameDecoder decoder;
    std::vector<QString> frames;
    std::size_t pos = 0;
    for (int i = 0; pos < stream.size(); ++i) {
        const std::size_t size
            = std::min<std::size_t>(chunks[std::min(i, int(chunks.size()) - 1)], stream.size() - pos);
        decoder.feed(stream.data() + pos, size);
        pos += size;
        while (auto frame = decoder.next())
            frames.push_back(hex(*frame));
    }
    QCOMPARE(frames, expected);
    QCOMPARE(decoder.bufferedSize(), std::size_t(0));
}

void TestFrameDecoder::largeFrame()
{
    std::vector<uint8_t> payload(FrameDecoder::maxPayload, 0x5A);
    const auto frame = FrameDecoder::encode(payload);
    QCOMPARE(frame.size(), payload.size() + 2);
    QCOMPARE(frame[0], uint8_t(0xFF));
    QCOMPARE(frame[1], uint8_t(0xFF));
    FrameDecoder decoder;
    decoder.feed(frame.data(), frame.size() - 1);
    QVERIFY(!decoder.next());
    decoder.feed(frame.data() + frame.size() - 1, 1);
    const auto decoded = decoder.next();
    QVERIFY(decoded);
    QCOMPARE(decoded->size(), payload.size());
}

QTEST_APPLESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
