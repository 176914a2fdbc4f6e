// AnyCardType and ATRCardType: pyscard's matching rules.
#include "cardtype/anycardtype.h"
#include "cardtype/atrcardtype.h"
#include "exceptions/exceptions.h"

#include <QTest>

#include <memory>
#include <optional>

using smartcard::Bytes;

Q_DECLARE_METATYPE(std::optional<smartcard::Bytes>)

class TestCardType : public QObject
{
    Q_OBJECT

private slots:
    void anyCardType();
    void atrCardType_data();
    void atrCardType();
    void maskLengthMismatch_data();
    void maskLengthMismatch();
    void throughTheBase();
};

void TestCardType::anyCardType()
{
    const smartcard::AnyCardType any;
    QVERIFY(any.matches(Bytes { 0x3B, 0x02, 0x14, 0x50 }));
    QVERIFY(any.matches(Bytes {}));
    QVERIFY(any.matches(Bytes { 0x3B }, QStringLiteral("Rig 0")));
}

void TestCardType::atrCardType_data()
{
    QTest::addColumn<Bytes>("atr");
    QTest::addColumn<std::optional<Bytes>>("mask");
    QTest::addColumn<Bytes>("candidate");
    QTest::addColumn<bool>("matches");

    const Bytes atr { 0x3B, 0x16, 0x94, 0x20, 0x02, 0x01, 0x00, 0x00, 0x0D };
    const std::optional<Bytes> noMask;
    QTest::newRow("no mask, equal") << atr << noMask << atr << true;
    QTest::newRow("no mask, one bit off")
        << atr << noMask << Bytes { 0x3B, 0x16, 0x94, 0x20, 0x02, 0x01, 0x00, 0x00, 0x0C } << false;
    QTest::newRow("no mask, shorter") << atr << noMask << Bytes { 0x3B, 0x16, 0x94 } << false;
    QTest::newRow("no mask, longer") << atr << noMask
                                     << Bytes { 0x3B, 0x16, 0x94, 0x20, 0x02, 0x01, 0x00, 0x00, 0x0D, 0x00 }
                                     << false;
    const std::optional<Bytes> lastIgnored = Bytes { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00 };
    QTest::newRow("mask ignores the last byte")
        << atr << lastIgnored << Bytes { 0x3B, 0x16, 0x94, 0x20, 0x02, 0x01, 0x00, 0x00, 0xAA } << true;
    QTest::newRow("mask keeps the others")
        << atr << lastIgnored << Bytes { 0x3B, 0x16, 0x94, 0x20, 0x02, 0x01, 0x00, 0x01, 0x0D } << false;
    QTest::newRow("mask, shorter ATR never matches")
        << atr << lastIgnored << Bytes { 0x3B, 0x16, 0x94, 0x20, 0x02, 0x01, 0x00, 0x00 } << false;
    const std::optional<Bytes> nibble = Bytes { 0xFF, 0xF0 };
    QTest::newRow("half-byte mask, low nibble differs")
        << Bytes { 0x3B, 0x15 } << nibble << Bytes { 0x3B, 0x1F } << true;
    QTest::newRow("half-byte mask, high nibble differs")
        << Bytes { 0x3B, 0x15 } << nibble << Bytes { 0x3B, 0x25 } << false;
    QTest::newRow("zero mask matches any ATR of that length")
        << Bytes { 0x3B, 0x00 } << std::optional<Bytes>(Bytes { 0x00, 0x00 }) << Bytes { 0x3F, 0xFF } << true;
    QTest::newRow("empty ATR, empty mask, empty candidate")
        << Bytes {} << std::optional<Bytes>(Bytes {}) << Bytes {} << true;
}

void TestCardType::atrCardType()
{
    QFETCH(Bytes, atr);
    QFETCH(std::optional<Bytes>, mask);
    QFETCH(Bytes, candidate);
    QFETCH(bool, matches);
    const smartcard::ATRCardType cardType(atr, mask);
    QCOMPARE(cardType.matches(candidate), matches);
    QCOMPARE(cardType.matches(candidate, QStringLiteral("any reader")), matches);
    QCOMPARE(cardType.atr(), atr);
    QCOMPARE(cardType.mask(), mask);
}

void TestCardType::maskLengthMismatch_data()
{
    QTest::addColumn<Bytes>("atr");
    QTest::addColumn<Bytes>("mask");

    QTest::newRow("shorter mask") << Bytes { 0x3B, 0x02, 0x14, 0x50 } << Bytes { 0xFF, 0xFF };
    QTest::newRow("longer mask") << Bytes { 0x3B, 0x02 } << Bytes { 0xFF, 0xFF, 0xFF };
    QTest::newRow("empty mask is a mask") << Bytes { 0x3B } << Bytes {};
}

void TestCardType::maskLengthMismatch()
{
    QFETCH(Bytes, atr);
    QFETCH(Bytes, mask);
    try {
        const smartcard::ATRCardType cardType(atr, mask);
        QFAIL("no InvalidATRMaskLengthException");
    } catch (const smartcard::InvalidATRMaskLengthException &exception) {
        QVERIFY2(exception.message().startsWith("Invalid ATR mask length"), qPrintable(exception.message()));
    }
}

void TestCardType::throughTheBase()
{
    std::vector<std::unique_ptr<smartcard::CardType>> types;
    types.push_back(std::make_unique<smartcard::AnyCardType>());
    types.push_back(std::make_unique<smartcard::ATRCardType>(Bytes { 0x3B, 0x00 }));
    QVERIFY(types[0]->matches(Bytes { 0x3B, 0x01 }));
    QVERIFY(!types[1]->matches(Bytes { 0x3B, 0x01 }));
    QVERIFY(types[1]->matches(Bytes { 0x3B, 0x00 }));
}

QTEST_GUILESS_MAIN(TestCardType)
#include "tst_cardtype.moc"
