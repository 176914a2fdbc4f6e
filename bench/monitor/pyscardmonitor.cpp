#include "pyscardmonitor.h"

#include "pyscardpeer.h"

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace cardscope::bench {

PyscardMonitor::~PyscardMonitor()
{
    m_process.wait(); // closes its input: the script ends
    if (m_reader.joinable())
        m_reader.join();
}

bool PyscardMonitor::start()
{
    if (!m_process.start(
            { PyscardPeer::python(), QStringLiteral(CARDSCOPE_BENCH_PYSCARD_MONITOR) }, {}, true))
        return false;
    const std::optional<QByteArray> first = m_process.readLine();
    if (!first || *first != "ready")
        return false;
    m_reader = std::thread([this] {
        while (const std::optional<QByteArray> line = m_process.readLine()) {
            const QList<QByteArray> fields = line->split(' ');
            if (fields.size() >= 2)
                m_log.add(fields[0] == "inserted", fields[1].toLongLong());
        }
    });
    return true;
}
double PyscardMonitor::cpuSeconds() const
{
    std::ifstream stat("/proc/" + std::to_string(m_process.pid()) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const std::size_t end = text.rfind(')');
    if (end == std::string::npos)
        return -1;
    std::istringstream fields(text.substr(end + 2));
    std::string field;
    long ticks = 0;
    for (int i = 3; fields >> field; ++i) {
        if (i == 14 || i == 15)
            ticks += std::stol(field);
        if (i == 15)
            break;
    }
    return double(ticks) / double(sysconf(_SC_CLK_TCK));
}

} // namespace cardscope::bench
