#include "unmaskconfirmation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

UnmaskConfirmation::UnmaskConfirmation(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("logUnmaskConfirm"));
    setAccessibleName(tr("Unmask secrets?"));
    setFrameShape(QFrame::StyledPanel);
    auto *text
        = new QLabel(tr("Show the secret bytes (PINs, passwords, keys) of this session in the log, and "
                        "write them in clear into its exports? This lasts until the log is cleared."));
    text->setWordWrap(true);
    auto *yes = new QPushButton(tr("Unmask"));
    yes->setObjectName(QStringLiteral("logUnmaskYes"));
    yes->setToolTip(tr("Show and export the secrets of this session"));
    auto *no = new QPushButton(tr("Keep masked"));
    no->setObjectName(QStringLiteral("logUnmaskNo"));
    no->setToolTip(tr("Leave the secrets masked"));
    connect(yes, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT confirmed();
    });
    connect(no, &QPushButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(yes);
    layout->addWidget(no);
    setVisible(false);
}
