#include "commandline.h"
#include "icons/themedicons.h"
#include "mainwindow.h"
#include "translations.h"
#include "version.h"

#include <QApplication>
#include <QLocale>
#include <QTimer>

#include <time.h>

#include <cstdio>
#include <cstdlib>

namespace {

// Without a display Qt's xcb plugin aborts; say what to do instead.
bool hasDisplay()
{
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || std::getenv("QT_QPA_PLATFORM");
}

// For bench_startup (bench/README.md), only when CARDSCOPE_EXIT_AFTER_FIRST_PAINT is set:
// prints "first-paint <CLOCK_MONOTONIC ns>" at the window's first paint event, then quits.
class FirstPaintExit : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            timespec now {};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf(
                "first-paint %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("CardScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("CardScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDSCOPE_VERSION));
    if (!hasDisplay()) {
        // --help and --version answer without a display (untranslated: no application yet).
        if (const CommandLine commandLine = CommandLine::parse(rawArguments(argc, argv));
            commandLine.action() != CommandLine::Action::Run)
            return commandLine.finish();
        std::fputs("cardscope: no display (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "Run it in a graphical session, under a virtual X server (xvfb-run -a cardscope),\n"
                   "or offscreen with QT_QPA_PLATFORM=offscreen. cardscope-cli works without a display.\n",
            stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.cardscope.CardScope"));
    QApplication::setWindowIcon(ThemedIcons::applicationIcon());
    Translations::install(&app, QLocale::system());
    const CommandLine commandLine = CommandLine::parse(QApplication::arguments());
    if (commandLine.action() != CommandLine::Action::Run)
        return commandLine.finish();

    MainWindow window;
    if (!commandLine.reader().isEmpty())
        window.preselectReader(commandLine.reader());
    FirstPaintExit firstPaintExit;
    if (qEnvironmentVariableIsSet("CARDSCOPE_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&firstPaintExit);
    window.show();
    return QApplication::exec();
}
