#pragma once

#include "pcsc/readerstates.h"

#include <QTreeWidget>

// The readers of a service snapshot, each with its state and the ATR of its card.
// A first, static view: the live reader tree fed by the monitors replaces it.
class ReaderListWidget : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ReaderListWidget(QWidget *parent = nullptr);

    void showSnapshot(const smartcard::pcsc::ServiceSnapshot &snapshot);
};
