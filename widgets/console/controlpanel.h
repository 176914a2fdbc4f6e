#pragma once

#include "util/bytes.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The console's Control tab: a control code ("controlCodeEdit", 0x… hex or decimal) and hex
// data ("controlDataEdit") for SCardControl, "controlSendButton", and the results
// ("controlResultView"). Bad input is reported there and nothing is requested.
class ControlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ControlPanel(QWidget *parent = nullptr);

    void setSendAllowed(bool allowed);
    void appendResult(const QString &text);

public Q_SLOTS:
    // Checks the input; emits controlRequested() only when it is readable.
    void send();

Q_SIGNALS:
    void controlRequested(std::uint32_t controlCode, const smartcard::Bytes &data);

private:
    QLineEdit *m_code;
    QLineEdit *m_data;
    QPushButton *m_send;
    QPlainTextEdit *m_result;
};
