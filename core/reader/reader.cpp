#include "reader/reader.h"

#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "pcsc/context.h"

#include <QHashFunctions>
#include <QStringList>

namespace smartcard {

Reader::Reader(QString name, pcsc::PcscApi &api)
    : m_name(std::move(name))
    , m_api(&api)
{ }

std::unique_ptr<CardConnection> Reader::createConnection() const
{
    return std::make_unique<PCSCCardConnection>(m_name, *m_api);
}

void Reader::addToReaderGroup(const QString &group) const
{
    throw AddReaderToGroupException(pcsc::ReturnCode::E_UnsupportedFeature, m_name,
        group + QStringLiteral(" (pcsc-lite has no reader groups to change)"));
}

void Reader::removeFromReaderGroup(const QString &group) const
{
    throw RemoveReaderFromGroupException(pcsc::ReturnCode::E_UnsupportedFeature, m_name,
        group + QStringLiteral(" (pcsc-lite has no reader groups to change)"));
}

size_t qHash(const Reader &reader, size_t seed) noexcept
{
    return qHash(reader.name(), seed);
}

namespace {

pcsc::Context establishedContext(pcsc::PcscApi &api)
{
    pcsc::Context context(api);
    if (const pcsc::ReturnCode rc = context.establish(); !pcsc::succeeded(rc))
        throw EstablishContextException(rc);
    return context;
}

} // namespace

std::vector<Reader> readers(const QStringList &groups, pcsc::PcscApi &api)
{
    const pcsc::Context context = establishedContext(api);
    std::vector<std::string> groupNames;
    for (const QString &group : groups)
        groupNames.push_back(group.toStdString());
    std::vector<std::string> names;
    if (const pcsc::ReturnCode rc = context.listReaders(&names, groupNames); !pcsc::succeeded(rc))
        throw ListReadersException(rc);
    std::vector<Reader> result;
    result.reserve(names.size());
    for (const std::string &name : names)
        result.emplace_back(QString::fromStdString(name), api);
    return result;
}

QStringList readerGroups(pcsc::PcscApi &api)
{
    const pcsc::Context context = establishedContext(api);
    std::vector<std::string> names;
    if (const pcsc::ReturnCode rc = context.listReaderGroups(&names); !pcsc::succeeded(rc))
        throw BaseSCardException(rc, QStringLiteral("Failed to list reader groups"));
    QStringList groups;
    for (const std::string &name : names)
        groups << QString::fromStdString(name);
    return groups;
}

} // namespace smartcard
