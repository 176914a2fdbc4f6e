#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// cardscope's command line (QCommandLineParser): --help, --version, --reader NAME. Parsing
// does not need an application object, so that --help and --version also answer without a
// display; what to print and the exit status are returned, nothing exits here.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { Run, Help, Version, Error };

    // `arguments` as main() has them, the program first.
    static CommandLine parse(const QStringList &arguments);

    Action action() const { return m_action; }
    // The reader to select at start (--reader), empty when not given.
    QString reader() const { return m_reader; }
    // What to print for Help, Version (stdout) and Error (stderr).
    QString output() const { return m_output; }
    // 0 for Help and Version, 1 for Error (usage errors).
    int exitCode() const { return m_action == Action::Error ? 1 : 0; }
    // Prints output() where it belongs and returns exitCode(); for every action but Run.
    int finish() const;

    static QString versionText();

private:
    static QString helpText(const QCommandLineParser &parser, const QString &program);

    Action m_action = Action::Run;
    QString m_reader;
    QString m_output;
};
