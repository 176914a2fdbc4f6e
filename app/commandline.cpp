#include "commandline.h"

#include "version.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Watch PC/SC readers and cards, read ATRs, exchange APDUs. Without a reader, "
           "scripts/run starts a private pcscd with emulated cards."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption reader(QStringLiteral("reader"),
        tr("Select the reader NAME at start, as soon as it is listed (the name as PC/SC lists "
           "it, see cardscope-cli list)."),
        tr("NAME"));
    parser.addOption(reader);

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.m_action = Action::Error;
        result.m_output = tr("cardscope: %1\nTry 'cardscope --help'.").arg(parser.errorText());
    } else if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        result.m_action = Action::Help;
        result.m_output = helpText(parser, arguments.value(0));
    } else if (parser.isSet(version)) {
        result.m_action = Action::Version;
        result.m_output = versionText();
    } else if (!parser.positionalArguments().isEmpty()) {
        result.m_action = Action::Error;
        result.m_output = tr("cardscope: unexpected argument '%1'\nTry 'cardscope --help'.")
                              .arg(parser.positionalArguments().constFirst());
    } else if (parser.isSet(reader) && parser.value(reader).trimmed().isEmpty()) {
        result.m_action = Action::Error;
        result.m_output = tr("cardscope: --reader needs a reader name\nTry 'cardscope --help'.");
    } else {
        result.m_reader = parser.value(reader);
    }
    return result;
}

QString CommandLine::helpText(const QCommandLineParser &parser, const QString &program)
{
    // Qt names the program by the application's first argument, or "<executable_name>"
    // before there is an application: the usage line names it by its file name instead.
    QString text = parser.helpText();
    const QString shown = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                       : QStringLiteral("<executable_name>");
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype at = shown.isEmpty() ? -1 : text.indexOf(shown);
    if (at >= 0 && at < lineEnd)
        text.replace(at, shown.size(), QFileInfo(program).fileName());
    return text;
}

QString CommandLine::versionText()
{
    return tr("CardScope %1 (Qt %2, built against pcsc-lite %3)")
        .arg(QStringLiteral(CARDSCOPE_VERSION), QString::fromLatin1(qVersion()),
            QStringLiteral(CARDSCOPE_PCSCLITE_VERSION));
}

int CommandLine::finish() const
{
    std::FILE *stream = m_action == Action::Error ? stderr : stdout;
    QByteArray text = m_output.toLocal8Bit();
    if (!text.endsWith('\n'))
        text += '\n';
    std::fputs(text.constData(), stream);
    return exitCode();
}
