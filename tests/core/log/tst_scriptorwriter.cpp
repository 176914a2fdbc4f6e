// ScriptorWriter: the transcript a reader of scriptor's output expects, line by line;
// connects and other events as comments, reset as a command, masked commands commented
// out with "**", multi-line notes that cannot escape their comment.
#include "log/scriptorwriter.h"
#include "sampleentries.h"
#include "script/scriptparser.h"
#include "sw/statuswordexplainer.h"

#include <QTest>

using namespace smartcard;

class tst_ScriptorWriter : public QObject
{
    Q_OBJECT

private slots:
    void session();
    void unmasked();
    void replaysAsCardScopeScript();
};

void tst_ScriptorWriter::session()
{
    ScriptorWriter writer({ true, 1'764'042'175'123'456'789, QStringLiteral("CardScope 9.9") });
    QByteArray out;
    writer.writeHeader(out);
    for (const LogEntry &entry : sample::session())
        writer.writeEntry(entry, out);
    const QByteArray expected
        = QByteArray("# CardScope session, 2025-11-25T03:42:55.123456789Z, CardScope 9.9, secrets masked\n"
                     "# reader: Lecteur « été » 日本 01\n"
                     "# connect T0\n"
                     "# ATR: 3B 02 14 50\n"
                     "# reader: Virtual PCD 00 00\n"
                     "> 00 A4 04 00 07 A0 00 00 00 03 10 10\n"
                     "< 6F 10 84 07 A0 00 00 00 03 10 10 A5 05 50 03 56 49 53 90 00  # ")
        + "SWTEXT9000\n"
          "> 00 B0 00 00 00\n"
          "< 61 10  # SWTEXT6110\n"
          "# sent by CardScope itself for exchange 2 (GET RESPONSE or Le correction)\n"
          "> 00 C0 00 00 10\n"
          "< 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 10 90 00  # SWTEXT9000\n"
          "# > 00 20 00 81 08 ** ** ** ** ** ** ** **  (masked: secret not exported, not replayable)\n"
          "# < 63 C2  # SWTEXT63C2\n"
          "# note: CPLC absent, see \"ticket\" #12,\n"
          "# second line\n"
          "> 80 CA 9F 7F 00\n"
          "< 6A 88  # SWTEXT6A88\n"
          "> 00 B0 00 00 10\n"
          "# failed: SCARD_W_REMOVED_CARD (0x80100069): The smart card has been removed, \"so\" further "
          "communication is not possible.\n"
          "# reader: Lecteur « été » 日本 01\n"
          "# control 0x42000d48: FF 00 00 00 02 01 02 -> 90 00\n"
          "# reconnect (reset)\n"
          "# ATR: 3B 02 14 50\n"
          "reset\n"
          "# disconnect (unpower)\n";
    QByteArray withTexts = expected;
    for (const char *sw : { "9000", "6110", "63C2", "6A88" }) {
        const auto value = std::uint16_t(QByteArray(sw).toUInt(nullptr, 16));
        withTexts.replace(QByteArray("SWTEXT") + sw, StatusWordExplainer::explain(value).text().toUtf8());
    }
    QCOMPARE(out, withTexts);
    QVERIFY(!out.contains("31 32 33 34"));
}

void tst_ScriptorWriter::unmasked()
{
    ScriptorWriter writer({ false, 0, {} });
    QByteArray out;
    writer.writeHeader(out);
    writer.writeEntry(sample::verify(), out);
    QVERIFY(out.startsWith("# CardScope session, 1970-01-01T00:00:00.000000000Z, CardScope "));
    QVERIFY(out.contains(", secrets NOT masked\n"));
    QVERIFY(out.contains("\n> 00 20 00 81 08 31 32 33 34 FF FF FF FF\n< 63 C2  # "));
}

void tst_ScriptorWriter::replaysAsCardScopeScript()
{
    // CardScope's script runner reads the transcript back: the commands in order (the masked
    // one left out), the reset, and each response as the command's expectation.
    ScriptorWriter writer;
    QByteArray out;
    writer.writeHeader(out);
    const QList<LogEntry> entries = sample::session();
    for (const LogEntry &entry : entries)
        writer.writeEntry(entry, out);
    const Script script = ScriptParser::parse(QString::fromUtf8(out), { false });
    QVERIFY2(script.isValid(), qPrintable(script.errors.value(0).toString()));
    QList<Bytes> commands;
    int resets = 0;
    for (const ScriptStep &step : script.steps) {
        if (step.kind == ScriptStep::Kind::Reset)
            ++resets;
        else
            commands << step.apdu;
    }
    QCOMPARE(resets, 1);
    QCOMPARE(commands,
        (QList<Bytes> { entries[1].command, entries[2].command, entries[3].command, entries[5].command,
            entries[6].command }));
    QVERIFY(script.steps[0].expectation.has_value());
    QVERIFY(!script.steps[4].expectation.has_value()); // the failed exchange had no response
}

QTEST_GUILESS_MAIN(tst_ScriptorWriter)
#include "tst_scriptorwriter.moc"
