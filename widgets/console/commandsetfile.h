#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One named command of a command set: the APDU as hex text.
struct CommandSetEntry
{
    QString name;
    QString apdu;
    bool operator==(const CommandSetEntry &) const = default;
};

struct CommandSetLoadResult
{
    QList<CommandSetEntry> entries; // empty when anything was wrong: a set loads whole or not at all
    QString error; // what was wrong and where ("command 3 (\"select\"): apdu, column 4: ...")
    bool isValid() const { return error.isEmpty(); }
};

// Named command sets on disk, as JSON:
//   {"format": "cardscope-command-set", "version": 1,
//    "commands": [{"name": "SELECT MF", "apdu": "00 A4 00 0C 02 3F 00"}, ...]}
// Every APDU must be a valid one (ApduValidator) to load. Files are written atomically
// (QSaveFile) and readable by their owner only: a set may hold a PIN.
class CommandSetFile
{
public:
    static constexpr int version = 1;

    static QByteArray toJson(const QList<CommandSetEntry> &entries);
    static CommandSetLoadResult fromJson(const QByteArray &json);

    // An empty string on success, else what went wrong.
    static QString save(const QString &path, const QList<CommandSetEntry> &entries);
    static CommandSetLoadResult load(const QString &path);
};
