#pragma once

#include "figures.h"
#include "subprocess.h"

#include <QString>

namespace cardscope::bench {

// pyscard, driven from a benchmark: one /usr/bin/python3 process running pyscard_peer.py,
// connected to the reader for the whole run and asked for one round at a time, so that it
// takes its turn among the C++ contenders. Its figures are its own per-operation timings
// (time.perf_counter_ns around each call) and the wall time of its loop.
// $CARDSCOPE_BENCH_PYTHON replaces /usr/bin/python3 (the python3 first on PATH may not have
// pyscard).
class PyscardPeer
{
public:
    bool start(const QString &reader); // prints why on stderr when it fails
    // Throw std::runtime_error when pyscard reports an error.
    RoundFigures transmit(const QString &commandHex, int count);
    RoundFigures connectCycles(int count);
    RoundFigures freshConnectionCycles(int count);

    static QString python();
    static QString script();
    // One whole `pyscard_peer.py --list` process: readers and ATRs, like cardscope-cli list.
    static QStringList listCommand();
    static QString pyscardVersion();

private:
    RoundFigures request(const QString &line);
    Subprocess m_process;
};

} // namespace cardscope::bench
