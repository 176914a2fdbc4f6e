#pragma once

#include <QDeadlineTimer>
#include <QString>

class QProcess;

namespace cardscope::testing {

// Helpers for the rig's child processes (pcscd, emulated cards). Every child is a direct
// child of the test and is waited for by PID: an orphan can look alive for seconds.
namespace childprocess {

// Makes the child get SIGKILL when the thread that started it dies, so a crashed test
// leaves no pcscd or card behind, and clears the signal mask the child would inherit
// (cardscope-rig blocks SIGINT/SIGTERM to read them from a signalfd). Call before start();
// the process must be started from a thread that lives as long as the process should.
void dieWithParent(QProcess &process);

// SIGTERM (when graceMs > 0), wait up to graceMs, then SIGKILL and wait. True once reaped.
bool stop(QProcess &process, int graceMs);

// The last maxBytes of a log file, for error texts.
QString logTail(const QString &path, qint64 maxBytes = 2000);

// Whether a process with that PID still exists and is not a zombie (from /proc).
bool isAlive(qint64 pid);

} // namespace childprocess
} // namespace cardscope::testing
