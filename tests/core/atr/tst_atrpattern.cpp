#include "atr/atrpattern.h"
#include "atrtesthelpers.h"

#include <QTest>

using smartcard::ATRPattern;

class TestAtrPattern : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
    void invalid_data();
    void invalid();
    void literal_data();
    void literal();
    void longPatternStaysFast();
};

void TestAtrPattern::matching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("atr");
    QTest::addColumn<bool>("matches");

    QTest::newRow("literal, equal") << "3B 02 14 50"
                                    << "3B 02 14 50" << true;
    QTest::newRow("literal, other byte") << "3B 02 14 50"
                                         << "3B 02 14 51" << false;
    QTest::newRow("literal, ATR longer") << "3B 02 14 50"
                                         << "3B 02 14 50 00" << false;
    QTest::newRow("literal, ATR shorter") << "3B 02 14 50"
                                          << "3B 02 14" << false;
    QTest::newRow("wildcard byte") << "3B .. 14 50"
                                   << "3B 7F 14 50" << true;
    QTest::newRow("wildcard nibble") << "3B 0. 14 50"
                                     << "3B 7F 14 50" << false;
    QTest::newRow("class of two") << "3B 02 14 [45]0"
                                  << "3B 02 14 40" << true;
    QTest::newRow("class with commas") << "3B 02 14 [4,5]0"
                                       << "3B 02 14 50" << true;
    QTest::newRow("class, not in it") << "3B 02 14 [4,5]0"
                                      << "3B 02 14 60" << false;
    QTest::newRow("class with range") << "3B 02 14 5[0-3]"
                                      << "3B 02 14 52" << true;
    QTest::newRow("class with range, outside") << "3B 02 14 5[0-3]"
                                               << "3B 02 14 54" << false;
    QTest::newRow("class with letter range") << "3B 02 14 5[A-C]"
                                             << "3B 02 14 5B" << true;
    QTest::newRow(".* at the end, nothing more") << "3B 02 14 50.*"
                                                 << "3B 02 14 50" << true;
    QTest::newRow(".* at the end, more bytes") << "3B 02 14 50.*"
                                               << "3B 02 14 50 01 02" << true;
    QTest::newRow(".* in the middle") << "3B 02 .* 50"
                                      << "3B 02 99 98 97 50" << true;
    QTest::newRow(".* in the middle, wrong end") << "3B 02 .* 50"
                                                 << "3B 02 99 98 97 51" << false;
    QTest::newRow("lower case pattern") << "3b 0a ff"
                                        << "3B 0A FF" << true;
    QTest::newRow("runs of spaces and tabs") << " 3B  02\t14 50 "
                                             << "3B 02 14 50" << true;
}

void TestAtrPattern::matching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, atr);
    QFETCH(bool, matches);
    const ATRPattern compiled = ATRPattern::compile(pattern);
    QVERIFY2(compiled.isValid(), qPrintable(compiled.error() ? compiled.error()->message : QString()));
    QCOMPARE(compiled.matches(bytesOf(atr)), matches);
}

void TestAtrPattern::invalid_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << "  " << 0 << "empty ATR pattern";
    QTest::newRow("unclosed class") << "3B 0[12" << 4 << "'[' is not closed";
    QTest::newRow("empty class") << "3B [] 00" << 3 << "empty class '[]'";
    QTest::newRow("letter beyond F") << "3B 0G" << 4 << "unexpected character 'G'";
    QTest::newRow("star first") << "*3B" << 0 << "'*' does not follow a character or class";
    QTest::newRow("two stars") << "3B.**" << 4 << "'*' does not follow a character or class";
    QTest::newRow("bad range") << "3B 0[5-1]" << 5 << "bad range '5-1' in a class";
    QTest::newRow("negated class") << "3B 0[^1]" << 5 << "unexpected character '^' in a class";
    QTest::newRow("text") << "ATR 3B" << 1 << "unexpected character 'T'";
}

void TestAtrPattern::invalid()
{
    QFETCH(QString, pattern);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ATRPattern compiled = ATRPattern::compile(pattern);
    QVERIFY(!compiled.isValid());
    QCOMPARE(compiled.error()->offset, column);
    QCOMPARE(compiled.error()->message, message);
    QVERIFY(!compiled.matches(bytesOf("3B 00")));
}

void TestAtrPattern::literal_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("bytes"); // empty: not a literal

    QTest::newRow("hex pairs") << "3B 02 14 50"
                               << "3B021450";
    QTest::newRow("lower case") << "3b 02"
                                << "3B02";
    QTest::newRow("wildcard") << "3B .. 14"
                              << "";
    QTest::newRow("class") << "3B [12]2"
                           << "";
    QTest::newRow("packed") << "3B0214"
                            << "";
}

void TestAtrPattern::literal()
{
    QFETCH(QString, pattern);
    QFETCH(QString, bytes);
    const ATRPattern compiled = ATRPattern::compile(pattern);
    QCOMPARE(compiled.isLiteral(), !bytes.isEmpty());
    if (compiled.isLiteral())
        QCOMPARE(smartcard::toHexString(*compiled.literalBytes(), u""), bytes);
}

void TestAtrPattern::longPatternStaysFast()
{
    // Many stars cannot make matching backtrack: the automaton is simulated.
    const ATRPattern compiled = ATRPattern::compile(QStringLiteral(".*").repeated(60) + QStringLiteral("00"));
    QVERIFY(compiled.isValid());
    QVERIFY(!compiled.matches(bytesOf(QStringLiteral("3B ") + QStringLiteral("FF ").repeated(32))));
}

QTEST_GUILESS_MAIN(TestAtrPattern)
#include "tst_atrpattern.moc"
