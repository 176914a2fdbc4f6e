#pragma once

#include <QTreeWidget>

namespace smartcard {
class HistoricalBytes;
}

// The historical bytes of an ATR as the core decodes them (smartcard::HistoricalBytes): the
// category indicator, each COMPACT-TLV object with its name and the meaning of its value (one
// child per meaning, as for the card capabilities), the status indicator, and for the other
// categories each byte with its meaning. Columns: item, bytes (hex), meaning.
class AtrHistoricalTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit AtrHistoricalTree(QWidget *parent = nullptr);

    void setHistorical(const smartcard::HistoricalBytes &historical);
};
