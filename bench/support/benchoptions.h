#pragma once

namespace cardscope::bench {

// The command line every benchmark takes: --quick for the short run the ctest smoke test
// uses (the programs cannot rot), nothing for the full run scripts/bench makes.
struct BenchOptions
{
    bool quick = false;

    // The full run's value or the quick run's.
    int pick(int full, int quick) const { return this->quick ? quick : full; }
};

// Exits with status 2 and a usage line on stderr for anything else; 0 after --help.
BenchOptions parseBenchOptions(int argc, char *argv[], const char *description);

} // namespace cardscope::bench
