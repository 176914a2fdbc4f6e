#include "readerconfig.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cardscope::testing {
namespace {

const QString systemDriver = QStringLiteral("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");

// Below Linux's ephemeral range (32768-60999): a client socket of some card could
// otherwise hold a port the next rig wants to listen on.
constexpr int lowestPort = 20000;
constexpr int highestPort = 32700;

} // namespace

ReaderConfig::ReaderConfig(QString folder, QString namePrefix)
    : m_folder(std::move(folder))
    , m_namePrefix(std::move(namePrefix))
{ }

void ReaderConfig::resize(int entryCount)
{
    m_ports.resize(entryCount, 0);
}

bool ReaderConfig::assignPorts(int firstPort, QString *error)
{
    const int span = highestPort - lowestPort;
    int candidate
        = firstPort > 0 ? firstPort : lowestPort + 2 * QRandomGenerator::global()->bounded(span / 2);
    for (int &port : m_ports) {
        if (port != 0)
            continue;
        int tries = 0;
        while (m_ports.contains(candidate) || m_ports.contains(candidate + 1)
            || m_ports.contains(candidate - 1) || !isPortFree(candidate) || !isPortFree(candidate + 1)) {
            candidate = candidate + 2 > highestPort ? lowestPort : candidate + 2;
            if (++tries > span) {
                *error = QStringLiteral("no free TCP port pair between %1 and %2")
                             .arg(lowestPort)
                             .arg(highestPort);
                return false;
            }
        }
        port = candidate;
    }
    return true;
}

QString ReaderConfig::friendlyName(int entry) const
{
    // Letters, not numbers: "CardScope Rig B 00 01" reads better than "CardScope Rig 1 00 01".
    return m_namePrefix + QLatin1Char(' ') + QChar(u'A' + entry);
}

QString ReaderConfig::slotName(int slot) const
{
    return friendlyName(slot / 2) + QStringLiteral(" 00 0%1").arg(slot % 2);
}

QStringList ReaderConfig::slotNames() const
{
    QStringList names;
    for (int slot = 0; slot < 2 * entryCount(); ++slot)
        names.append(slotName(slot));
    return names;
}

QString ReaderConfig::configFolder() const
{
    return m_folder + QStringLiteral("/reader.conf.d");
}

QString ReaderConfig::driverPath(int entry) const
{
    if (entry == 0)
        return systemDriver;
    return m_folder + QStringLiteral("/drivers/libifdvpcd-%1.so").arg(entry);
}

bool ReaderConfig::copyDriver(int entry, QString *error) const
{
    const QString target = driverPath(entry);
    // Kept across restarts: pcscd may still have the file mapped while we rewrite the config.
    if (QFile::exists(target))
        return true;
    if (!QDir().mkpath(m_folder + QStringLiteral("/drivers")) || !QFile::copy(systemDriver, target)) {
        *error = QStringLiteral("cannot copy the vpcd driver %1 to %2").arg(systemDriver, target);
        return false;
    }
    return true;
}

bool ReaderConfig::write(QString *error) const
{
    if (!QFile::exists(systemDriver)) {
        *error = QStringLiteral("the vpcd driver %1 is missing (install vsmartcard-vpcd)").arg(systemDriver);
        return false;
    }
    QString text;
    for (int entry = 0; entry < entryCount(); ++entry) {
        if (!copyDriver(entry, error))
            return false;
        // vpcd takes its port from DEVICENAME; CHANNELID is ignored but pcscd wants one.
        text += QStringLiteral("FRIENDLYNAME \"%1\"\nDEVICENAME /dev/null:%2\nLIBPATH %3\nCHANNELID %2\n\n")
                    .arg(friendlyName(entry))
                    .arg(port(entry))
                    .arg(driverPath(entry));
    }
    QSaveFile file(configFolder() + QStringLiteral("/vpcd"));
    if (!QDir().mkpath(configFolder()) || !file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        *error = QStringLiteral("cannot write the reader config in %1").arg(configFolder());
        return false;
    }
    return true;
}

bool ReaderConfig::isPortFree(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    // Same options as vpcd's listening socket, so a TIME_WAIT left by an earlier card
    // does not count as taken.
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    const bool free = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return free;
}

} // namespace cardscope::testing
