#pragma once

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

// The About box: CardScope's version, the Qt it runs on (and was built with) and the
// pcsc-lite it was built against. There is no run-time query for libpcsclite's version, so
// the build's (pkg-config, CARDSCOPE_PCSCLITE_VERSION) is what can be said truthfully.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    // Rich text.
    static QString text();
    // Opens a window-modal box, without a nested event loop (QDialog::open()); it deletes
    // itself when closed. Its objectName is "aboutBox".
    static QMessageBox *open(QWidget *parent);
};
