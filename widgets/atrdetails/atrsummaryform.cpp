#include "atrsummaryform.h"

#include "atr/atr.h"
#include "atr/atrtables.h"
#include "atridentificationlabel.h"
#include "icons/themedicons.h"
#include "util/hexstring.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>

#include <algorithm>

using smartcard::ATR;

namespace {

// Badge accents chosen to read on light and dark palettes alike.
const QColor GoodAccent(0x2D, 0xA4, 0x4E);
const QColor BadAccent(0xE5, 0x53, 0x4B);
const QColor NeutralAccent(0x8C, 0x95, 0x9F);

QString hexByte(std::uint8_t value)
{
    return smartcard::toHexString(std::span<const std::uint8_t>(&value, 1));
}

QPixmap badge(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

QLabel *valueLabel(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AtrSummaryForm::AtrSummaryForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("atrSummary"));
    m_icons = new ThemedIcons(this);
    // The problem icons follow a switch between light and dark palettes.
    connect(m_icons, &ThemedIcons::variantChanged, this, [this]() {
        for (int i = 0; i < m_problems->count(); ++i)
            if (m_problems->item(i)->data(Qt::UserRole).isValid())
                m_problems->item(i)->setIcon(m_icons->icon(QStringLiteral("warning")));
    });
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_identification = new AtrIdentificationLabel;
    m_convention = valueLabel(QStringLiteral("atrConvention"), tr("Convention"));
    m_protocols = valueLabel(QStringLiteral("atrProtocols"), tr("Protocols"));
    m_transmission = valueLabel(QStringLiteral("atrTransmission"), tr("Transmission parameters"));
    m_guardTime = valueLabel(QStringLiteral("atrGuardTime"), tr("Extra guard time"));
    m_t0 = valueLabel(QStringLiteral("atrT0Parameters"), tr("T=0 parameters"));
    m_t1 = valueLabel(QStringLiteral("atrT1Parameters"), tr("T=1 parameters"));
    m_t15 = valueLabel(QStringLiteral("atrT15Parameters"), tr("T=15 parameters"));
    m_tckStatus = valueLabel(QStringLiteral("atrTckStatus"), tr("TCK status"));
    m_tckBadge = new QLabel;
    m_tckBadge->setObjectName(QStringLiteral("atrTckBadge"));
    m_tckBadge->setAccessibleName(tr("TCK status badge"));
    auto *tckRow = new QHBoxLayout;
    tckRow->addWidget(m_tckBadge);
    tckRow->addWidget(m_tckStatus, 1);
    m_problems = new QListWidget;
    m_problems->setObjectName(QStringLiteral("atrProblems"));
    m_problems->setAccessibleName(tr("Problems found in the ATR"));
    m_problems->setToolTip(
        tr("Every problem with the byte offset where it was found; click to select the byte"));
    m_problems->setUniformItemSizes(true);
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        // The problems past the end of the ATR carry their offset too.
        if (const QVariant offset = item->data(Qt::UserRole); offset.isValid())
            Q_EMIT problemActivated(offset.toInt());
    });

    m_form->addRow(tr("Card:"), m_identification);
    m_form->addRow(tr("Convention:"), m_convention);
    m_form->addRow(tr("Protocols:"), m_protocols);
    m_form->addRow(tr("Transmission:"), m_transmission);
    m_form->addRow(tr("Guard time:"), m_guardTime);
    m_form->addRow(tr("T=0:"), m_t0);
    m_form->addRow(tr("T=1:"), m_t1);
    m_form->addRow(tr("T=15:"), m_t15);
    m_form->addRow(tr("TCK:"), tckRow);
    m_form->addRow(tr("Problems:"), m_problems);
}

void AtrSummaryForm::setAtr(const ATR &atr)
{
    switch (atr.convention()) {
    case ATR::Convention::Direct:
        m_convention->setText(tr("direct (TS 3B)"));
        break;
    case ATR::Convention::Inverse:
        m_convention->setText(tr("inverse (TS 3F)"));
        break;
    case ATR::Convention::Unknown:
        m_convention->setText(
            tr("unknown (TS %1 is not a valid initial character)").arg(hexByte(atr.ts().value_or(0))));
        break;
    }
    showProtocols(atr);
    showParameters(atr);
    showTck(atr);
    showProblems(atr);
}

void AtrSummaryForm::clear()
{
    m_problems->clear();
    m_identification->clear();
    m_tckStatus->clear();
}

void AtrSummaryForm::showProtocols(const ATR &atr)
{
    QStringList offered;
    for (int t : atr.protocols())
        offered << QStringLiteral("T=%1").arg(t);
    if (offered.isEmpty()) {
        m_protocols->setText(tr("none indicated (the ATR is cut off)"));
        return;
    }
    QString mode;
    if (const auto ta2 = atr.ta(2))
        // TA2 present: the card is in specific mode and works with the protocol TA2 names.
        mode = tr("specific mode: T=%1 only (TA2)").arg(*ta2 & 0x0F);
    else
        mode = tr("negotiable mode: default T=%1, the first offered").arg(atr.protocols().front());
    m_protocols->setText(tr("%1 offered; %2").arg(offered.join(QStringLiteral(", ")), mode));
}

void AtrSummaryForm::showParameters(const ATR &atr)
{
    auto orRfu = [](const std::optional<int> &value) { return value ? QString::number(*value) : tr("RFU"); };
    const std::optional<int> fmax = atr.maxFrequencyKHz();
    m_transmission->setText(tr("Fi=%1, Di=%2, f max=%3 (%4)")
                                .arg(orRfu(atr.fi()), orRfu(atr.di()),
                                    fmax ? smartcard::atrtables::frequencyText(*fmax) : tr("RFU"),
                                    atr.ta(1) ? tr("TA1") : tr("defaults, no TA1")));
    m_guardTime->setText(
        atr.tc(1) ? smartcard::atrtables::describeTC1(*atr.tc(1)) : tr("N=0 (default, no TC1)"));
    m_t0->setText(tr("WI=%1%2").arg(atr.waitingIntegerT0()).arg(atr.tc(2) ? QString() : tr(" (default)")));
    m_t1->setText(tr("IFSC=%1, BWI=%2, CWI=%3, error detection %4")
                      .arg(atr.ifsc())
                      .arg(atr.blockWaitingInteger())
                      .arg(atr.characterWaitingInteger())
                      .arg(atr.usesCrc() ? tr("CRC") : tr("LRC")));
    const auto t15 = atr.clockStopAndClass();
    m_t15->setText(t15 ? smartcard::atrtables::describeT15ClockAndClass(*t15)
                       : tr("clock stop not supported; class A (defaults)"));
    m_form->setRowVisible(m_t0, atr.isT0Supported());
    m_form->setRowVisible(m_t1, atr.isT1Supported());
    m_form->setRowVisible(m_t15, atr.isT15Supported());
}

void AtrSummaryForm::showTck(const ATR &atr)
{
    QColor accent = NeutralAccent;
    QString text;
    if (const auto tck = atr.tck()) {
        if (*atr.isTckValid()) {
            accent = GoodAccent;
            text = tr("present and correct (%1)").arg(hexByte(*tck));
        } else {
            accent = BadAccent;
            text = tr("present but wrong: %1, expected %2").arg(hexByte(*tck), hexByte(*atr.expectedTck()));
        }
        if (!atr.isTckRequired()) {
            accent = BadAccent;
            text += tr("; it shall be absent, only T=0 is offered");
        }
    } else if (atr.protocols().empty()) {
        accent = BadAccent;
        text = tr("absent; the ATR ends before it says whether a TCK is needed");
    } else if (atr.isTckRequired()) {
        accent = BadAccent;
        text = tr("absent but required (a protocol other than T=0 is offered)");
    } else {
        text = tr("absent and not needed (only T=0 is offered)");
    }
    m_tckStatus->setText(text);
    const int size = fontMetrics().height() * 2 / 3;
    m_tckBadge->setPixmap(badge(accent, size));
}

void AtrSummaryForm::showProblems(const ATR &atr)
{
    m_problems->clear();
    if (atr.errors().empty()) {
        auto *item = new QListWidgetItem(tr("No problems found"), m_problems);
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (const smartcard::ParseError &error : atr.errors()) {
        auto *item = new QListWidgetItem(m_icons->icon(QStringLiteral("warning")),
            tr("byte %1: %2").arg(error.offset).arg(error.message), m_problems);
        item->setData(Qt::UserRole, int(error.offset));
        item->setToolTip(item->text());
    }
    // As tall as its lines, up to five; more scroll.
    const int lines = std::min(m_problems->count(), 5);
    m_problems->setFixedHeight(lines * m_problems->sizeHintForRow(0) + 2 * m_problems->frameWidth());
}
