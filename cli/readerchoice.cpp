#include "readerchoice.h"

#include "clioutput.h"
#include "exitcode.h"
#include "pcsc/context.h"
#include "pcsc/readerstates.h"

#include <QStringList>

using namespace smartcard;
using pcsc::ReturnCode;

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

std::optional<QString> resolveReader(const QString &requested, const CliOutput &out, int *exitCode)
{
    pcsc::Context context;
    if (const ReturnCode rc = context.establish(); !pcsc::succeeded(rc)) {
        *exitCode = out.pcscFailure(QStringLiteral("cannot reach the PC/SC service"), rc);
        return std::nullopt;
    }
    std::vector<pcsc::ReaderState> states;
    if (const ReturnCode rc = pcsc::readReaderStates(context, &states); !pcsc::succeeded(rc)) {
        *exitCode = out.pcscFailure(QStringLiteral("cannot read the readers"), rc);
        return std::nullopt;
    }
    std::vector<std::string> readers;
    std::vector<std::string> withCard;
    for (const pcsc::ReaderState &state : states) {
        readers.push_back(state.reader);
        if (state.eventState & pcsc::readerstate::Present)
            withCard.push_back(state.reader);
    }
    *exitCode = ExitBadInput;
    if (requested.isEmpty()) {
        if (withCard.size() == 1)
            return QString::fromStdString(withCard.front());
        out.error({ withCard.empty()
                ? QStringLiteral("no reader holds a card; nothing was sent")
                : QStringLiteral("%1 readers hold a card: choose one with --reader; nothing was sent")
                      .arg(withCard.size()),
            {}, {} });
        return std::nullopt;
    }
    QString problem;
    const QString chosen = chooseReader(readers, requested, &problem);
    if (chosen.isEmpty()) {
        out.error({ problem + QStringLiteral("; nothing was sent"), ReturnCode::E_UnknownReader, {} });
        return std::nullopt;
    }
    return chosen;
}
