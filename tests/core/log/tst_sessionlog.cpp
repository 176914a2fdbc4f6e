// SessionLog: every field of every kind comes back exactly, bytes sit where the accessors say,
// tables intern, annotations are sparse, and the memory figure is sane.
#include "log/sessionlog.h"
#include "testhex.h"

#include <QTest>

#include <limits>

using namespace smartcard;
using cardscope::testing::hex;

namespace {

// An entry with every field set to something other than its default.
LogEntry fullEntry(LogEntry::Kind kind, std::uint8_t flags)
{
    LogEntry entry;
    entry.kind = kind;
    entry.flags = flags;
    entry.timeNs = 1'764'042'175'123'456'789;
    entry.durationNs = 81'234;
    entry.reader = QStringLiteral("Virtual PCD 00 00");
    entry.atr = hex("3B 8A 80 01 80 31 80 73 B5 62 00 00 03");
    entry.protocol = 2;
    entry.command = hex("00 20 00 81 08 31 32 33 34 FF FF FF FF");
    entry.response = hex("01 02 03");
    entry.sw = 0x63C2;
    entry.exchangeId = 17;
    entry.originId = 16;
    entry.code = 0x42000D48;
    entry.disposition = pcsc::Disposition::UnpowerCard;
    entry.errorCode = 0x80100069;
    entry.errorMessage = QStringLiteral("The smart card has been removed");
    entry.maskOffset = 5;
    entry.maskLength = 8;
    entry.annotation = QStringLiteral("PIN try");
    return entry;
}

} // namespace

class TestSessionLog : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void defaultEntry();
    void bigValues();
    void emptyData();
    void bytesAreContiguous();
    void apduLargerThanABlock();
    void interning();
    void annotations();
    void kindNames();
    void clearAndOverhead();
};

void TestSessionLog::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("flags");
    const std::vector<std::uint8_t> flagSets { 0, LogEntry::Failed, LogEntry::HasResponse, LogEntry::Masked,
        LogEntry::Imported, LogEntry::Failed | LogEntry::Masked | LogEntry::Imported,
        LogEntry::HasResponse | LogEntry::Masked | LogEntry::Imported, 0xFF };
    for (int kind = 0; kind <= int(LogEntry::Kind::Atr); ++kind) {
        for (const std::uint8_t flags : flagSets) {
            QTest::addRow("%s, flags %02x", LogEntry::kindName(LogEntry::Kind(kind)), flags)
                << kind << int(flags);
        }
    }
}

void TestSessionLog::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(int, flags);
    SessionLog log;
    const LogEntry first = fullEntry(LogEntry::Kind::Exchange, 0);
    const LogEntry entry = fullEntry(LogEntry::Kind(kind), std::uint8_t(flags));
    QCOMPARE(log.append(first), 0u);
    QCOMPARE(log.append(entry), 1u);
    QCOMPARE(log.size(), 2u);
    QCOMPARE(log.entry(1), entry);
    QCOMPARE(log.entry(0), first);
    // The cheap accessors agree with the entry.
    QCOMPARE(log.kind(1), entry.kind);
    QCOMPARE(log.flags(1), entry.flags);
    QCOMPARE(log.timeNs(1), entry.timeNs);
    QCOMPARE(log.durationNs(1), entry.durationNs);
    QCOMPARE(log.sw(1), entry.sw);
    QCOMPARE(Bytes(log.command(1).begin(), log.command(1).end()), entry.command);
    QCOMPARE(Bytes(log.response(1).begin(), log.response(1).end()), entry.response);
    QCOMPARE(Bytes(log.atr(1).begin(), log.atr(1).end()), entry.atr);
    QCOMPARE(log.exchangeId(1), entry.exchangeId);
    QCOMPARE(log.originId(1), entry.originId);
    QCOMPARE(log.protocol(1), entry.protocol);
    QCOMPARE(log.code(1), entry.code);
    QCOMPARE(log.maskOffset(1), entry.maskOffset);
    QCOMPARE(log.maskLength(1), entry.maskLength);
    QCOMPARE(log.errorCode(1), entry.errorCode);
    QCOMPARE(log.readers().at(int(log.readerId(1))), entry.reader);
    QCOMPARE(log.errorMessages().at(int(log.errorId(1)) - 1), entry.errorMessage);
    QCOMPARE(log.annotation(1), entry.annotation);
}

void TestSessionLog::defaultEntry()
{
    SessionLog log;
    log.append(LogEntry {});
    QCOMPARE(log.entry(0), LogEntry {});
    QCOMPARE(log.errorId(0), 0u);
    QCOMPARE(log.errorCode(0), 0u);
    QVERIFY(log.errorMessages().isEmpty());
    QCOMPARE(log.readers(), QStringList { QString() });
    QVERIFY(log.annotations().empty());
    QCOMPARE(log.arenaBytes(), std::size_t(0));
}

void TestSessionLog::bigValues()
{
    LogEntry entry = fullEntry(LogEntry::Kind::Control, 0xFF);
    entry.timeNs = std::numeric_limits<qint64>::max();
    entry.durationNs = std::numeric_limits<qint64>::min();
    entry.protocol = 0xFFFFFFFF;
    entry.sw = 0xFFFF;
    entry.exchangeId = 0xFFFFFFFF;
    entry.originId = 0xFFFFFFFE;
    entry.code = 0xFFFFFFFF;
    entry.disposition = pcsc::Disposition::EjectCard;
    entry.errorCode = 0xFFFFFFFF;
    entry.maskOffset = 0xFFFF;
    entry.maskLength = 0xFFFF;
    entry.command = Bytes(65544, 0xA5); // the largest extended APDU and more
    entry.response = Bytes(65538, 0x5A);
    entry.atr = Bytes(33, 0x3B);
    SessionLog log;
    log.append(entry);
    QCOMPARE(log.entry(0), entry);
    QCOMPARE(log.arenaBytes(), entry.command.size() + entry.response.size());
}

void TestSessionLog::emptyData()
{
    SessionLog log;
    LogEntry noCommand = fullEntry(LogEntry::Kind::Exchange, LogEntry::Failed);
    noCommand.command.clear();
    noCommand.response.clear();
    LogEntry onlyResponse = fullEntry(LogEntry::Kind::Attrib, 0);
    onlyResponse.command.clear();
    LogEntry onlyCommand = fullEntry(LogEntry::Kind::Exchange, LogEntry::Failed);
    onlyCommand.response.clear();
    log.append(noCommand);
    log.append(onlyResponse);
    log.append(onlyCommand);
    QCOMPARE(log.entry(0), noCommand);
    QCOMPARE(log.entry(1), onlyResponse);
    QCOMPARE(log.entry(2), onlyCommand);
    QVERIFY(log.command(0).empty());
    QVERIFY(log.response(0).empty());
    QVERIFY(log.command(1).empty());
    QCOMPARE(log.response(1).size(), std::size_t(3));
    QVERIFY(log.response(2).empty());
}

// The response follows the command in the arena: one span covers an exchange.
void TestSessionLog::bytesAreContiguous()
{
    SessionLog log;
    LogEntry entry;
    entry.command = hex("00 84 00 00 08");
    entry.response = hex("11 22 33 44 55 66 77 88");
    log.append(entry);
    log.append(entry);
    QCOMPARE(log.command(1).data() + log.command(1).size(), log.response(1).data());
    QCOMPARE(Bytes(log.bytes(1).begin(), log.bytes(1).end()), hex("00 84 00 00 08 11 22 33 44 55 66 77 88"));
    QVERIFY(log.bytes(log.append(LogEntry {})).empty());
    QCOMPARE(log.arenaBytes(), std::size_t(26));
}

// Records whose bytes do not fit in what is left of a block start a new one; bigger than a
// block, they get a run of blocks. Every earlier span stays valid (nothing moves).
void TestSessionLog::apduLargerThanABlock()
{
    SessionLog log;
    LogEntry small;
    small.command = hex("00 B0 00 00 00");
    log.append(small);
    const std::uint8_t *firstBytes = log.command(0).data();
    LogEntry huge;
    huge.command = Bytes(SessionLog::ArenaBlockSize + 10, 0x11);
    huge.response = Bytes(SessionLog::ArenaBlockSize, 0x22);
    log.append(huge);
    log.append(small);
    LogEntry nearlyBlock;
    nearlyBlock.response = Bytes(SessionLog::ArenaBlockSize - 3, 0x33);
    log.append(nearlyBlock);
    log.append(small);
    QCOMPARE(log.command(0).data(), firstBytes);
    QCOMPARE(log.entry(0), small);
    QCOMPARE(log.entry(1), huge);
    QCOMPARE(log.entry(2), small);
    QCOMPARE(log.entry(3), nearlyBlock);
    QCOMPARE(log.entry(4), small);
}

void TestSessionLog::interning()
{
    SessionLog log;
    LogEntry a = fullEntry(LogEntry::Kind::Exchange, 0);
    a.reader = QStringLiteral("Reader A");
    LogEntry b = a;
    b.reader = QStringLiteral("Reader B");
    b.atr = hex("3B 02 14 50");
    LogEntry c = a;
    c.protocol = 1; // same reader and ATR, another protocol
    // Interleaved, more contexts than the recent cache holds, and back.
    const std::vector<LogEntry> order { a, b, a, c, b, c, a, a, b };
    for (const LogEntry &entry : order)
        log.append(entry);
    QCOMPARE(log.readers(), (QStringList { "Reader A", "Reader B" }));
    QCOMPARE(log.errorMessages().size(), 1);
    for (SessionLog::Index i = 0; i < log.size(); ++i)
        QCOMPARE(log.entry(i), order[i]);

    // Six more contexts push the first out of the fast path; lookups still find it.
    for (int i = 0; i < 6; ++i) {
        LogEntry other = a;
        other.reader = QStringLiteral("Reader %1").arg(i);
        other.errorCode = std::uint32_t(i); // same text, other code: another error
        log.append(other);
    }
    const auto index = log.append(a);
    QCOMPARE(log.entry(index), a);
    QCOMPARE(log.readerId(index), 0u);
    QCOMPARE(log.readers().size(), 8);
    QCOMPARE(log.errorMessages().size(), 7);
}

void TestSessionLog::annotations()
{
    SessionLog log;
    LogEntry annotated;
    annotated.annotation = QStringLiteral("from append");
    log.append(LogEntry {});
    log.append(annotated);
    log.append(LogEntry {});
    QCOMPARE(log.annotations().size(), std::size_t(1));
    log.setAnnotation(0, QStringLiteral("later"));
    log.setAnnotation(2, QStringLiteral("x"));
    log.setAnnotation(2, QString()); // removed
    log.setAnnotation(99, QStringLiteral("no such entry")); // ignored
    QCOMPARE(log.annotation(0), QStringLiteral("later"));
    QCOMPARE(log.annotation(1), QStringLiteral("from append"));
    QCOMPARE(log.annotation(2), QString());
    QCOMPARE(log.annotation(99), QString());
    QCOMPARE(log.annotations().size(), std::size_t(2));
    QCOMPARE(log.entry(0).annotation, QStringLiteral("later"));
}

void TestSessionLog::kindNames()
{
    for (int kind = 0; kind <= int(LogEntry::Kind::Atr); ++kind) {
        const char *name = LogEntry::kindName(LogEntry::Kind(kind));
        LogEntry::Kind back = LogEntry::Kind::Exchange;
        QVERIFY2(LogEntry::kindFromName(QString::fromLatin1(name), &back), name);
        QCOMPARE(int(back), kind);
    }
    QCOMPARE(LogEntry::kindName(LogEntry::Kind::Exchange), "exchange");
    QCOMPARE(LogEntry::kindName(LogEntry::Kind::Atr), "atr");
    LogEntry::Kind unchanged = LogEntry::Kind::Control;
    QVERIFY(!LogEntry::kindFromName(u"Exchange", &unchanged));
    QVERIFY(!LogEntry::kindFromName(u"", &unchanged));
    QCOMPARE(unchanged, LogEntry::Kind::Control);
}

void TestSessionLog::clearAndOverhead()
{
    SessionLog log;
    LogEntry entry;
    entry.reader = QStringLiteral("Reader");
    entry.command = hex("00 84 00 00 08");
    entry.response = hex("11 22 33 44 55 66 77 88");
    constexpr int count = 100'000;
    log.reserve(count, count * 13);
    for (int i = 0; i < count; ++i) {
        entry.exchangeId = std::uint32_t(i);
        log.append(entry);
    }
    QCOMPARE(log.arenaBytes(), std::size_t(count) * 13);
    // 64-byte records, a few bytes of block slack each: well under the 100 B target.
    const double perRecord = double(log.overheadBytes()) / count;
    QVERIFY2(perRecord >= 64 && perRecord < 100, qPrintable(QString::number(perRecord)));
    QCOMPARE(log.entry(count - 1).exchangeId, std::uint32_t(count - 1));

    log.clear();
    QVERIFY(log.isEmpty());
    QCOMPARE(log.arenaBytes(), std::size_t(0));
    QVERIFY(log.readers().isEmpty());
    QVERIFY(log.overheadBytes() < 4096);
    log.append(entry);
    QCOMPARE(log.entry(0), entry);
}

QTEST_GUILESS_MAIN(TestSessionLog)
#include "tst_sessionlog.moc"
