// Our smartcard.util against pyscard's own: runs Debian's /usr/bin/python3 with pyscard on
// pyscard_reference.py and compares answer by answer. No pyscard is a failure, never a skip:
// the comparison is the point of this test.
#include "bytestostring.h"
#include "util/asciistring.h"
#include "util/gsm0338.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using smartcard::Bytes;

namespace {

QJsonArray toJson(const Bytes &bytes)
{
    QJsonArray array;
    for (const std::uint8_t byte : bytes)
        array.append(int(byte));
    return array;
}

Bytes fromJson(const QJsonArray &array)
{
    Bytes bytes;
    for (const QJsonValue &value : array)
        bytes.push_back(std::uint8_t(value.toInt()));
    return bytes;
}

Bytes allBytes()
{
    Bytes bytes(256);
    for (int i = 0; i < 256; ++i)
        bytes[std::size_t(i)] = std::uint8_t(i);
    return bytes;
}

// Characters we map and pyscard does not: the Greek capitals and the extension table.
const QString ourExtras = QString::fromUtf8("ΔΦΓΛΩΠΨΣΘΞ^{}\\[~]|€\f");

} // namespace

class TestPyscardUtil : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void toHexString();
    void toASCIIString();
    void toGSM338Bytes();
    void toBytes();

private:
    const std::vector<Bytes> m_hexInputs { {}, { 0x00 }, { 0xFF },
        { 0x3B, 0x65, 0x00, 0x00, 0x9C, 0x11, 0x01 }, { 0x0A, 0xA0 }, allBytes() };
    const std::vector<Bytes> m_asciiInputs { {}, allBytes(), { 0x4E, 0x75, 0x6D, 0x62, 0x65, 0x72 },
        { 0x01, 0x20, 0x80, 0x7E, 0xF0, 0x7F } };
    const QStringList m_gsmInputs { "", QString::fromUtf8("@ùPascal"), "Hello, World! 0123456789",
        QString::fromUtf8("£$¥èéùìòÇ\nØø\rÅå_ÆæßÉ !\"#¤%&'()*+,-./:;<=>?"),
        QString::fromUtf8("¡ABCXYZÄÖÑÜ§¿abcxyzäöñüà"), QString::fromUtf8("ΔΦΓΛΩΠΨΣΘΞ"),
        QString::fromUtf8("5€"), "{[~]}|^\\", "\f", "`", QString::fromUtf8("ç"), QString::fromUtf8("Hi 😀"),
        QStringLiteral("\x1b"), QString::fromUtf8("Жa") };
    const QStringList m_bytesInputs { "", "3B 65 00 00 9C 11 01 01 03", "3B6500009C11010103",
        "3B6500   009C1101  0103", "3b\t65\n0a", "ff FF fF", "3B6", "3B +1" };
    QJsonObject m_answer;
};

void TestPyscardUtil::initTestCase()
{
    QJsonArray hex, ascii, gsm, bytes;
    for (const Bytes &input : m_hexInputs)
        hex.append(toJson(input));
    for (const Bytes &input : m_asciiInputs)
        ascii.append(toJson(input));
    for (const QString &input : m_gsmInputs)
        gsm.append(input);
    for (const QString &input : m_bytesInputs)
        bytes.append(input);
    const QJsonObject request { { "hex", hex }, { "ascii", ascii }, { "gsm", gsm }, { "bytes", bytes } };

    QProcess python;
    // -I: Debian's pyscard only, whatever PYTHONPATH or a user site says.
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-I"), QStringLiteral(PYSCARD_REFERENCE_SCRIPT) });
    QVERIFY2(python.waitForStarted(), "cannot start /usr/bin/python3");
    python.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30000));
    const QByteArray errors = python.readAllStandardError();
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, errors.constData());
    QJsonParseError parseError;
    m_answer = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
}

void TestPyscardUtil::toHexString()
{
    const QJsonArray answers = m_answer["hex"].toArray();
    QCOMPARE(answers.size(), qsizetype(m_hexInputs.size()));
    for (std::size_t i = 0; i < m_hexInputs.size(); ++i) {
        const QJsonArray renderings = answers[qsizetype(i)].toArray();
        QCOMPARE(renderings.size(), 16);
        for (int format = 0; format < 16; ++format) {
            const QString ours
                = smartcard::toHexString(m_hexInputs[i], smartcard::HexFormat::fromInt(format));
            if (ours != renderings[format].toString())
                qWarning("input %zu, format %d", i, format);
            QCOMPARE(ours, renderings[format].toString());
        }
    }
}

void TestPyscardUtil::toASCIIString()
{
    const QJsonArray answers = m_answer["ascii"].toArray();
    QCOMPARE(answers.size(), qsizetype(m_asciiInputs.size()));
    for (std::size_t i = 0; i < m_asciiInputs.size(); ++i)
        QCOMPARE(smartcard::toASCIIString(m_asciiInputs[i]), answers[qsizetype(i)].toString());
}

// Where pyscard maps a text we give the same bytes; where it raises, the text holds a
// character outside its table, and we either map it (one of ourExtras) or report it too.
void TestPyscardUtil::toGSM338Bytes()
{
    const QJsonArray answers = m_answer["gsm"].toArray();
    QCOMPARE(answers.size(), m_gsmInputs.size());
    for (qsizetype i = 0; i < m_gsmInputs.size(); ++i) {
        const QString &text = m_gsmInputs[i];
        const smartcard::BytesResult ours = smartcard::toGSM338Bytes(text);
        if (!answers[i].isNull()) {
            QVERIFY2(ours.isValid(), qPrintable(text));
            QCOMPARE(ours.bytes, fromJson(answers[i].toArray()));
        } else if (ours.isValid()) {
            const bool extended
                = std::any_of(text.begin(), text.end(), [](QChar c) { return ourExtras.contains(c); });
            QVERIFY2(extended, qPrintable("we map what pyscard rejects: " + text));
        }
    }
}

// pyscard's toBytes is laxer: it drops a last odd nibble and reads "+1" as a byte. Every
// text we accept must give pyscard's bytes; the two texts we reject are those quirks.
void TestPyscardUtil::toBytes()
{
    const QJsonArray answers = m_answer["bytes"].toArray();
    QCOMPARE(answers.size(), m_bytesInputs.size());
    for (qsizetype i = 0; i < m_bytesInputs.size(); ++i) {
        const smartcard::BytesResult ours = smartcard::toBytes(m_bytesInputs[i]);
        const bool quirk = m_bytesInputs[i] == "3B6" || m_bytesInputs[i] == "3B +1";
        QCOMPARE(ours.isValid(), !quirk);
        QVERIFY2(!answers[i].isNull(), qPrintable(m_bytesInputs[i]));
        if (!quirk)
            QCOMPARE(ours.bytes, fromJson(answers[i].toArray()));
    }
}

QTEST_GUILESS_MAIN(TestPyscardUtil)
#include "tst_pyscardutil.moc"
