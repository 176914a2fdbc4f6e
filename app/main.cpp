#include "mainwindow.h"
#include "version.h"

#include <QApplication>
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

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::fputs("cardscope: no display (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "Run it in a graphical session, under a virtual X server (xvfb-run -a cardscope),\n"
                   "or offscreen with QT_QPA_PLATFORM=offscreen. cardscope-cli works without a display.\n",
            stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CardScope"));
    QApplication::setOrganizationName(QStringLiteral("CardScope"));
    QApplication::setApplicationVersion(QStringLiteral(CARDSCOPE_VERSION));

    MainWindow window;
    FirstPaintExit firstPaintExit;
    if (qEnvironmentVariableIsSet("CARDSCOPE_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&firstPaintExit);
    window.show();
    return QApplication::exec();
}
