#pragma once

// cardscope-cli's exit statuses (docs/cli.md lists them).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the operation failed: PC/SC error, card error, response too short
    ExitBadInput = 2, // bad arguments or input, unknown reader: nothing was sent
    ExitNoService = 3, // the PC/SC service (pcscd) does not answer
    ExitTimedOut = 4, // wait: no card within the timeout
};
