#pragma once

#include <QStringList>

// cardscope-cli send [--reader NAME] [--json] [--unchecked] APDU...: connects, sends each
// APDU in order and prints each response and SW. Every APDU is checked before the first
// is sent: a malformed one is reported with its offset and nothing is sent.
int runSendCommand(const QStringList &arguments);
