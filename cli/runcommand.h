#pragma once

#include <QStringList>

// cardscope-cli run [--reader NAME] [--protocol t0|t1|any|raw] [--json] [--strict] [--unchecked]
// [--get-response] [--le-correction] FILE: runs a scriptor-format script with expected
// responses (docs/scripts.md) on the card in a reader. The whole script is read and checked
// before anything is sent; the first step that fails stops the run. FILE "-" is standard
// input. Exit status: 0 every step passed, 1 a step failed, 2 bad script or arguments
// (nothing sent), 3 no PC/SC service.
int runRunCommand(const QStringList &arguments);
