#include "servicestatus/servicestatuslabel.h"

using smartcard::pcsc::ReturnCode;

ServiceStatusLabel::ServiceStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("serviceStatus"));
    setAccessibleName(tr("PC/SC service status"));
    showChecking();
}

void ServiceStatusLabel::showChecking()
{
    setText(tr("PC/SC service: checking…"));
    setToolTip({});
}

void ServiceStatusLabel::showAvailable(int readerCount)
{
    setText(tr("PC/SC service: running, %n reader(s)", nullptr, readerCount));
    setToolTip({});
}

void ServiceStatusLabel::showLost(ReturnCode code)
{
    const QString name = QString::fromStdString(smartcard::pcsc::errorName(code));
    setText(code == ReturnCode::E_NoService ? tr("PC/SC service: not running (%1)").arg(name)
                                            : tr("PC/SC service: not answering (%1)").arg(name));
    setToolTip(QString::fromStdString(smartcard::pcsc::describe(code)));
}
