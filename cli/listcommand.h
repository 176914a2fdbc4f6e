#pragma once

#include <QStringList>

// cardscope-cli list [--json]: every reader, whether a card is in it, and its ATR.
int runListCommand(const QStringList &arguments);
