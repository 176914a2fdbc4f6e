#pragma once

#include "pcsc/returncode.h"

#include <QLabel>

// The status bar's word on the PC/SC service: not known yet, answering (with the number of
// readers), or not answering and why. The owner feeds it from a monitor's signals.
class ServiceStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ServiceStatusLabel(QWidget *parent = nullptr);

    void showChecking();
    void showAvailable(int readerCount);
    void showLost(smartcard::pcsc::ReturnCode code);
};
