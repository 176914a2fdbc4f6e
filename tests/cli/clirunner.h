#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Runs the built cardscope-cli with arguments and collects what it printed. `input` is
// written to its standard input, which is then closed (a verb reading values from stdin
// sees them, or an empty input). The child inherits this process's environment, so it
// talks to the test's private pcscd.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const;
    // Every stdout line parsed as a JSON object; a line that is not one fails the test.
    QList<QJsonObject> jsonLines() const;
};

CliRun runCli(const QStringList &arguments, const QByteArray &input = {});
