#pragma once

#include "eventlog.h"
#include "subprocess.h"

#include <thread>

namespace cardscope::bench {

// pyscard's CardMonitor in /usr/bin/python3, its events read from its output by a thread.
class PyscardMonitor
{
public:
    explicit PyscardMonitor(EventLog &log)
        : m_log(log)
    { }
    ~PyscardMonitor();
    // Starts pyscard_monitor.py and waits for its "ready"; false when it does not come.
    bool start();
    // utime + stime of the process so far, in seconds (10 ms ticks).
    double cpuSeconds() const;

private:
    EventLog &m_log;
    Subprocess m_process;
    std::thread m_reader;
};

} // namespace cardscope::bench
