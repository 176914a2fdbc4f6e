#pragma once

#include "util/bytes.h"

#include <QLabel>

namespace smartcard {
class SmartcardList;
}

// Who made the card, by pcsc-tools' smartcard_list.txt (smartcard::SmartcardList): every
// candidate entry that matches the ATR, numbered, with all its description lines; the file
// and line of each in the tooltip. Says plainly when the list is still being read, when it
// is not installed (and which package brings it) and when the ATR is not in it.
class AtrIdentificationLabel : public QLabel
{
    Q_OBJECT

public:
    explicit AtrIdentificationLabel(QWidget *parent = nullptr);

    // `list` null: the list is still being read. `searchedPaths`: where the list was looked for.
    void showIdentification(
        const smartcard::SmartcardList *list, const smartcard::Bytes &atr, const QStringList &searchedPaths);
};
