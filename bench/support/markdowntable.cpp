#include "markdowntable.h"

#include <cstdio>

namespace cardscope::bench {

MarkdownTable::MarkdownTable(QStringList header)
    : m_header(std::move(header))
{ }

void MarkdownTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

QString MarkdownTable::text() const
{
    QString text = QStringLiteral("| ") + m_header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype column = 0; column < m_header.size(); ++column)
        text += column == 0 ? QStringLiteral(" --- |") : QStringLiteral(" ---: |");
    text += u'\n';
    for (const QStringList &row : m_rows)
        text += QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    return text;
}

void printMarkdown(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

} // namespace cardscope::bench
