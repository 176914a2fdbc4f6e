#include "servicestatuslabel.h"

using namespace smartcard::pcsc;

ServiceStatusLabel::ServiceStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("serviceStatus"));
    setAccessibleName(tr("PC/SC service status"));
}

void ServiceStatusLabel::showChecking()
{
    setText(tr("PC/SC service: checking…"));
    setToolTip({});
}

void ServiceStatusLabel::showSnapshot(const ServiceSnapshot &snapshot)
{
    if (succeeded(snapshot.status)) {
        setText(tr("PC/SC service: answering, %n reader(s)", nullptr, int(snapshot.readers.size())));
        setToolTip({});
        return;
    }
    const QString name = QString::fromStdString(errorName(snapshot.status));
    setText(snapshot.status == ReturnCode::E_NoService ? tr("PC/SC service: not running (%1)").arg(name)
                                                       : tr("PC/SC service: error (%1)").arg(name));
    setToolTip(QString::fromStdString(describe(snapshot.status)));
}
