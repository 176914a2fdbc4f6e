#pragma once

#include <cstddef>

namespace cardscope::bench::log {

// What this process holds, for before/after differences: resident pages (RSS) and bytes
// malloc has handed out (mallinfo2: in use in arenas plus mmapped blocks).
struct MemorySnapshot
{
    std::size_t residentBytes = 0;
    std::size_t heapBytes = 0;
};

// Returns freed memory to the system first (malloc_trim) so that differences start clean.
MemorySnapshot memoryNow();

} // namespace cardscope::bench::log
