// Qt's floor for bench_startup: an empty QMainWindow of CardScope's size, with the same hook
// as app/main.cpp (CARDSCOPE_EXIT_AFTER_FIRST_PAINT): prints "first-paint <CLOCK_MONOTONIC ns>"
// at its first paint event and quits.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <time.h>

#include <cstdio>

namespace {

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
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("floor"));
    window.resize(900, 560);
    FirstPaintExit firstPaintExit;
    if (qEnvironmentVariableIsSet("CARDSCOPE_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&firstPaintExit);
    window.show();
    return QApplication::exec();
}
