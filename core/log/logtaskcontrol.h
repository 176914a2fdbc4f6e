#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace smartcard {

// What a long file operation (export, import, journal recovery) is given by its caller:
// where to report progress and a flag that asks it to stop. The operation runs on a worker
// thread (QtConcurrent::run); `progress` is called on that thread, at most every few
// thousand entries, and must hand the numbers on by a queued signal if a widget shows them.
struct LogTaskControl
{
    std::function<void(qint64 done, qint64 total)> progress; // may be empty
    const std::atomic<bool> *cancel = nullptr; // may be null: never cancelled

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
};

} // namespace smartcard
