// JsonLinesReader on arbitrary bytes: it must never crash; every issue names a line that was
// read; and every entry it accepts survives a write and a second read unchanged (the
// writer and the reader agree on everything the reader lets in).
#include "fuzzcheck.h"
#include "log/jsonlinesreader.h"
#include "log/jsonlineswriter.h"

#include <QBuffer>

#include <algorithm>
#include <cstdlib>

using fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);

    smartcard::SessionFileOptions options;
    options.maskSecrets = false; // write exactly what was read
    smartcard::JsonLinesWriter writer(options);
    qint64 entries = 0;
    const smartcard::JsonLinesReader::Result result
        = smartcard::JsonLinesReader::read(device, [&](smartcard::LogEntry &&entry) {
              ++entries;
              QByteArray line;
              writer.writeEntry(entry, line);
              check(line.endsWith('\n'));
              line.chop(1);
              smartcard::LogEntry again;
              QString reason;
              check(smartcard::JsonLinesReader::parseEntry(line, &again, &reason));
              again.set(smartcard::LogEntry::Imported);
              check(again == entry);
          });
    check(result.entries == entries);
    // An empty file is reported at line 1, though no line was read.
    const qint64 lastLine = std::max<qint64>(result.lines, 1);
    for (const smartcard::SessionFileIssue &issue : result.issues)
        check(issue.line >= 1 && issue.line <= lastLine && !issue.reason.isEmpty());
    return 0;
}
