#pragma once

#include <QStringList>

// cardscope-cli wait [--reader R] [--atr HEX [--mask HEX]] [--timeout S] [--new] [--json]:
// waits for a card with a CardRequest and prints its reader and ATR.
int runWaitCommand(const QStringList &arguments);
