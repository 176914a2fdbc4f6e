#include "clirunner.h"

#include "cardscope_cli_path.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

QStringList CliRun::outLines() const
{
    return out.split('\n', Qt::SkipEmptyParts);
}

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> objects;
    for (const QString &line : outLines()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not a JSON object line: %s", qPrintable(line));
            return {};
        }
        objects << document.object();
    }
    return objects;
}

CliRun runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(CARDSCOPE_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("cardscope-cli did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
