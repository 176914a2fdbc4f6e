#pragma once

#include "reader/reader.h"

#include <vector>

namespace smartcard {

// pyscard's ReaderObserver: told which readers came and went (ReaderMonitor::addObserver).
// update() runs on the monitor engine's thread, except the first call, which addObserver()
// makes on its caller's thread with the readers already there. Calls to one observer never
// overlap. It must not block on a thread that adds or removes observers, nor destroy the
// last monitor of its engine. To reach a GUI thread, use ReaderObserverAdapter.
class ReaderObserver
{
public:
    virtual ~ReaderObserver() = default;
    virtual void update(const std::vector<Reader> &added, const std::vector<Reader> &removed) = 0;
};

} // namespace smartcard
