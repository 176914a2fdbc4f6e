#pragma once

#include <QStringList>

// cardscope-cli tlv [--json] HEX...: decodes BER-TLV data (a response without its SW) into a
// tree and reports what is malformed with its offset. Values are arguments or, without
// any, lines of standard input. Exit status: 0 every value decoded cleanly, 1 a value has
// problems (what could be decoded is still printed), 2 bad input (unreadable hex, no value):
// then nothing is decoded.
int runTlvCommand(const QStringList &arguments);
