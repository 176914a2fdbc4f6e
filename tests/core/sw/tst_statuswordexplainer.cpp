#include "sw/statuswordexplainer.h"

#include <QTest>

using namespace smartcard;

Q_DECLARE_METATYPE(smartcard::StatusWordCategory)

namespace {

QStringList alternativesOf(const StatusWordExplanation &explanation)
{
    QStringList lines;
    for (const StatusWordMeaning &alternative : explanation.alternatives)
        lines << alternative.context + ": " + alternative.text + " (" + categoryName(alternative.category)
                + ')';
    return lines;
}

} // namespace

class TestStatusWordExplainer : public QObject
{
    Q_OBJECT

private slots:
    void explains_data();
    void explains();
    void toStringShowsTheStatusWord();
    void everyStatusWordHasAText();
    void categoryNames();
};

void TestStatusWordExplainer::explains_data()
{
    using C = StatusWordCategory;
    const QString iso = QStringLiteral("ISO/IEC 7816-4");
    QTest::addColumn<int>("sw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<StatusWordCategory>("category");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("alternatives");

    // ISO 7816-4, with the numbers SW2 carries
    QTest::newRow("90 00") << 0x9000 << "success" << C::Normal << iso << QStringList();
    QTest::newRow("61 1A bytes available")
        << 0x611A << "26 more bytes available (GET RESPONSE)" << C::Normal << iso << QStringList();
    QTest::newRow("61 01 one byte") << 0x6101 << "1 more byte available (GET RESPONSE)" << C::Normal << iso
                                    << QStringList();
    QTest::newRow("61 00 means 256 or more")
        << 0x6100 << "256 or more bytes available (GET RESPONSE)" << C::Normal << iso << QStringList();
    QTest::newRow("6C 10 exact length")
        << 0x6C10 << "wrong Le, exact length 16" << C::CheckingError << iso << QStringList();
    QTest::newRow("6C 00 exact length 256")
        << 0x6C00 << "wrong Le, exact length 256" << C::CheckingError << iso << QStringList();
    QTest::newRow("63 C2 tries left")
        << 0x63C2 << "verification failed, 2 tries left" << C::Warning << iso
        << QStringList { "ISO/IEC 7816-4: counter value 2 (for commands other than VERIFY) (warning)" };
    QTest::newRow("63 C1 one try") << 0x63C1 << "verification failed, 1 try left" << C::Warning << iso
                                   << QStringList {
                                          "ISO/IEC 7816-4: counter value 1 (for commands other than "
                                          "VERIFY) (warning)"
                                      };
    QTest::newRow("63 CF fifteen") << 0x63CF << "verification failed, 15 tries left" << C::Warning << iso
                                   << QStringList { "ISO/IEC 7816-4: counter value 15 (for commands other "
                                                    "than VERIFY) (warning)" };
    QTest::newRow("62 81") << 0x6281 << "part of the returned data may be corrupted" << C::Warning << iso
                           << QStringList();
    QTest::newRow("62 40 triggering") << 0x6240
                                      << "triggering by the card, query 40 (non-volatile memory "
                                         "unchanged)"
                                      << C::Warning << iso << QStringList();
    QTest::newRow("62 90 undefined SW2")
        << 0x6290 << "warning, SW2 90 undefined (non-volatile memory unchanged)" << C::Warning << iso
        << QStringList();
    QTest::newRow("64 01") << 0x6401 << "immediate response required by the card" << C::ExecutionError << iso
                           << QStringList();
    QTest::newRow("65 81") << 0x6581 << "memory failure" << C::ExecutionError << iso << QStringList();
    QTest::newRow("65 12 undefined SW2")
        << 0x6512 << "execution error, SW2 12 undefined (non-volatile memory changed)" << C::ExecutionError
        << iso << QStringList();
    QTest::newRow("66 42 security") << 0x6642 << "security-related issue, SW2 42 (defined by the application)"
                                    << C::Security << iso << QStringList();
    QTest::newRow("66 00 with ISO 7816-8")
        << 0x6600 << "security-related issue, SW2 00 (defined by the application)" << C::Security << iso
        << QStringList { "ISO/IEC 7816-8: the security environment cannot be set or modified (security)" };
    QTest::newRow("67 00") << 0x6700 << "wrong length" << C::CheckingError << iso << QStringList();
    QTest::newRow("68 84") << 0x6884 << "command chaining not supported" << C::CheckingError << iso
                           << QStringList();
    QTest::newRow("69 82") << 0x6982 << "security status not satisfied" << C::CheckingError << iso
                           << QStringList();
    QTest::newRow("6A 82") << 0x6A82 << "file or application not found" << C::CheckingError << iso
                           << QStringList();
    QTest::newRow("6B 00") << 0x6B00 << "wrong parameters P1-P2" << C::CheckingError << iso << QStringList();
    QTest::newRow("6D 00") << 0x6D00 << "instruction code (INS) not supported or invalid" << C::CheckingError
                           << iso << QStringList();
    QTest::newRow("6E 00") << 0x6E00 << "class (CLA) not supported" << C::CheckingError << iso
                           << QStringList();
    QTest::newRow("6F 00 with Java Card")
        << 0x6F00 << "no precise diagnosis" << C::CheckingError << iso
        << QStringList { "Java Card: an exception escaped the applet (SW_UNKNOWN) (checking error)" };
    QTest::newRow("6F 12 undefined SW2")
        << 0x6F12 << "no precise diagnosis, SW2 12 undefined" << C::CheckingError << iso << QStringList();

    // GlobalPlatform
    QTest::newRow("62 83 ISO or CARD_LOCKED")
        << 0x6283 << "selected file deactivated" << C::Warning << iso
        << QStringList { "GlobalPlatform: card life cycle state is CARD_LOCKED (SELECT) (warning)" };
    QTest::newRow("63 10 more data") << 0x6310
                                     << "more data available: repeat the command for the rest (GET STATUS)"
                                     << C::Warning << "GlobalPlatform" << QStringList();
    QTest::newRow("69 85") << 0x6985 << "conditions of use not satisfied" << C::CheckingError << iso
                           << QStringList { "GlobalPlatform: conditions of use not satisfied (e.g. the life "
                                            "cycle state forbids the command) (checking error)" };
    QTest::newRow("6A 88") << 0x6A88 << "referenced data not found" << C::CheckingError << iso
                           << QStringList { "GlobalPlatform: referenced data not found (e.g. no such key or "
                                            "data object) (checking error)" };
    QTest::newRow("94 84") << 0x9484 << "algorithm not supported" << C::CheckingError << "GlobalPlatform"
                           << QStringList();
    QTest::newRow("94 85") << 0x9485 << "invalid key check value" << C::CheckingError << "GlobalPlatform"
                           << QStringList();

    // ETSI TS 102 221, 3GPP TS 31.102, GSM 11.11
    const QString uicc = QStringLiteral("ETSI TS 102 221 (UICC)");
    const QString gsm = QStringLiteral("GSM 11.11 (SIM)");
    QTest::newRow("91 0F proactive") << 0x910F
                                     << "success, and a proactive command of 15 bytes is pending (FETCH)"
                                     << C::Normal << uicc << QStringList();
    QTest::newRow("92 03 UICC or SIM retries")
        << 0x9203 << "success, with information 03 on an ongoing data transfer session" << C::Normal << uicc
        << QStringList { "GSM 11.11 (SIM): success after 3 internal retries of the update routine (normal)" };
    QTest::newRow("92 40 UICC or SIM memory problem")
        << 0x9240 << "success, with information 40 on an ongoing data transfer session" << C::Normal << uicc
        << QStringList { "GSM 11.11 (SIM): memory problem (execution error)" };
    QTest::newRow("93 00 toolkit busy")
        << 0x9300 << "toolkit busy: the command cannot run now, other commands can" << C::ExecutionError
        << uicc << QStringList();
    QTest::newRow("94 04 SIM") << 0x9404 << "file ID or pattern not found" << C::CheckingError << gsm
                               << QStringList();
    QTest::newRow("98 04 SIM") << 0x9804
                               << "access conditions not fulfilled, or CHV verification or authentication "
                                  "failed (tries left)"
                               << C::Security << gsm << QStringList();
    QTest::newRow("98 40 SIM") << 0x9840 << "CHV verification failed, no tries left: CHV blocked"
                               << C::Security << gsm << QStringList();
    QTest::newRow("98 62 UICC or USIM")
        << 0x9862 << "authentication error (application specific)" << C::Security << uicc
        << QStringList { "3GPP TS 31.102 (USIM): authentication error, incorrect MAC (security)" };
    QTest::newRow("98 64 UICC or USIM")
        << 0x9864 << "minimum UICC suspension time is too long" << C::CheckingError << uicc
        << QStringList { "3GPP TS 31.102 (USIM): authentication error, security context not supported "
                         "(security)" };
    QTest::newRow("98 65 USIM only") << 0x9865 << "key freshness failure" << C::Security
                                     << "3GPP TS 31.102 (USIM)" << QStringList();
    QTest::newRow("9F 22 SIM response") << 0x9F22 << "success, 34 bytes of response available (GET RESPONSE)"
                                        << C::Normal << gsm << QStringList();

    // not defined anywhere
    QTest::newRow("90 01 proprietary")
        << 0x9001 << "proprietary: ISO 7816-4 defines 90 00 only" << C::Unknown << iso << QStringList();
    QTest::newRow("95 12 proprietary") << 0x9512 << "not defined by a known specification (proprietary)"
                                       << C::Unknown << iso << QStringList();
    QTest::newRow("60 80 NULL byte") << 0x6080 << "not a status word: 60 is the NULL procedure byte"
                                     << C::Unknown << "ISO/IEC 7816-3" << QStringList();
    QTest::newRow("00 00 no status word") << 0x0000 << "not a status word: SW1 must be 6X or 9X" << C::Unknown
                                          << "ISO/IEC 7816-3" << QStringList();
}

void TestStatusWordExplainer::explains()
{
    QFETCH(int, sw);
    QFETCH(QString, text);
    QFETCH(StatusWordCategory, category);
    QFETCH(QString, context);
    QFETCH(QStringList, alternatives);
    const StatusWordExplanation explanation = StatusWordExplainer::explain(quint16(sw));
    QCOMPARE(explanation.text(), text);
    QCOMPARE(categoryName(explanation.category()), categoryName(category));
    QCOMPARE(explanation.meaning.context, context);
    QCOMPARE(alternativesOf(explanation), alternatives);
}

void TestStatusWordExplainer::toStringShowsTheStatusWord()
{
    QCOMPARE(StatusWordExplainer::explain(0x61, 0x1A).toString(),
        QStringLiteral("61 1A: 26 more bytes available (GET RESPONSE)"));
    QCOMPARE(StatusWordExplainer::explain(0x6C, 0x10).toString(),
        QStringLiteral("6C 10: wrong Le, exact length 16"));
    QCOMPARE(StatusWordExplainer::explain(0x63, 0xC2).toString(),
        QStringLiteral("63 C2: verification failed, 2 tries left"));
}

void TestStatusWordExplainer::everyStatusWordHasAText()
{
    for (int sw = 0; sw <= 0xFFFF; ++sw) {
        const StatusWordExplanation explanation = StatusWordExplainer::explain(quint16(sw));
        if (explanation.text().isEmpty() || explanation.meaning.context.isEmpty()
            || explanation.text().contains('{'))
            QFAIL(qPrintable(QStringLiteral("%1 has no proper text").arg(sw, 4, 16, QLatin1Char('0'))));
        if (explanation.sw1 != sw >> 8 || explanation.sw2 != (sw & 0xFF))
            QFAIL("status word not kept");
    }
}

void TestStatusWordExplainer::categoryNames()
{
    QCOMPARE(categoryName(StatusWordCategory::Normal), QStringLiteral("normal"));
    QCOMPARE(categoryName(StatusWordCategory::Warning), QStringLiteral("warning"));
    QCOMPARE(categoryName(StatusWordCategory::ExecutionError), QStringLiteral("execution error"));
    QCOMPARE(categoryName(StatusWordCategory::CheckingError), QStringLiteral("checking error"));
    QCOMPARE(categoryName(StatusWordCategory::Security), QStringLiteral("security"));
    QCOMPARE(categoryName(StatusWordCategory::Unknown), QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TestStatusWordExplainer)
#include "tst_statuswordexplainer.moc"
