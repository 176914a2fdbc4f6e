#pragma once

#include <QFrame>

// The question the session log asks before it shows secrets (objectName
// "logUnmaskConfirm"): inline rather than a modal dialog, so no nested event loop and
// tests can answer it. "logUnmaskYes" emits confirmed(); "logUnmaskNo" just hides it.
class UnmaskConfirmation : public QFrame
{
    Q_OBJECT

public:
    explicit UnmaskConfirmation(QWidget *parent = nullptr);

Q_SIGNALS:
    void confirmed();
};
