#pragma once

#include <QStringList>

// cardscope-cli send [--reader NAME] [--protocol t0|t1|any|raw] [--mode shared|exclusive|direct]
// [--get-response] [--le-correction] [--repeat N] [--json] [--unchecked] APDU...: connects
// through a PCSCCardConnection, sends each APDU in order and prints every exchange on the
// wire (those the helpers add name the exchange they serve), with timing statistics after
// --repeat. Every APDU and option is checked before the first APDU is sent.
int runSendCommand(const QStringList &arguments);
