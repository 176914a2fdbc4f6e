#include "benchoptions.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace cardscope::bench {

BenchOptions parseBenchOptions(int argc, char *argv[], const char *description)
{
    BenchOptions options;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            options.quick = true;
        } else if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf(
                "usage: %s [--quick]\n%s\nA Markdown section on stdout, progress on stderr. Needs root "
                "(a private pcscd).\n",
                argv[0], description);
            std::exit(0);
        } else {
            std::fprintf(stderr, "usage: %s [--quick]  (unknown argument \"%s\")\n", argv[0], argv[i]);
            std::exit(2);
        }
    }
    return options;
}

} // namespace cardscope::bench
