#pragma once

#include "pcsc/returncode.h"

#include <QFrame>

class QLabel;
class ThemedIcons;

// A bar across a window saying that the PC/SC service does not answer, why (the PC/SC
// code) and what to do about it. Hidden until showServiceLost(); the owner hides it again
// with clear() when the service returns (Monitor::serviceRestored), since the monitors
// reconnect by themselves. The text is selectable, so that the command can be copied.
class ServiceBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ServiceBanner(QWidget *parent = nullptr);

    void showServiceLost(smartcard::pcsc::ReturnCode code);
    void clear();

    // The plain text shown (for tests and accessibility).
    QString text() const;

    // The command that starts pcscd on a systemd system (Debian's pcscd is socket-activated).
    static QString startCommand() { return QStringLiteral("sudo systemctl start pcscd.socket"); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_message;
    ThemedIcons *m_icons;
};
