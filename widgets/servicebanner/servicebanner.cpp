#include "servicebanner/servicebanner.h"

#include "icons/themedicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTextDocumentFragment>

using smartcard::pcsc::ReturnCode;

ServiceBanner::ServiceBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_icons(new ThemedIcons(this))
{
    setObjectName(QStringLiteral("serviceBanner"));
    setAccessibleName(tr("PC/SC service problem"));
    setFrameShape(QFrame::StyledPanel);
    m_message->setObjectName(QStringLiteral("serviceBannerText"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_icons->bind(m_icon, QStringLiteral("warning"), 24);
    m_icon->setAlignment(Qt::AlignTop);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_message, 1);
    hide();
}

void ServiceBanner::showServiceLost(ReturnCode code)
{
    // pcscd going away answers SCARD_F_COMM_ERROR to a call in progress; no daemon at all
    // answers SCARD_E_NO_SERVICE. Either way the remedy is the same.
    const QString what = code == ReturnCode::E_NoService ? tr("The PC/SC service (pcscd) is not running.")
                                                         : tr("The PC/SC service (pcscd) stopped answering.");
    const QString name = QString::fromStdString(smartcard::pcsc::errorName(code)).toHtmlEscaped();
    m_message->setText(QStringLiteral("<b>%1</b> %2<br>%3 <code>%4</code>")
                           .arg(what.toHtmlEscaped(),
                               tr("Readers and cards cannot be seen until it answers again (%1); "
                                  "CardScope reconnects by itself.")
                                   .arg(name)
                                   .toHtmlEscaped(),
                               tr("To start it:").toHtmlEscaped(), startCommand()));
    setToolTip(QString::fromStdString(smartcard::pcsc::describe(code)));
    setAccessibleDescription(text());
    show();
}

void ServiceBanner::clear()
{
    hide();
    m_message->clear();
    setToolTip({});
}

QString ServiceBanner::text() const
{
    return QTextDocumentFragment::fromHtml(m_message->text()).toPlainText();
}

void ServiceBanner::paintEvent(QPaintEvent *event)
{
    // An amber wash over the window colour: readable on light and dark palettes alike.
    const QColor window = palette().color(QPalette::Window);
    const QColor amber(240, 170, 30);
    const qreal share = ThemedIcons::variantFor(palette()) == ThemedIcons::Variant::Light ? 0.22 : 0.30;
    const QColor wash = QColor::fromRgbF(window.redF() + (amber.redF() - window.redF()) * share,
        window.greenF() + (amber.greenF() - window.greenF()) * share,
        window.blueF() + (amber.blueF() - window.blueF()) * share);
    QPainter(this).fillRect(rect(), wash);
    QFrame::paintEvent(event);
}
