#pragma once

#include <QString>
#include <QStringList>

namespace cardscope::bench {

// A GitHub Markdown table; the first column left-aligned, the others (figures) right-aligned.
class MarkdownTable
{
public:
    explicit MarkdownTable(QStringList header);
    void addRow(QStringList cells);
    QString text() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

// Writes to stdout as it is: stdout carries the Markdown section and nothing else.
void printMarkdown(const QString &text);

} // namespace cardscope::bench
