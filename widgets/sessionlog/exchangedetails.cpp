#include "exchangedetails.h"

#include "apdu/commandapdu.h"
#include "apdu/commandnames.h"
#include "log/logfields.h"
#include "sessionlogtext.h"
#include "sw/statuswordexplainer.h"
#include "tlv/bertlvdecoder.h"
#include "tlv/tlvtagnames.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using smartcard::LogEntry;

namespace {

QString byteText(std::uint8_t byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
}

QString lengthText(int value)
{
    return QStringLiteral("%1 (%2)").arg(value).arg(QString::number(value, 16).toUpper());
}

// Printable ASCII as itself, every other byte as '.', 32 bytes a line.
QString asciiText(const smartcard::Bytes &bytes)
{
    QString text;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i && i % 32 == 0)
            text.append(u'\n');
        const std::uint8_t b = bytes[i];
        text.append(b >= 0x20 && b < 0x7F ? QChar(char16_t(b)) : QChar(u'.'));
    }
    return text;
}

void addNodes(const smartcard::BerTlvDecoder::Result &result, const std::vector<smartcard::TlvNode> &nodes,
    std::uint32_t parentTag, QTreeWidgetItem *parent, QTreeWidget *tree)
{
    for (const smartcard::TlvNode &node : nodes) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(
            0, QString::number(node.tag, 16).toUpper().rightJustified(qsizetype(2) * node.tagLength, u'0'));
        item->setText(1, smartcard::tlvTagName(node.tag, parentTag));
        item->setText(2,
            node.isTruncated() ? QObject::tr("%1 of %2").arg(node.valueLength).arg(node.length)
                               : QString::number(node.length));
        if (!node.constructed) {
            const auto value = result.value(node);
            QString shown = sessionlogtext::hex(value);
            const smartcard::Bytes bytes(value.begin(), value.end());
            if (!bytes.empty() && asciiText(bytes).count(u'.') == 0)
                shown += QStringLiteral("  \"%1\"").arg(asciiText(bytes));
            item->setText(3, shown);
        }
        item->setToolTip(3, QObject::tr("at byte %1").arg(node.offset));
        addNodes(result, node.children, node.tag, item, tree);
    }
}

} // namespace

ExchangeDetails::ExchangeDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exchangeDetails"));
    setAccessibleName(tr("Exchange details"));
    buildLayout();
    clearEntry();
}

ExchangeDetails::~ExchangeDetails() = default;

QLabel *ExchangeDetails::addField(const QString &objectName, const QString &label)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setAccessibleName(label);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void ExchangeDetails::buildLayout()
{
    auto *fields = new QWidget;
    m_form = new QFormLayout(fields);
    m_kind = addField(QStringLiteral("exchangeKind"), tr("Entry:"));
    m_name = addField(QStringLiteral("exchangeCommandName"), tr("Command:"));
    m_standard = addField(QStringLiteral("exchangeStandard"), tr("Standard:"));
    m_cla = addField(QStringLiteral("exchangeCla"), tr("CLA:"));
    m_ins = addField(QStringLiteral("exchangeIns"), tr("INS:"));
    m_p1 = addField(QStringLiteral("exchangeP1"), tr("P1:"));
    m_p2 = addField(QStringLiteral("exchangeP2"), tr("P2:"));
    m_lc = addField(QStringLiteral("exchangeLc"), tr("Lc:"));
    m_le = addField(QStringLiteral("exchangeLe"), tr("Le:"));
    m_command = addField(QStringLiteral("exchangeCommand"), tr("APDU:"));
    m_masking = addField(QStringLiteral("exchangeMasking"), tr("Secrets:"));
    m_response = addField(QStringLiteral("exchangeResponse"), tr("Response:"));
    m_sw = addField(QStringLiteral("exchangeSw"), tr("SW:"));
    m_error = addField(QStringLiteral("exchangeError"), tr("Error:"));
    m_origin = addField(QStringLiteral("exchangeOrigin"), tr("Made for:"));
    m_origin->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_origin, &QLabel::linkActivated, this, &ExchangeDetails::originRequested);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLabel *label : { m_command, m_response, m_cla, m_ins, m_p1, m_p2 })
        label->setFont(fixed);

    m_annotationEdit = new QLineEdit;
    m_annotationEdit->setObjectName(QStringLiteral("exchangeAnnotation"));
    m_annotationEdit->setAccessibleName(tr("Annotation"));
    m_annotationEdit->setToolTip(tr("A note on this entry, kept in the log and its JSON Lines export"));
    m_annotationEdit->setPlaceholderText(tr("Add a note…"));
    m_form->addRow(tr("Note:"), m_annotationEdit);
    connect(m_annotationEdit, &QLineEdit::editingFinished, this, &ExchangeDetails::commitAnnotation);

    m_tlv = new QTreeWidget;
    m_tlv->setObjectName(QStringLiteral("exchangeTlvTree"));
    m_tlv->setAccessibleName(tr("Response as BER-TLV"));
    m_tlv->setHeaderLabels({ tr("Tag"), tr("Name"), tr("Length"), tr("Value") });
    m_tlv->setUniformRowHeights(true);
    m_ascii = new QPlainTextEdit;
    m_ascii->setObjectName(QStringLiteral("exchangeAscii"));
    m_ascii->setAccessibleName(tr("Response as ASCII"));
    m_ascii->setReadOnly(true);
    m_ascii->setFont(fixed);
    auto *tabs = new QTabWidget;
    tabs->addTab(m_tlv, tr("BER-TLV"));
    tabs->addTab(m_ascii, tr("ASCII"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(fields);
    splitter->addWidget(tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void ExchangeDetails::clearEntry()
{
    m_hasEntry = false;
    for (QLabel *label : { m_kind, m_name, m_standard, m_cla, m_ins, m_p1, m_p2, m_lc, m_le, m_command,
             m_masking, m_response, m_sw, m_error, m_origin })
        label->clear();
    m_kind->setText(tr("No entry selected"));
    m_annotation.clear();
    m_annotationEdit->clear();
    m_annotationEdit->setEnabled(false);
    m_tlv->clear();
    m_ascii->clear();
}

void ExchangeDetails::setEntry(const LogEntry &entry, bool unmasked, qint64 originNumber)
{
    clearEntry();
    m_hasEntry = true;
    QString kind = QString::fromLatin1(LogEntry::kindName(entry.kind));
    if (entry.has(LogEntry::Imported))
        kind += tr(" (imported)");
    m_kind->setText(kind + QStringLiteral(" — ") + entry.reader);
    if (entry.kind == LogEntry::Kind::Exchange)
        showHeader(entry, unmasked);
    else
        m_command->setText(sessionlogtext::hex(entry.command));
    showResponse(entry);
    if (entry.has(LogEntry::Failed)) {
        m_error->setText(entry.errorCode
                ? tr("%1 (0x%2)").arg(entry.errorMessage).arg(entry.errorCode, 8, 16, QLatin1Char('0'))
                : entry.errorMessage);
    }
    if (entry.originId != 0) {
        m_origin->setText(originNumber > 0
                ? tr("<a href=\"#origin\">exchange #%1</a> (this one was made by the connection for it)")
                      .arg(originNumber)
                : tr("exchange %1 (not in this log)").arg(entry.originId));
    }
    m_annotation = entry.annotation;
    m_annotationEdit->setText(entry.annotation);
    m_annotationEdit->setEnabled(m_annotationEditable);
}

void ExchangeDetails::setAnnotationEditable(bool editable)
{
    m_annotationEditable = editable;
    m_annotationEdit->setEnabled(editable && m_hasEntry);
}

void ExchangeDetails::showHeader(const LogEntry &entry, bool unmasked)
{
    const smartcard::Bytes &apdu = entry.command;
    const bool masked = entry.has(LogEntry::Masked);
    m_command->setText(sessionlogtext::hex(apdu, masked && !unmasked, entry.maskOffset, entry.maskLength));
    if (masked) {
        m_masking->setText(unmasked
                ? tr("%n secret byte(s) shown as the log holds them (unmasked session; bytes recorded or "
                     "exported masked are 00)",
                    nullptr, entry.maskLength)
                : tr("%n secret byte(s) masked (••)", nullptr, entry.maskLength));
    }
    if (apdu.size() < 4) {
        m_lc->setText(tr("not an APDU: %n byte(s)", nullptr, int(apdu.size())));
        return;
    }
    const smartcard::CommandName name = smartcard::CommandNames::name(apdu);
    m_name->setText(name.isKnown()
            ? (name.detail.isEmpty() ? name.name : name.name + QStringLiteral(" (") + name.detail + u')')
            : tr("unknown command"));
    m_standard->setText(name.standard);
    m_cla->setText(
        byteText(apdu[0]) + QStringLiteral("  ") + smartcard::CommandNames::classDescription(apdu[0]));
    m_ins->setText(byteText(apdu[1]));
    m_p1->setText(byteText(apdu[2]));
    m_p2->setText(byteText(apdu[3]));
    const smartcard::CommandApdu check = smartcard::CommandApdu::check(apdu);
    if (!check.isValid()) {
        m_lc->setText(tr("%1 (at byte %2)").arg(check.error()->message).arg(check.error()->offset));
        return;
    }
    const auto apduCase = check.apduCase();
    const bool hasLc
        = apduCase == smartcard::CommandApdu::Case::Case3 || apduCase == smartcard::CommandApdu::Case::Case4;
    const bool hasLe
        = apduCase == smartcard::CommandApdu::Case::Case2 || apduCase == smartcard::CommandApdu::Case::Case4;
    m_lc->setText(hasLc ? lengthText(check.nc()) : tr("absent (%1)").arg(check.caseName()));
    m_le->setText(hasLe ? lengthText(check.ne()) : tr("absent"));
}

void ExchangeDetails::showResponse(const LogEntry &entry)
{
    m_response->setText(sessionlogtext::hex(entry.response));
    if (entry.kind == LogEntry::Kind::Exchange && entry.has(LogEntry::HasResponse)) {
        const smartcard::StatusWordExplanation sw = smartcard::StatusWordExplainer::explain(entry.sw);
        m_sw->setText(sw.toString() + QStringLiteral(" (") + smartcard::categoryName(sw.category()) + u')');
    }
    m_ascii->setPlainText(asciiText(entry.response));
    if (entry.kind == LogEntry::Kind::Exchange || entry.kind == LogEntry::Kind::Control)
        showTlv(entry.response);
}

void ExchangeDetails::showTlv(const smartcard::Bytes &data)
{
    if (data.empty())
        return;
    const smartcard::BerTlvDecoder::Result result = smartcard::BerTlvDecoder::decode(data);
    addNodes(result, result.nodes, 0, nullptr, m_tlv);
    for (const smartcard::BerTlvDecoder::Problem &problem : result.problems) {
        auto *item = new QTreeWidgetItem(m_tlv);
        item->setText(0, tr("problem"));
        item->setText(3, tr("at byte %1: %2").arg(problem.offset).arg(problem.message));
    }
    m_tlv->expandAll();
    m_tlv->resizeColumnToContents(0);
}

void ExchangeDetails::commitAnnotation()
{
    const QString text = m_annotationEdit->text().trimmed();
    if (!m_hasEntry || text == m_annotation)
        return;
    m_annotation = text;
    Q_EMIT annotationEdited(text);
}
