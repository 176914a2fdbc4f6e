#pragma once

#include <QStringList>

// cardscope-cli sw [--json] SW...: what status words mean, and which of pyscard's error
// checkers objects to each. Values are arguments or, without any, lines of standard input.
int runSwCommand(const QStringList &arguments);
