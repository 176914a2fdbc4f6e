// cardscope-vcard: the project's emulated smart card for the pcscd + vpcd rig.
// See CardOptions::helpText() for the command line and the stdin protocol.

#include "cardoptions.h"
#include "controller.h"

#include <sys/prctl.h>

#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    using namespace cardscope::vcard;

    // A card whose test rig died must not linger connected to a driver.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    // Writes to a closed socket or a closed stdout are handled as errors, not as a fatal signal.
    std::signal(SIGPIPE, SIG_IGN);

    std::string error;
    const auto options = CardOptions::parse(std::vector<std::string>(argv + 1, argv + argc), error);
    if (!options) {
        std::fprintf(stderr, "cardscope-vcard: %s (see --help)\n", error.c_str());
        return 2;
    }
    if (options->helpRequested()) {
        std::fputs(CardOptions::helpText().c_str(), stdout);
        return 0;
    }

    Controller controller(*options);
    if (!controller.start())
        return 1;
    return controller.run();
}
