// SmartcardList on arbitrary text: parsing never crashes, problems carry real line numbers,
// a literal pattern matches its own ATR, and identify() lists exactly the matched entries' lines.
#include "atr/smartcardlist.h"
#include "fuzzcheck.h"

#include <cstdlib>

using fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    smartcard::SmartcardList list;
    list.parse(text, QStringLiteral("fuzz"));
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    for (const smartcard::SmartcardList::Problem &problem : list.problems())
        check(problem.line >= 1 && problem.line <= lines);
    int previousLine = 0;
    for (const smartcard::SmartcardList::Entry &entry : list.entries()) {
        check(entry.pattern.isValid() && entry.line > previousLine && entry.line <= lines);
        previousLine = entry.line;
        if (entry.pattern.isLiteral())
            check(entry.pattern.matches(*entry.pattern.literalBytes()));
    }
    const smartcard::Bytes probes[] = {
        { 0x3B, 0x02, 0x14, 0x50 },
        { 0x3B, 0x88, 0x80, 0x01, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0xEE },
        smartcard::Bytes(data, data + std::min<std::size_t>(size, 33)),
    };
    for (const smartcard::Bytes &atr : probes) {
        QStringList expected;
        for (const smartcard::SmartcardList::Entry *entry : list.match(atr))
            expected << entry->descriptions;
        check(list.identify(atr) == expected);
    }
    return 0;
}
