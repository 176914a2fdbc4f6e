#include "commandsetfile.h"

#include "apduvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString formatName = QStringLiteral("cardscope-command-set");

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandSetFile", text);
}

CommandSetLoadResult failure(const QString &error)
{
    return { {}, error };
}

} // namespace

QByteArray CommandSetFile::toJson(const QList<CommandSetEntry> &entries)
{
    QJsonArray commands;
    for (const CommandSetEntry &entry : entries)
        commands.append(QJsonObject { { "name", entry.name }, { "apdu", entry.apdu } });
    const QJsonObject root { { "format", formatName }, { "version", version }, { "commands", commands } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

CommandSetLoadResult CommandSetFile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return failure(tr("not a command set: the JSON is not an object"));
    const QJsonObject root = document.object();
    if (root.value("format").toString() != formatName)
        return failure(tr("not a command set: \"format\" is not \"%1\"").arg(formatName));
    if (root.value("version").toInt(-1) != version)
        return failure(tr("command set version %1 is not supported (this version reads %2)")
                           .arg(root.value("version").toVariant().toString())
                           .arg(version));
    if (!root.value("commands").isArray())
        return failure(tr("\"commands\" is missing or not a list"));
    CommandSetLoadResult result;
    const QJsonArray commands = root.value("commands").toArray();
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QJsonObject command = commands.at(i).toObject();
        const QString where = tr("command %1").arg(i + 1);
        if (!commands.at(i).isObject() || !command.value("name").isString()
            || !command.value("apdu").isString())
            return failure(tr("%1: needs a \"name\" and an \"apdu\" text").arg(where));
        const CommandSetEntry entry { command.value("name").toString(), command.value("apdu").toString() };
        const ApduValidation check = ApduValidator::validate(entry.apdu);
        if (!check.isValid()) {
            return failure(tr("%1 (\"%2\"): apdu, column %3: %4")
                               .arg(where, entry.name)
                               .arg(check.errorPosition + 1)
                               .arg(check.errorMessage));
        }
        result.entries.append(entry);
    }
    return result;
}

QString CommandSetFile::save(const QString &path, const QList<CommandSetEntry> &entries)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toJson(entries));
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

CommandSetLoadResult CommandSetFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot read %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll());
}
