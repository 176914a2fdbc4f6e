#include "controlpanel.h"

#include "util/hexparser.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

ControlPanel::ControlPanel(QWidget *parent)
    : QWidget(parent)
    , m_code(new QLineEdit(this))
    , m_data(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send control"), this))
    , m_result(new QPlainTextEdit(this))
{
    m_code->setObjectName(QStringLiteral("controlCodeEdit"));
    m_code->setAccessibleName(tr("Control code"));
    m_code->setToolTip(tr("The control code: 0x42000D48 in hex, or decimal"));
    m_code->setPlaceholderText(QStringLiteral("0x42000D48"));
    m_data->setObjectName(QStringLiteral("controlDataEdit"));
    m_data->setAccessibleName(tr("Control data"));
    m_data->setToolTip(tr("The bytes to send, in hex (may be empty)"));
    m_send->setObjectName(QStringLiteral("controlSendButton"));
    m_send->setToolTip(tr("SCardControl with this code and data"));
    m_result->setObjectName(QStringLiteral("controlResultView"));
    m_result->setAccessibleName(tr("Control results"));
    m_result->setReadOnly(true);
    m_result->setMaximumBlockCount(2000);
    auto *form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Data:"), m_data);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_send, 0, Qt::AlignLeft);
    layout->addWidget(m_result, 1);
    connect(m_send, &QPushButton::clicked, this, &ControlPanel::send);
}

void ControlPanel::setSendAllowed(bool allowed)
{
    m_send->setEnabled(allowed);
}

void ControlPanel::appendResult(const QString &text)
{
    m_result->appendPlainText(text);
}

void ControlPanel::send()
{
    if (!m_send->isEnabled())
        return;
    const QString codeText = m_code->text().trimmed();
    bool ok = false;
    const bool hex = codeText.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    const qulonglong code = hex ? codeText.mid(2).toULongLong(&ok, 16) : codeText.toULongLong(&ok, 10);
    if (!ok || code > 0xFFFFFFFFu) {
        appendResult(tr("Control code \"%1\": not a 32-bit number (0x… hex or decimal); nothing was sent")
                         .arg(codeText));
        return;
    }
    const smartcard::HexParser::Result data = smartcard::HexParser::parse(m_data->text());
    if (data.error) {
        appendResult(
            tr("Data, column %1: %2; nothing was sent").arg(data.error->offset + 1).arg(data.error->message));
        return;
    }
    Q_EMIT controlRequested(std::uint32_t(code), data.bytes);
}
