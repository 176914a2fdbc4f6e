#pragma once

#include <QStringList>

// cardscope-cli scan [--json] [--timeout S] [--once]: pcsc_scan's job. Prints every reader
// and card event as it happens (a CardMonitor: no polling), one line (or JSON object) per
// event, flushed at once; keeps running across a pcscd restart (docs/cli.md, ## scan).
int runScanCommand(const QStringList &arguments);
