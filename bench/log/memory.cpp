#include "memory.h"

#include <malloc.h>
#include <unistd.h>

#include <cstdio>

namespace cardscope::bench::log {

MemorySnapshot memoryNow()
{
    malloc_trim(0);
    MemorySnapshot snapshot;
    if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
        unsigned long size = 0;
        unsigned long resident = 0;
        if (std::fscanf(statm, "%lu %lu", &size, &resident) == 2)
            snapshot.residentBytes = std::size_t(resident) * std::size_t(sysconf(_SC_PAGESIZE));
        std::fclose(statm);
    }
    const struct mallinfo2 info = mallinfo2();
    snapshot.heapBytes = info.uordblks + info.hblkhd;
    return snapshot;
}

} // namespace cardscope::bench::log
