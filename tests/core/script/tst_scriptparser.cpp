#include "script/scriptparser.h"
#include "testhex.h"
#include "util/hexstring.h"

#include <QRandomGenerator>
#include <QTest>

using namespace smartcard;
using cardscope::testing::hex;

namespace {

// Steps as compact text: "3:00A4040C", "5:reset", "7:0084000008<90 00@8".
QStringList describe(const Script &script)
{
    QStringList lines;
    for (const ScriptStep &step : script.steps) {
        QString line = QString::number(step.line);
        if (step.lastLine != step.line)
            line += '-' + QString::number(step.lastLine);
        line += ':';
        line += step.kind == ScriptStep::Kind::Reset ? QStringLiteral("reset") : toHexString(step.apdu, u"");
        if (step.expectation)
            line += '<' + step.expectation->text() + '@' + QString::number(step.expectationLine);
        lines << line;
    }
    return lines;
}

QStringList describe(const QList<ScriptError> &errors)
{
    QStringList lines;
    for (const ScriptError &error : errors)
        lines << error.toString();
    return lines;
}

} // namespace

class TestScriptParser : public QObject
{
    Q_OBJECT

private slots:
    void syntax_data();
    void syntax();
    void badInput_data();
    void badInput();
    void uncheckedStructure();
    void exitStopsReading();
    void expectationMatching_data();
    void expectationMatching();
    void wildcardsAreMasks();
    void errorToString();
    void arbitraryTextNeverBreaksTheParser();
};

void TestScriptParser::syntax_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("steps");

    QTest::newRow("empty") << QString() << QStringList {};
    QTest::newRow("blank and comment lines") << "\n   \n# a comment\n\t# indented comment\n"
                                             << QStringList {};
    QTest::newRow("spaced hex") << "00 A4 04 0C" << QStringList { "1:00A4040C" };
    QTest::newRow("packed hex, lower case") << "00a4040c" << QStringList { "1:00A4040C" };
    QTest::newRow("colons and commas")
        << "00:A4:04:0C\n00,84,00,00,08" << QStringList { "1:00A4040C", "2:0084000008" };
    QTest::newRow("CRLF line ends") << "00 84 00 00 08\r\nreset\r\n"
                                    << QStringList { "1:0084000008", "2:reset" };
    QTest::newRow("reset, any case") << "reset\nRESET\n  Reset  "
                                     << QStringList { "1:reset", "2:reset", "3:reset" };
    QTest::newRow("comment after a command")
        << "00 84 00 00 08 # challenge" << QStringList { "1:0084000008" };
    QTest::newRow("comment after reset") << "reset # cold" << QStringList { "1:reset" };
    QTest::newRow("continuation") << "00 A4 00 0C \\\n02 3F 00" << QStringList { "1-2:00A4000C023F00" };
    QTest::newRow("continuation of packed hex")
        << "00A4000C\\\n023F00" << QStringList { "1-2:00A4000C023F00" };
    QTest::newRow("continuation over three lines") << "00 A4 \\\n 00 0C \\\n 02 3F 00\n00 84 00 00 08"
                                                   << QStringList { "1-3:00A4000C023F00", "4:0084000008" };
    QTest::newRow("blank and comment lines inside a continuation")
        << "00 A4 00 0C \\\n\n# the data\n02 3F 00" << QStringList { "1-4:00A4000C023F00" };
    QTest::newRow("comment after the backslash")
        << "00 A4 00 0C \\ # header\n02 3F 00" << QStringList { "1-2:00A4000C023F00" };
    QTest::newRow("'>' before a command")
        << "> 00 84 00 00 08\n>00B0000010" << QStringList { "1:0084000008", "2:00B0000010" };
    QTest::newRow("'>' before reset, as scriptor prints it")
        << "> RESET\n>reset" << QStringList { "1:reset", "2:reset" };
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFF00 84 00 00 08\n< 90 00")
                                     << QStringList { "1:0084000008<90 00@2" };
    QTest::newRow("tabs") << "00\tA4\t00\t0C\t02\t3F\t00\n<\t90\t00"
                          << QStringList { "1:00A4000C023F00<90\t00@2" };
    QTest::newRow("expectation: SW") << "00 84 00 00 08\n< 90 00" << QStringList { "1:0084000008<90 00@2" };
    QTest::newRow("expectation after blank and comment lines")
        << "00 84 00 00 08\n\n# must work\n< 9000" << QStringList { "1:0084000008<9000@4" };
    QTest::newRow("expectation: wildcards") << "00 A4 04 00 00\n< 61 ??\n00 C0 00 00 00\n<6X XX"
                                            << QStringList { "1:00A4040000<61 ??@2", "3:00C0000000<6X XX@4" };
    QTest::newRow("expectation: data, wildcard bytes and the rest")
        << "00 B0 00 00 04\n< 00 ?? 02 * 90 00" << QStringList { "1:00B0000004<00 ?? 02 * 90 00@2" };
    QTest::newRow("expectation: alternatives")
        << "00 20 00 81 00\n< 90 00 | 63 CX" << QStringList { "1:0020008100<90 00 | 63 CX@2" };
    QTest::newRow("expectation with a comment")
        << "00 84 00 00 08\n< 90 00 # fresh random" << QStringList { "1:0084000008<90 00@2" };
    QTest::newRow("expectation continued")
        << "00 B0 00 00 04\n< 00 01 \\\n 02 03 90 00" << QStringList { "1:00B0000004<00 01   02 03 90 00@2" };
    QTest::newRow("extended APDU") << "00 B0 00 00 00 01 00" << QStringList { "1:00B00000000100" };
    QTest::newRow("scriptor's manual example")
        << "# reset the card\nreset\n\n# Select MF 3F00\nA0 A4 00 00 02 3F 00\n\n# Get Response\n"
           "# 17 is the value of second SW from the previous command\nA0 C0 00 00 17\n"
        << QStringList { "2:reset", "5:A0A40000023F00", "9:A0C0000017" };
}

void TestScriptParser::syntax()
{
    QFETCH(QString, script);
    QFETCH(QStringList, steps);
    const Script parsed = ScriptParser::parse(script);
    QCOMPARE(describe(parsed.errors), QStringList {});
    QVERIFY(parsed.isValid());
    QCOMPARE(describe(parsed), steps);
}

void TestScriptParser::badInput_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("steps"); // what is kept

    QTest::newRow("non-hex character")
        << "00 84 00 00 08\n00 A4 0G 00" << QStringList { "line 2, column 8: 'G' is not a hex digit" }
        << QStringList { "1:0084000008" };
    QTest::newRow("odd number of digits")
        << "  00A4000" << QStringList { "line 1, column 3: odd number of hex digits in '00A4000'" }
        << QStringList {};
    QTest::newRow("odd digits after '>'")
        << ">  00 A 04 0C" << QStringList { "line 1, column 7: odd number of hex digits in 'A'" }
        << QStringList {};
    QTest::newRow("too short") << "00 A4 00"
                               << QStringList { "line 1, column 9: 3 byte(s): a command APDU needs at least "
                                                "the 4 header bytes CLA INS P1 P2" }
                               << QStringList {};
    QTest::newRow("Lc beyond the data") << "reset\n00 A4 00 0C 05 3F 00\nreset"
                                        << QStringList { "line 2, column 13: Lc is 5: 5 data byte(s) "
                                                         "announced, 2 present" }
                                        << QStringList { "1:reset", "3:reset" };
    QTest::newRow("bytes after Le")
        << "00 84 00 00 08 00 01"
        << QStringList { "line 1, column 13: Lc is 8: 8 data byte(s) announced, 2 present" }
        << QStringList {};
    QTest::newRow("structure error on a continued line")
        << "00 A4 00 0C \\\n  05 3F 00"
        << QStringList { "line 2, column 3: Lc is 5: 5 data byte(s) announced, 2 present" } << QStringList {};
    QTest::newRow("hex error on a continued line")
        << "00 A4 00 0C \\\n02 3F 0Z" << QStringList { "line 2, column 8: 'Z' is not a hex digit" }
        << QStringList {};
    QTest::newRow("unknown word") << "rest\nreset"
                                  << QStringList { "line 1, column 1: 'rest' is not a command: write hex "
                                                   "bytes, reset, exit, or '<' and an expected response" }
                                  << QStringList { "2:reset" };
    QTest::newRow("empty command after '>'")
        << "  >  " << QStringList { "line 1, column 4: no APDU after '>'" } << QStringList {};
    QTest::newRow("missing continued line") << "00 84 00 00 08\n00 A4 00 0C \\\n# nothing more"
                                            << QStringList { "line 2, column 13: the script ends after a "
                                                             "'\\': the continued line is missing" }
                                            << QStringList { "1:0084000008" };
    QTest::newRow("expectation first") << "< 90 00\n00 84 00 00 08"
                                       << QStringList { "line 1, column 1: an expected response must follow "
                                                        "a command" }
                                       << QStringList { "2:0084000008" };
    QTest::newRow("expectation after reset")
        << "reset\n< 90 00" << QStringList { "line 2, column 1: an expected response must follow a command" }
        << QStringList { "1:reset" };
    QTest::newRow("second expectation")
        << "00 84 00 00 08\n< 90 00\n < 61 ??"
        << QStringList { "line 3, column 2: a second expectation for the command on line 1: give "
                         "alternatives on one line, separated by '|'" }
        << QStringList { "1:0084000008<90 00@2" };
    QTest::newRow("expectation: bad character") << "00 84 00 00 08\n< 9G 00"
                                                << QStringList { "line 2, column 4: 'G' is neither a hex "
                                                                 "digit nor a wildcard (X or ?)" }
                                                << QStringList { "1:0084000008" };
    QTest::newRow("expectation: odd digits")
        << "00 84 00 00 08\n< 900" << QStringList { "line 2, column 3: odd number of digits in '900'" }
        << QStringList { "1:0084000008" };
    QTest::newRow("expectation: one byte") << "00 84 00 00 08\n< 90"
                                           << QStringList { "line 2, column 5: an expectation ends with SW1 "
                                                            "SW2, e.g. 90 00 or 6X XX" }
                                           << QStringList { "1:0084000008" };
    QTest::newRow("expectation: empty") << "00 84 00 00 08\n<"
                                        << QStringList { "line 2, column 2: empty expectation: give at "
                                                         "least SW1 SW2, e.g. 90 00" }
                                        << QStringList { "1:0084000008" };
    QTest::newRow("expectation: empty alternative") << "00 84 00 00 08\n< 90 00 |"
                                                    << QStringList { "line 2, column 10: empty expectation: "
                                                                     "give at least SW1 SW2, e.g. 90 00" }
                                                    << QStringList { "1:0084000008" };
    QTest::newRow("expectation: '*' last") << "00 84 00 00 08\n< 90 00 *"
                                           << QStringList { "line 2, column 9: an expectation ends with SW1 "
                                                            "SW2, e.g. 90 00 or 6X XX" }
                                           << QStringList { "1:0084000008" };
    QTest::newRow("expectation: '*' in the middle")
        << "00 B0 00 00 04\n< 00 * 02 90 00"
        << QStringList { "line 2, column 6: '*' (any further data) may only come right before SW1 SW2" }
        << QStringList { "1:00B0000004" };
    QTest::newRow("expectation: '*' glued") << "00 B0 00 00 04\n< 00 *90 00"
                                            << QStringList { "line 2, column 6: '*' (any further data) must "
                                                             "stand alone" }
                                            << QStringList { "1:00B0000004" };
    QTest::newRow("expectation of an unreadable command")
        << "00 A4 0G 00\n< 90 00" << QStringList { "line 1, column 8: 'G' is not a hex digit" }
        << QStringList {};
    QTest::newRow("columns after a byte order mark")
        << QStringLiteral("\uFEFF00 A4 0G 00") << QStringList { "line 1, column 8: 'G' is not a hex digit" }
        << QStringList {};
    QTest::newRow("every problem is reported")
        << "00 A4 0G 00\nrest\n00 84 00 00 08\n< 9\n00 A4"
        << QStringList { "line 1, column 8: 'G' is not a hex digit",
               "line 2, column 1: 'rest' is not a command: write hex bytes, reset, exit, or '<' and an "
               "expected response",
               "line 4, column 3: odd number of digits in '9'",
               "line 5, column 6: 2 byte(s): a command APDU needs at least the 4 header bytes CLA INS P1 P2" }
        << QStringList { "3:0084000008" };
}

void TestScriptParser::badInput()
{
    QFETCH(QString, script);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, steps);
    const Script parsed = ScriptParser::parse(script);
    QVERIFY(!parsed.isValid());
    QCOMPARE(describe(parsed.errors), errors);
    QCOMPARE(describe(parsed), steps);
}

void TestScriptParser::uncheckedStructure()
{
    const QString script = QStringLiteral("00 A4 00 0C 05 3F 00\n< 67 00");
    QCOMPARE(ScriptParser::parse(script).errors.size(), 1);
    const Script unchecked = ScriptParser::parse(script, { .checkStructure = false });
    QVERIFY(unchecked.isValid());
    QCOMPARE(describe(unchecked), QStringList { "1:00A4000C053F00<67 00@2" });
    // The hex must still be readable.
    QCOMPARE(describe(ScriptParser::parse(QStringLiteral("00 A4 0"), { .checkStructure = false }).errors),
        QStringList { "line 1, column 7: odd number of hex digits in '0'" });
}

void TestScriptParser::exitStopsReading()
{
    // Unlike scriptor, which stops at any line containing "exit", even a comment, only the
    // word alone ends the script; nothing after it is read, not even bad lines.
    const Script parsed
        = ScriptParser::parse(u"00 84 00 00 08\n# exit is not here\n  EXIT  \n00 A4 0G\nreset"_qs);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.exitLine, 3);
    QCOMPARE(describe(parsed), QStringList { "1:0084000008" });
    QCOMPARE(ScriptParser::parse(u"reset"_qs).exitLine, 0);
}

void TestScriptParser::expectationMatching_data()
{
    QTest::addColumn<QString>("expectation");
    QTest::addColumn<QString>("response"); // data and SW
    QTest::addColumn<bool>("matches");

    QTest::newRow("SW equal") << "90 00"
                              << "9000" << true;
    QTest::newRow("SW differs") << "90 00"
                                << "6A82" << false;
    QTest::newRow("SW only: data not compared") << "90 00"
                                                << "01 02 03 90 00" << true;
    QTest::newRow("SW1 and any SW2") << "61 ??"
                                     << "611A" << true;
    QTest::newRow("SW1 and any SW2, other SW1") << "61 ??"
                                                << "6C1A" << false;
    QTest::newRow("nibble wildcards") << "6X XX"
                                      << "6A82" << true;
    QTest::newRow("nibble wildcards, 9000") << "6X XX"
                                            << "9000" << false;
    QTest::newRow("low nibble") << "63 Cx"
                                << "63C2" << true;
    QTest::newRow("low nibble differs") << "63 C?"
                                        << "6382" << false;
    QTest::newRow("exact data") << "01 02 90 00"
                                << "01 02 90 00" << true;
    QTest::newRow("exact data, one byte more") << "01 02 90 00"
                                               << "01 02 03 90 00" << false;
    QTest::newRow("exact data, one byte less") << "01 02 90 00"
                                               << "01 90 00" << false;
    QTest::newRow("exact data, none") << "01 02 90 00"
                                      << "90 00" << false;
    QTest::newRow("data with a wildcard byte") << "01 ?? 03 90 00"
                                               << "01 FF 03 90 00" << true;
    QTest::newRow("data prefix and the rest") << "6F * 90 00"
                                              << "6F 10 84 90 00" << true;
    QTest::newRow("data prefix and no rest") << "6F * 90 00"
                                             << "6F 90 00" << true;
    QTest::newRow("data prefix differs") << "6F * 90 00"
                                         << "62 10 90 00" << false;
    QTest::newRow("data prefix longer than the data") << "6F 10 * 90 00"
                                                      << "6F 90 00" << false;
    QTest::newRow("any data") << "* 90 00"
                              << "90 00" << true;
    QTest::newRow("alternatives, first") << "90 00 | 62 83"
                                         << "90 00" << true;
    QTest::newRow("alternatives, second") << "90 00|62 83"
                                          << "62 83" << true;
    QTest::newRow("alternatives, none") << "90 00 | 62 83"
                                        << "6A 82" << false;
    QTest::newRow("alternatives with data") << "01 90 00 | 02 * 90 00"
                                            << "02 03 90 00" << true;
}

void TestScriptParser::expectationMatching()
{
    QFETCH(QString, expectation);
    QFETCH(QString, response);
    QFETCH(bool, matches);
    const Script parsed = ScriptParser::parse("00 84 00 00 08\n< " + expectation);
    QCOMPARE(describe(parsed.errors), QStringList {});
    QVERIFY(parsed.steps.at(0).expectation);
    Bytes bytes = hex(qPrintable(response));
    const std::uint8_t sw2 = bytes.back();
    bytes.pop_back();
    const std::uint8_t sw1 = bytes.back();
    bytes.pop_back();
    QCOMPARE(parsed.steps.at(0).expectation->matches(bytes, sw1, sw2), matches);
}

void TestScriptParser::wildcardsAreMasks()
{
    const Script parsed = ScriptParser::parse(u"00 84 00 00 08\n< 0? * 6X xF"_qs);
    const ResponsePattern::Alternative &alternative = parsed.steps.at(0).expectation->alternatives().at(0);
    QCOMPARE(alternative.data.size(), 1u);
    QCOMPARE(alternative.data[0], (ResponsePattern::Byte { 0x00, 0xF0 }));
    QVERIFY(alternative.dataChecked);
    QVERIFY(alternative.moreData);
    QCOMPARE(alternative.sw1, (ResponsePattern::Byte { 0x60, 0xF0 }));
    QCOMPARE(alternative.sw2, (ResponsePattern::Byte { 0x0F, 0x0F }));
}

void TestScriptParser::errorToString()
{
    QCOMPARE((ScriptError { 3, 7, "'G' is not a hex digit" }).toString(),
        QStringLiteral("line 3, column 7: 'G' is not a hex digit"));
}

// Random text over the characters that matter: parsing always returns, every error points
// into the text, and every step kept is a readable APDU or a reset.
void TestScriptParser::arbitraryTextNeverBreaksTheParser()
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFabcdefXx?*<>|#\\ \t\n\r:,resetxiG\u00E9\uFEFF");
    QRandomGenerator random(20261125);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = int(random.bounded(80));
        for (int i = 0; i < length; ++i)
            text += alphabet.at(int(random.bounded(alphabet.size())));
        const Script parsed = ScriptParser::parse(text);
        const QStringList lines = text.split(u'\n');
        for (const ScriptError &error : parsed.errors) {
            QVERIFY2(error.line >= 1 && error.line <= lines.size(), qPrintable(text));
            QVERIFY2(
                error.column >= 1 && error.column <= lines.at(error.line - 1).size() + 1, qPrintable(text));
            QVERIFY(!error.message.isEmpty());
        }
        for (const ScriptStep &step : parsed.steps) {
            QVERIFY(step.line >= 1 && step.lastLine >= step.line && step.lastLine <= lines.size());
            if (step.kind == ScriptStep::Kind::Command)
                QVERIFY2(step.apdu.size() >= 4, qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestScriptParser)
#include "tst_scriptparser.moc"
