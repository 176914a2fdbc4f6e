#include "atridentificationlabel.h"

#include "atr/smartcardlist.h"

AtrIdentificationLabel::AtrIdentificationLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("atrIdentification"));
    setAccessibleName(tr("Card identification"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void AtrIdentificationLabel::showIdentification(
    const smartcard::SmartcardList *list, const smartcard::Bytes &atr, const QStringList &searchedPaths)
{
    if (!list) {
        setText(tr("Looking the ATR up in smartcard_list.txt…"));
        setToolTip({});
        return;
    }
    if (!list->isInstalled()) {
        setText(tr("Not identified: smartcard_list.txt is not installed. It comes with the pcsc-tools "
                   "package (Debian and Ubuntu: apt install pcsc-tools)."));
        setToolTip(tr("No list file found at:\n%1").arg(searchedPaths.join(QLatin1Char('\n'))));
        return;
    }
    const std::vector<const smartcard::SmartcardList::Entry *> matches = list->match(atr);
    const QString files = list->loadedFiles().join(QStringLiteral(", "));
    if (matches.empty()) {
        setText(tr("Not in smartcard_list.txt (%n entries read)", nullptr, int(list->entries().size())));
        setToolTip(tr("Read from %1").arg(files));
        return;
    }
    QStringList lines { tr("%n candidate(s) in smartcard_list.txt:", nullptr, int(matches.size())) };
    QStringList where;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const smartcard::SmartcardList::Entry &entry = *matches[i];
        const QStringList descriptions
            = entry.descriptions.isEmpty() ? QStringList { tr("(no description)") } : entry.descriptions;
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(descriptions.constFirst());
        for (qsizetype d = 1; d < descriptions.size(); ++d)
            lines << QStringLiteral("    ") + descriptions.at(d);
        where
            << tr("%1. %2 (%3, line %4)").arg(i + 1).arg(entry.pattern.text(), entry.source).arg(entry.line);
    }
    setText(lines.join(QLatin1Char('\n')));
    setToolTip(tr("Matched by:\n%1").arg(where.join(QLatin1Char('\n'))));
}
