#include "mainwindow.h"
#include "version.h"

#include <QApplication>

#include <cstdio>
#include <cstdlib>

namespace {

// Without a display Qt's xcb plugin aborts; say what to do instead.
bool hasDisplay()
{
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY") || std::getenv("QT_QPA_PLATFORM");
}

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
    window.show();
    return QApplication::exec();
}
