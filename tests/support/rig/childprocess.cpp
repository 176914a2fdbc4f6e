#include "childprocess.h"

#include <QFile>
#include <QProcess>

#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>

namespace cardscope::testing::childprocess {

void dieWithParent(QProcess &process)
{
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        // Only async-signal-safe calls here: this runs between fork and exec.
        sigset_t none;
        ::sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The parent may have died before prctl: then nobody would send the signal.
        if (::getppid() != parent)
            ::_exit(127);
    });
}

bool stop(QProcess &process, int graceMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    if (graceMs > 0) {
        process.terminate();
        if (process.waitForFinished(graceMs))
            return true;
    }
    process.kill();
    return process.waitForFinished(5000);
}

QString logTail(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > maxBytes)
        file.seek(file.size() - maxBytes);
    return QString::fromLocal8Bit(file.readAll()).trimmed();
}

bool isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // "pid (comm) S ...": the state letter follows the last ')'; Z is a zombie, X dead.
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0 || close + 2 >= text.size())
        return false;
    const char state = text.at(close + 2);
    return state != 'Z' && state != 'X';
}

} // namespace cardscope::testing::childprocess
