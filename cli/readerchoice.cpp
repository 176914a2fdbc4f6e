#include "readerchoice.h"

#include <QStringList>

QString chooseReader(const std::vector<std::string> &readers, const QString &requested, QString *error)
{
    QStringList matches;
    for (const std::string &name : readers) {
        const QString reader = QString::fromStdString(name);
        if (reader == requested)
            return reader;
        if (reader.contains(requested))
            matches << reader;
    }
    if (matches.size() == 1)
        return matches.first();

    QStringList known;
    for (const std::string &name : readers)
        known << '"' + QString::fromStdString(name) + '"';
    const QString list
        = known.isEmpty() ? QStringLiteral("there are no readers") : "readers: " + known.join(", ");
    if (matches.isEmpty())
        *error = QStringLiteral("no reader matches \"%1\" (%2)").arg(requested, list);
    else
        *error = QStringLiteral("\"%1\" matches %2 readers; give more of the name (%3)")
                     .arg(requested)
                     .arg(matches.size())
                     .arg(list);
    return {};
}
