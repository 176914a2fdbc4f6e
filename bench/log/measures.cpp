#include "measures.h"

#include "interleaved.h"
#include "log/sessionexporter.h"
#include "log/sessionlogfilter.h"
#include "markdowntable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <random>
#include <stdexcept>

namespace cardscope::bench::log {

const QString SessionLogName = QStringLiteral("SessionLog");
const QString VectorName = QStringLiteral("std::vector<LogEntry>");
const QString TextRowsName = QStringLiteral("QList<QStringList> of formatted rows");

RoundFigures once(qint64 wallNs, qint64 cpuNs, double operations)
{
    RoundFigures figures;
    figures.medianUs = double(wallNs) / 1e3 / operations;
    figures.cpuUs = double(cpuNs) / 1e3 / operations;
    figures.perSecond = wallNs > 0 ? operations * 1e9 / double(wallNs) : 0;
    return figures;
}

namespace {

using smartcard::SessionExporter;
using smartcard::SessionLogFilter;
using Rows = std::vector<SessionLog::Index>;

volatile std::size_t g_sink = 0; // results the optimizer must not drop

SessionLogFilter filterFor(const Criterion &criterion)
{
    SessionLogFilter filter;
    filter.setReader(criterion.reader);
    if (filter.setSwPatterns(criterion.sw) || filter.setIns(criterion.ins))
        throw std::runtime_error("bad criterion");
    filter.setText(criterion.text);
    return filter;
}

// The naive export: a QJsonObject per entry through QJsonDocument.
qint64 naiveJsonExport(const std::vector<LogEntry> &entries, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    for (const LogEntry &e : entries) {
        QJsonObject object { { "time", double(e.timeNs) }, { "reader", e.reader },
            { "command",
                QString::fromLatin1(
                    QByteArray(reinterpret_cast<const char *>(e.command.data()), qsizetype(e.command.size()))
                        .toHex()) },
            { "response",
                QString::fromLatin1(QByteArray(
                    reinterpret_cast<const char *>(e.response.data()), qsizetype(e.response.size()))
                                        .toHex()) },
            { "sw", e.sw }, { "duration_ns", double(e.durationNs) }, { "masked", e.has(LogEntry::Masked) } };
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    return file.size();
}

} // namespace

QString filterSection(const Containers &c, int rounds, double *worstMs)
{
    MarkdownTable table({ QStringLiteral("filter"), QStringLiteral("matches"),
        QStringLiteral("SessionLog, wall (ms)"), QStringLiteral("SessionLog, CPU (ms)"),
        QStringLiteral("std::vector<LogEntry>, CPU (ms)"), QStringLiteral("÷ SessionLog"),
        QStringLiteral("formatted rows, CPU (ms)"), QStringLiteral("÷ SessionLog") });
    *worstMs = 0;
    for (const Criterion &criterion : criteria()) {
        std::size_t matches = 0;
        auto check = [&](std::size_t found) {
            if (matches != 0 && found != matches)
                throw std::runtime_error("filters disagree on " + criterion.name.toStdString());
            matches = found;
        };
        const SessionLogFilter filter = filterFor(criterion);
        const std::vector<Contender> contenders {
            { SessionLogName,
                [&](int) {
                    Rows rows;
                    const auto figures = timed([&] { rows = filter.filter(c.log); });
                    check(rows.size());
                    return figures;
                } },
            { VectorName,
                [&](int) {
                    Rows rows;
                    const auto figures = timed([&] { naiveFilter(c.entries, criterion, rows); });
                    check(rows.size());
                    return figures;
                } },
            { TextRowsName,
                [&](int) {
                    Rows rows;
                    const auto figures = timed([&] { naiveFilter(c.rows, criterion, rows); });
                    check(rows.size());
                    return figures;
                } },
        };
        const auto r
            = runInterleaved(contenders, { rounds, 1, 0 }, QStringLiteral("filter ") + criterion.name);
        const double base = r[0].medians.cpuUs;
        *worstMs = std::max(*worstMs, base / 1e3);
        table.addRow({ criterion.name, formatRate(double(matches)), formatMs(r[0].medians.medianUs),
            formatMs(base), formatMs(r[1].medians.cpuUs), formatRatio(r[1].medians.cpuUs / base),
            formatMs(r[2].medians.cpuUs), formatRatio(r[2].medians.cpuUs / base) });
    }
    return QStringLiteral(
        "\n### Filtering\n\nEach filter over all %1 entries, building the vector of matching "
        "indexes a view shows (`SessionLogFilter::filter()`; the naive versions loop over "
        "their container with the same criteria, the formatted rows by comparing text).\n\n%2")
        .arg(c.log.size())
        .arg(table.text());
}

QString scrollSection(const Containers &c, int rounds, int pages)
{
    constexpr int PageRows = 40;
    std::mt19937 random(7);
    std::vector<SessionLog::Index> starts(std::size_t(pages), 0);
    for (auto &start : starts)
        start = SessionLog::Index(random() % (c.log.size() - PageRows));
    auto pageLoop = [&](auto formatRow) {
        return timed(
            [&] {
                std::size_t length = 0;
                for (const SessionLog::Index start : starts) {
                    for (SessionLog::Index row = start; row < start + PageRows; ++row)
                        length += formatRow(row);
                }
                g_sink = g_sink + length;
            },
            pages);
    };
    auto total = [](const RowText &text) {
        std::size_t length = 0;
        for (const QString &cell : text)
            length += std::size_t(cell.size());
        return length;
    };
    const std::vector<Contender> contenders {
        { SessionLogName,
            [&](int) { return pageLoop([&](SessionLog::Index i) { return total(rowText(c.log, i)); }); } },
        { VectorName,
            [&](int) {
                return pageLoop([&](SessionLog::Index i) { return total(rowText(c.entries[i])); });
            } },
        { TextRowsName,
            [&](int) {
                return pageLoop([&](SessionLog::Index i) {
                    std::size_t length = 0;
                    for (const QString &cell : c.rows[qsizetype(i)]) {
                        const QString copy = cell; // what data() returns
                        length += std::size_t(copy.size());
                    }
                    return length;
                });
            } },
    };
    const auto r = runInterleaved(contenders, { rounds, 1, 0 }, QStringLiteral("scroll"));
    MarkdownTable table({ QStringLiteral("container"), QStringLiteral("CPU µs per page of 40 rows"),
        QStringLiteral("÷ SessionLog"), QStringLiteral("wall µs per page") });
    for (const ContenderResult &result : r)
        table.addRow({ result.name, formatUs(result.medians.cpuUs),
            formatRatio(result.medians.cpuUs / r[0].medians.cpuUs), formatUs(result.medians.medianUs) });
    return QStringLiteral(
        "\n### Scrolling\n\n%1 random pages of %2 rows per round; each row's six cells (time, "
        "reader, command, response, SW, duration) made as a table model's `data()` would "
        "(the formatted rows only copy theirs: they paid at append).\n\n%3")
        .arg(pages)
        .arg(PageRows)
        .arg(table.text());
}

QString exportSection(const Containers &c, int rounds, double *exportSeconds)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.jsonl"));
    qint64 size = 0;
    const std::vector<Contender> contenders {
        { QStringLiteral("SessionExporter, JSON Lines (`JsonLinesWriter`)"),
            [&](int) {
                SessionExporter::Result result;
                const auto figures = timed([&] {
                    result = SessionExporter::exportLog(
                        c.log, nullptr, path, smartcard::SessionFileFormat::JsonLines, {});
                });
                if (!result.ok || result.entries != qint64(c.log.size()))
                    throw std::runtime_error("export failed: " + result.error.toStdString());
                size = result.bytes;
                QFile::remove(path);
                return figures;
            } },
        { QStringLiteral("QJsonDocument per entry from std::vector<LogEntry> (naive)"),
            [&](int) {
                const auto figures = timed([&] { naiveJsonExport(c.entries, path); });
                QFile::remove(path);
                return figures;
            } },
    };
    const auto r = runInterleaved(contenders, { rounds, 1, 0 }, QStringLiteral("export"));
    *exportSeconds = r[0].medians.cpuUs / 1e6;
    MarkdownTable table(
        { QStringLiteral("exporter"), QStringLiteral("CPU seconds"), QStringLiteral("entries per CPU second"),
            QStringLiteral("÷ SessionExporter"), QStringLiteral("wall seconds") });
    for (const ContenderResult &result : r)
        table.addRow({ result.name, QString::number(result.medians.cpuUs / 1e6, 'f', 2),
            formatRate(double(c.log.size()) / (result.medians.cpuUs / 1e6)),
            formatRatio(result.medians.cpuUs / r[0].medians.cpuUs),
            QString::number(result.medians.medianUs / 1e6, 'f', 2) });
    return QStringLiteral(
        "\n### JSON Lines export\n\nAll %1 entries to a file on the temporary folder's disk "
        "(%2 per entry), masked secrets zeroed; the naive exporter writes fewer fields.\n\n%3")
        .arg(c.log.size())
        .arg(QStringLiteral("%1 bytes").arg(double(size) / double(c.log.size()), 0, 'f', 1))
        .arg(table.text());
}

} // namespace cardscope::bench::log
