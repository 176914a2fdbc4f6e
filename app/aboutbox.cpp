#include "aboutbox.h"

#include "icons/themedicons.h"
#include "version.h"

#include <QCoreApplication>
#include <QMessageBox>

QString AboutBox::text()
{
    const QString qtRunning = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    const QString qtLine = qtRunning == qtBuilt ? tr("Qt %1").arg(qtRunning)
                                                : tr("Qt %1 (built with Qt %2)").arg(qtRunning, qtBuilt);
    return QStringLiteral("<h3>CardScope %1</h3><p>%2</p><p>%3<br>%4</p>")
        .arg(QStringLiteral(CARDSCOPE_VERSION),
            tr("Watch PC/SC readers and cards, read ATRs, exchange APDUs.").toHtmlEscaped(),
            qtLine.toHtmlEscaped(),
            tr("Built against pcsc-lite %1").arg(QStringLiteral(CARDSCOPE_PCSCLITE_VERSION)).toHtmlEscaped());
}

QMessageBox *AboutBox::open(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About CardScope"));
    box->setTextFormat(Qt::RichText);
    box->setText(text());
    box->setIconPixmap(ThemedIcons::applicationIcon().pixmap(64, 64));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
    return box;
}
