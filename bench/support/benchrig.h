#pragma once

#include "pcscrig.h"

#include <QString>

namespace cardscope::bench {

// The rig every benchmark measures on: a private pcscd with one vpcd reader and the emulated
// T=1 card (extended lengths, data answered directly) in its first slot. start() sets
// PCSCLITE_CSOCK_NAME in this process's environment, so every child (cardscope-cli,
// cardscope, python) talks to the same pcscd. It must come before any other PC/SC call.
class BenchRig
{
public:
    // Prints why on stderr when it fails.
    bool start();
    QString readerName() const { return m_rig.readerName(0); }
    QString socketPath() const { return m_rig.socketPath(); }

private:
    testing::PcscRig m_rig { testing::RigOptions { 1, QStringLiteral("CardScope Bench"), false, 0 } };
};

// Progress for humans, on stderr (stdout carries only the Markdown section).
void progress(const QString &text);

} // namespace cardscope::bench
