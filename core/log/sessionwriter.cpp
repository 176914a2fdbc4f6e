#include "log/sessionwriter.h"

#include "version.h"

namespace smartcard {

SessionWriter::SessionWriter(const SessionFileOptions &options)
    : m_options(options)
{ }

SessionWriter::~SessionWriter() = default;

void SessionWriter::writeFooter(QByteArray &)
{ }

QString SessionWriter::toolVersion() const
{
    return m_options.toolVersion.isEmpty() ? QStringLiteral("CardScope " CARDSCOPE_VERSION)
                                           : m_options.toolVersion;
}

} // namespace smartcard
