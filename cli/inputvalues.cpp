#include "inputvalues.h"

#include <QFile>

#include <unistd.h>

QStringList inputValues(const QStringList &positionalArguments)
{
    if (!positionalArguments.isEmpty() || ::isatty(STDIN_FILENO))
        return positionalArguments;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList values;
    while (!input.atEnd()) {
        const QString line = QString::fromUtf8(input.readLine()).trimmed();
        if (!line.isEmpty())
            values << line;
    }
    return values;
}
