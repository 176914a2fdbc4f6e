#pragma once

#include <QStringList>

// cardscope-cli features --reader NAME [--json]: the reader's attributes (SCardGetAttrib) and
// PC/SC part 10 features, TLV and PIN properties, read over a direct connection (no card
// needed). A reader without any says so; that is a result, not an error.
int runFeaturesCommand(const QStringList &arguments);
