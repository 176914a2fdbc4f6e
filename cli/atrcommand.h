#pragma once

#include <QStringList>

// cardscope-cli atr [--json] [--list FILE]... [--no-identify] ATR...: analyses each ATR
// (arguments, or one per line of standard input) byte by byte and identifies the card from
// smartcard_list.txt. Exit status: 0 all clean, 1 an ATR has problems (all still printed),
// 2 a value is not readable hex.
int runAtrCommand(const QStringList &arguments);
