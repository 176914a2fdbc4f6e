#pragma once

#include "pcsc/readerstates.h"

#include <QLabel>

// The status bar's word on the PC/SC service: answering (with the reader count) or not,
// and why not.
class ServiceStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ServiceStatusLabel(QWidget *parent = nullptr);

    void showChecking();
    void showSnapshot(const smartcard::pcsc::ServiceSnapshot &snapshot);
};
