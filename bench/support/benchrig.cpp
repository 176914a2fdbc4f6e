#include "benchrig.h"

#include <cstdio>

namespace cardscope::bench {

bool BenchRig::start()
{
    if (!m_rig.start()) {
        progress(QStringLiteral("cannot start the rig: ") + m_rig.errorString());
        return false;
    }
    if (!m_rig.insertCard(0, testing::CardOptions {})) {
        progress(QStringLiteral("cannot insert the emulated card: ") + m_rig.errorString());
        return false;
    }
    if (!testing::PcscRig::waitForCardState(readerName(), true)) {
        progress(QStringLiteral("pcscd does not see the card in \"%1\"").arg(readerName()));
        return false;
    }
    progress(QStringLiteral("rig ready: \"%1\", PCSCLITE_CSOCK_NAME=%2").arg(readerName(), socketPath()));
    return true;
}

void progress(const QString &text)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(text));
    std::fflush(stderr);
}

} // namespace cardscope::bench
