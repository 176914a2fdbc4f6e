#pragma once

#include <QByteArray>
#include <QStringList>

#include <sys/types.h>

#include <cstdio>
#include <optional>

namespace cardscope::bench {

struct ExitInfo
{
    bool normalExit = false; // exited (not killed by a signal)
    int code = -1;
    qint64 startNs = 0; // steady_clock (CLOCK_MONOTONIC) just before the spawn
    qint64 wallNs = 0; // spawn to reaped
    // The child's ru_maxrss from wait4(). Beware: posix_spawn() shares this process's address
    // space until exec, and Linux carries that high-water mark into the child's figure.
    double peakKb = 0;
    bool succeeded() const { return normalExit && code == 0; }
};

// A child process with its standard output (and optionally input) on pipes; standard error
// is shared with the benchmark (progress). posix_spawn + wait4 rather than QProcess: the
// child's own rusage (peak memory) is only known to the one that reaps it.
class Subprocess
{
public:
    Subprocess() = default;
    ~Subprocess(); // closes the input, then waits (a child that reads input ends on EOF)
    Subprocess(const Subprocess &) = delete;
    Subprocess &operator=(const Subprocess &) = delete;

    // arguments[0] is the program's path. extraEnvironment holds NAME=value entries added to
    // (or replacing) this process's environment. Without withInput, stdin is /dev/null.
    bool start(
        const QStringList &arguments, const QStringList &extraEnvironment = {}, bool withInput = false);
    bool writeLine(const QByteArray &line);
    // Blocks; nullopt at end of output. The line is returned without its newline.
    std::optional<QByteArray> readLine();
    QByteArray readAll();
    // Closes the input and waits for the child.
    ExitInfo wait();
    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    int m_input = -1;
    std::FILE *m_output = nullptr;
    ExitInfo m_exit;
};

struct RunResult
{
    ExitInfo exit;
    QByteArray output;
};

// Starts, reads all output and waits: one whole run of a program.
RunResult runToEnd(const QStringList &arguments, const QStringList &extraEnvironment = {});

qint64 monotonicNs(); // CLOCK_MONOTONIC, the clock of std::chrono::steady_clock

} // namespace cardscope::bench
