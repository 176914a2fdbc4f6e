// MaskingPolicy: which bytes of which commands are secret, for every APDU case, short and
// extended, across classes; what is not secret stays untouched; malformed APDUs.
#include "log/maskingpolicy.h"
#include "testhex.h"

#include <QTest>

using namespace smartcard;
using cardscope::testing::hex;

namespace {

// Header + extended Lc + n data bytes (+ extended Le when le).
Bytes extended(const char *header, int n, bool le)
{
    Bytes apdu = hex(QString::fromLatin1(header));
    apdu.insert(apdu.end(), { 0x00, std::uint8_t(n >> 8), std::uint8_t(n) });
    for (int i = 0; i < n; ++i)
        apdu.push_back(std::uint8_t(0x30 + i % 10));
    if (le)
        apdu.insert(apdu.end(), { 0x00, 0x00 });
    return apdu;
}

} // namespace

class TestMaskingPolicy : public QObject
{
    Q_OBJECT

private slots:
    void secretRange_data();
    void secretRange();
    void applyMask_data();
    void applyMask();
    void onlyExchangesAreMasked();
    void markKeepsTheBytes();
    void alreadyMaskedIsLeftAlone();
    void hideSecretsClampsABadRange();
};

void TestMaskingPolicy::secretRange_data()
{
    QTest::addColumn<Bytes>("command");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length"); // 0: nothing secret

    // VERIFY in every case; the data field only, never Le.
    QTest::newRow("VERIFY case 1 (PIN status)") << hex("00 20 00 81") << 0 << 0;
    QTest::newRow("VERIFY case 2") << hex("00 20 00 81 00") << 0 << 0;
    QTest::newRow("VERIFY case 3") << hex("00 20 00 81 08 31 32 33 34 FF FF FF FF") << 5 << 8;
    QTest::newRow("VERIFY case 4") << hex("00 20 00 81 04 31 32 33 34 00") << 5 << 4;
    QTest::newRow("VERIFY case 2 extended") << hex("00 20 00 81 00 00 00") << 0 << 0;
    QTest::newRow("VERIFY case 3 extended") << extended("00 20 00 81", 300, false) << 7 << 300;
    QTest::newRow("VERIFY case 4 extended") << extended("00 20 00 81", 300, true) << 7 << 300;
    QTest::newRow("VERIFY odd INS 21 (data objects)") << hex("00 21 00 00 05 81 03 31 32 33") << 5 << 5;
    // Classes: interindustry, logical channels, chaining, secure messaging, proprietary.
    QTest::newRow("VERIFY CLA 01 (channel 1)") << hex("01 20 00 81 02 31 32") << 5 << 2;
    QTest::newRow("VERIFY CLA 10 (chaining)") << hex("10 20 00 81 02 31 32") << 5 << 2;
    QTest::newRow("VERIFY CLA 0C (secure messaging)") << hex("0C 20 00 81 03 87 01 01") << 5 << 3;
    QTest::newRow("VERIFY CLA 80 (proprietary)") << hex("80 20 00 00 02 31 32") << 5 << 2;
    QTest::newRow("VERIFY CLA 40 (channel 4+)") << hex("40 20 00 81 02 31 32") << 5 << 2;
    QTest::newRow("VERIFY CLA A0 (GSM)") << hex("A0 20 00 01 08 31 32 33 34 FF FF FF FF") << 5 << 8;
    // The other secret instructions.
    QTest::newRow("CHANGE REFERENCE DATA") << hex("00 24 00 81 06 31 32 33 39 38 37") << 5 << 6;
    QTest::newRow("CHANGE REFERENCE DATA odd 25") << hex("00 25 00 81 02 31 32") << 5 << 2;
    QTest::newRow("CHANGE REFERENCE DATA extended") << extended("00 24 00 81", 16, false) << 7 << 16;
    QTest::newRow("RESET RETRY COUNTER")
        << hex("00 2C 00 81 10 31 32 33 34 35 36 37 38 31 32 33 34 35 36 37 38") << 5 << 16;
    QTest::newRow("RESET RETRY COUNTER odd 2D") << hex("00 2D 00 81 01 31") << 5 << 1;
    QTest::newRow("RESET RETRY COUNTER, no data") << hex("00 2C 03 81") << 0 << 0;
    QTest::newRow("DISABLE VERIFICATION REQUIREMENT") << hex("00 26 00 81 02 31 32") << 5 << 2;
    QTest::newRow("ENABLE VERIFICATION REQUIREMENT") << hex("00 28 00 81 02 31 32") << 5 << 2;
    QTest::newRow("GP PUT KEY") << hex("80 D8 00 81 05 FF 80 10 AA BB") << 5 << 5;
    QTest::newRow("GP PUT KEY with Le") << hex("84 D8 01 81 05 FF 80 10 AA BB 00") << 5 << 5;
    QTest::newRow("OpenPGP key import PUT DATA DB 3FFF") << hex("00 DB 3F FF 03 4D 01 00") << 5 << 3;
    QTest::newRow("OpenPGP AES key PUT DATA DA 00D5") << hex("00 DA 00 D5 02 AA BB") << 5 << 2;
    QTest::newRow("PC/SC LOAD KEYS (CLA FF INS 82)") << hex("FF 82 00 00 06 FF FF FF FF FF FF") << 5 << 6;
    // Not secret.
    QTest::newRow("PUT DATA DA other tag") << hex("00 DA 00 5B 03 41 42 43") << 0 << 0;
    QTest::newRow("PUT DATA DB other tag") << hex("00 DB 3F FE 03 41 42 43") << 0 << 0;
    QTest::newRow("SELECT") << hex("00 A4 04 00 07 A0 00 00 00 03 10 10 00") << 0 << 0;
    QTest::newRow("GET CHALLENGE") << hex("00 84 00 00 08") << 0 << 0;
    QTest::newRow("EXTERNAL AUTHENTICATE (a cryptogram)")
        << hex("84 82 00 00 10 01 02 03 04 05 06 07 08 01 02 03 04 05 06 07 08") << 0 << 0;
    QTest::newRow("GP STORE DATA") << hex("80 E2 80 00 03 01 02 03") << 0 << 0;
    QTest::newRow("CLA FF INS 20 (reader class: not VERIFY)") << hex("FF 20 00 00 02 31 32") << 0 << 0;
    QTest::newRow("PC/SC GET DATA (CLA FF)") << hex("FF CA 00 00 00") << 0 << 0;
    // Malformed: everything after the header of a secret command.
    QTest::newRow("VERIFY, Lc larger than the data") << hex("00 20 00 81 08 31 32 33 34") << 4 << 5;
    QTest::newRow("VERIFY, bytes after Le") << hex("00 20 00 81 02 31 32 00 00") << 4 << 5;
    QTest::newRow("VERIFY, extended Lc cut") << hex("00 20 00 81 00 01") << 4 << 2;
    QTest::newRow("VERIFY, header only, 3 bytes") << hex("00 20 00") << 0 << 0;
    QTest::newRow("empty") << Bytes {} << 0 << 0;
    QTest::newRow("SELECT, malformed") << hex("00 A4 04 00 09 A0 00") << 0 << 0;
}

void TestMaskingPolicy::secretRange()
{
    QFETCH(Bytes, command);
    QFETCH(int, offset);
    QFETCH(int, length);
    const MaskingPolicy::Range range = MaskingPolicy::secretRange(command);
    QCOMPARE(int(range.length), length);
    if (length != 0)
        QCOMPARE(int(range.offset), offset);
}

void TestMaskingPolicy::applyMask_data()
{
    secretRange_data();
}

void TestMaskingPolicy::applyMask()
{
    QFETCH(Bytes, command);
    QFETCH(int, offset);
    QFETCH(int, length);
    LogEntry entry;
    entry.command = command;
    entry.response = hex("90 00");
    const LogEntry masked = MaskingPolicy::applyMask(entry);
    QCOMPARE(masked.has(LogEntry::Masked), length != 0);
    QCOMPARE(masked.response, entry.response);
    if (length == 0) {
        QCOMPARE(masked, entry); // untouched: not a byte, not a flag
        return;
    }
    QCOMPARE(int(masked.maskOffset), offset);
    QCOMPARE(int(masked.maskLength), length);
    QCOMPARE(masked.command.size(), command.size());
    for (std::size_t i = 0; i < command.size(); ++i) {
        const bool secret = int(i) >= offset && int(i) < offset + length;
        QCOMPARE(masked.command[i], secret ? std::uint8_t(0) : command[i]);
    }
}

void TestMaskingPolicy::onlyExchangesAreMasked()
{
    LogEntry control;
    control.kind = LogEntry::Kind::Control;
    control.command = hex("00 20 00 81 02 31 32");
    QCOMPARE(MaskingPolicy::applyMask(control), control);
}

void TestMaskingPolicy::markKeepsTheBytes()
{
    LogEntry entry;
    entry.command = hex("00 20 00 81 02 31 32");
    const LogEntry marked = MaskingPolicy::markSecrets(entry);
    QVERIFY(marked.has(LogEntry::Masked));
    QCOMPARE(marked.command, entry.command);
    QCOMPARE(MaskingPolicy::hideSecrets(marked).command, hex("00 20 00 81 02 00 00"));
}

// An imported entry keeps the range its file gave, even where the policy would differ.
void TestMaskingPolicy::alreadyMaskedIsLeftAlone()
{
    LogEntry entry;
    entry.command = hex("00 20 00 81 02 31 32");
    entry.set(LogEntry::Masked);
    entry.maskOffset = 6;
    entry.maskLength = 1;
    QCOMPARE(MaskingPolicy::markSecrets(entry), entry);
    QCOMPARE(MaskingPolicy::applyMask(entry).command, hex("00 20 00 81 02 31 00"));
}

void TestMaskingPolicy::hideSecretsClampsABadRange()
{
    LogEntry entry;
    entry.command = hex("00 20 00 81 02 31 32");
    entry.set(LogEntry::Masked);
    entry.maskOffset = 5;
    entry.maskLength = 60000;
    QCOMPARE(MaskingPolicy::hideSecrets(entry).command, hex("00 20 00 81 02 00 00"));
    entry.maskOffset = 50;
    QCOMPARE(MaskingPolicy::hideSecrets(entry).command, entry.command);
}

QTEST_GUILESS_MAIN(TestMaskingPolicy)
#include "tst_maskingpolicy.moc"
