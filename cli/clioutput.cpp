#include "clioutput.h"

#include "exitcode.h"

#include <QJsonDocument>

#include <cstdio>

CliOutput::CliOutput(bool json)
    : m_json(json)
{ }

void CliOutput::text(const QString &line) const
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
}

void CliOutput::json(const QJsonObject &object) const
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
}

void CliOutput::error(const Error &error) const
{
    std::fflush(stdout);
    const QByteArray bytes = "cardscope-cli: " + error.message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    if (!m_json)
        return;
    QJsonObject object = error.details;
    object.insert("message", error.message);
    if (error.pcscCode) {
        object.insert("pcsc_error", QString::fromStdString(smartcard::pcsc::errorName(*error.pcscCode)));
        object.insert("pcsc_code", qint64(smartcard::pcsc::toUint(*error.pcscCode)));
    }
    json(QJsonObject { { "error", object } });
}

int CliOutput::pcscFailure(const QString &what, smartcard::pcsc::ReturnCode code) const
{
    const bool noService = code == smartcard::pcsc::ReturnCode::E_NoService;
    QString message = what + ": " + QString::fromStdString(smartcard::pcsc::describe(code));
    if (noService)
        message += QStringLiteral(" Start it (pcscd) or check PCSCLITE_CSOCK_NAME.");
    error({ message, code, {} });
    return noService ? ExitNoService : ExitFailure;
}
