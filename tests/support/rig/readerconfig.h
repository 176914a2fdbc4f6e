#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cardscope::testing {

// The vpcd reader entries of one pcscd start and the files that describe them: a
// reader.conf.d-style folder with one file listing every entry (one file keeps pcscd's
// reader order equal to ours; it reads a folder's files in no particular order) and a
// private copy of the vpcd driver for every entry after the first, because two entries
// that share a LIBPATH get their slots mixed up.
class ReaderConfig
{
public:
    ReaderConfig(QString folder, QString namePrefix);

    // Grows or shrinks the entry list; surviving entries keep their ports so cards
    // inserted in them can reconnect after a restart. New entries have port 0.
    void resize(int entryCount);
    int entryCount() const { return static_cast<int>(m_ports.size()); }

    // Gives every entry whose port is 0 a free pair (P, P+1), starting at firstPort or
    // at a random place when it is 0 (rigs of tests run in parallel must not collide).
    bool assignPorts(int firstPort, QString *error);
    void clearPort(int entry) { m_ports[entry] = 0; }
    int port(int entry) const { return m_ports.value(entry); }

    // "CardScope Rig B": the FRIENDLYNAME of an entry. pcscd names its two slots
    // "<friendly name> 00 00" and "<friendly name> 00 01".
    QString friendlyName(int entry) const;
    QString slotName(int slot) const;
    QStringList slotNames() const;
    int slotPort(int slot) const { return port(slot / 2) + slot % 2; }

    QString configFolder() const;
    bool write(QString *error) const;

    static bool isPortFree(int port);

private:
    QString driverPath(int entry) const;
    bool copyDriver(int entry, QString *error) const;

    QString m_folder;
    QString m_namePrefix;
    QList<int> m_ports;
};

} // namespace cardscope::testing
