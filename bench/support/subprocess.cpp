#include "subprocess.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <string>
#include <vector>

extern char **environ;

namespace cardscope::bench {
namespace {

std::vector<std::string> environmentWith(const QStringList &extra)
{
    std::vector<std::string> entries;
    for (char **entry = environ; *entry; ++entry) {
        const std::string text(*entry);
        const std::string name = text.substr(0, text.find('=') + 1);
        const bool replaced = std::any_of(extra.begin(), extra.end(),
            [&](const QString &e) { return e.toStdString().rfind(name, 0) == 0; });
        if (!replaced)
            entries.push_back(text);
    }
    for (const QString &e : extra)
        entries.push_back(e.toStdString());
    return entries;
}

std::vector<char *> pointers(std::vector<std::string> &strings)
{
    std::vector<char *> result;
    for (std::string &s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

} // namespace

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

Subprocess::~Subprocess()
{
    if (m_pid > 0)
        wait();
}

bool Subprocess::start(const QStringList &arguments, const QStringList &extraEnvironment, bool withInput)
{
    int outputPipe[2];
    int inputPipe[2] = { -1, -1 };
    if (pipe2(outputPipe, O_CLOEXEC) != 0)
        return false;
    if (withInput && pipe2(inputPipe, O_CLOEXEC) != 0) {
        close(outputPipe[0]);
        close(outputPipe[1]);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (withInput)
        posix_spawn_file_actions_adddup2(&actions, inputPipe[0], STDIN_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, outputPipe[1], STDOUT_FILENO);

    std::vector<std::string> argumentStrings;
    for (const QString &argument : arguments)
        argumentStrings.push_back(argument.toStdString());
    std::vector<std::string> environmentStrings = environmentWith(extraEnvironment);
    std::vector<char *> argv = pointers(argumentStrings);
    std::vector<char *> envp = pointers(environmentStrings);

    m_exit = {};
    m_exit.startNs = monotonicNs();
    const int rc = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(outputPipe[1]);
    if (withInput)
        close(inputPipe[0]);
    if (rc != 0) {
        m_pid = -1;
        close(outputPipe[0]);
        if (withInput)
            close(inputPipe[1]);
        return false;
    }
    m_output = fdopen(outputPipe[0], "r");
    m_input = inputPipe[1];
    return true;
}

bool Subprocess::writeLine(const QByteArray &line)
{
    const QByteArray data = line + '\n';
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = write(m_input, data.constData() + written, std::size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

std::optional<QByteArray> Subprocess::readLine()
{
    if (!m_output)
        return std::nullopt;
    QByteArray line;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, m_output)) {
        line += buffer;
        if (line.endsWith('\n')) {
            line.chop(1);
            return line;
        }
    }
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

QByteArray Subprocess::readAll()
{
    QByteArray all;
    char buffer[8192];
    std::size_t n = 0;
    while (m_output && (n = std::fread(buffer, 1, sizeof buffer, m_output)) > 0)
        all.append(buffer, qsizetype(n));
    return all;
}

ExitInfo Subprocess::wait()
{
    if (m_input >= 0) {
        close(m_input);
        m_input = -1;
    }
    if (m_pid > 0) {
        int status = 0;
        rusage usage {};
        pid_t reaped = 0;
        do {
            reaped = wait4(m_pid, &status, 0, &usage);
        } while (reaped < 0 && errno == EINTR);
        m_exit.wallNs = monotonicNs() - m_exit.startNs;
        m_exit.normalExit = reaped == m_pid && WIFEXITED(status);
        m_exit.code = m_exit.normalExit ? WEXITSTATUS(status) : -1;
        m_exit.peakKb = double(usage.ru_maxrss);
        m_pid = -1;
    }
    if (m_output) {
        std::fclose(m_output);
        m_output = nullptr;
    }
    return m_exit;
}

RunResult runToEnd(const QStringList &arguments, const QStringList &extraEnvironment)
{
    Subprocess process;
    RunResult result;
    if (!process.start(arguments, extraEnvironment))
        return result;
    result.output = process.readAll();
    result.exit = process.wait();
    return result;
}

} // namespace cardscope::bench
