#include "atrhistoricaltree.h"

#include "atr/compacttlv.h"
#include "atr/historicalbytes.h"
#include "util/hexstring.h"

#include <QFontDatabase>
#include <QHeaderView>

using smartcard::HistoricalBytes;

namespace {

enum Column { ItemColumn, BytesColumn, MeaningColumn };

QString hex(std::span<const std::uint8_t> bytes)
{
    return smartcard::toHexString(bytes);
}

QString hexByte(std::uint8_t value)
{
    return hex(std::span<const std::uint8_t>(&value, 1));
}

QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &item, const QString &bytes,
    const QString &meaning, const QString &toolTip = {})
{
    auto *child = new QTreeWidgetItem(parent, { item, bytes, meaning });
    child->setFont(BytesColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QString tip = toolTip.isEmpty() ? meaning : toolTip;
    for (int column = 0; column < 3; ++column)
        child->setToolTip(column, tip);
    return child;
}

void addStatusIndicator(QTreeWidgetItem *root, const HistoricalBytes::StatusIndicator &status)
{
    QStringList bytes;
    auto *item = addItem(root, AtrHistoricalTree::tr("status indicator"), {}, {});
    if (status.lcs) {
        addItem(item, AtrHistoricalTree::tr("life cycle status"), hexByte(*status.lcs),
            smartcard::compacttlv::describeLifeCycleStatus(*status.lcs));
        bytes << hexByte(*status.lcs);
    }
    if (status.sw1 && status.sw2) {
        addItem(item, AtrHistoricalTree::tr("status word"),
            hexByte(*status.sw1) + QLatin1Char(' ') + hexByte(*status.sw2),
            smartcard::compacttlv::describeStatusWord(*status.sw1, *status.sw2));
        bytes << hexByte(*status.sw1) << hexByte(*status.sw2);
    }
    item->setText(BytesColumn, bytes.join(QLatin1Char(' ')));
    item->setFont(BytesColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void addObject(QTreeWidgetItem *root, const HistoricalBytes::CompactTlvObject &object)
{
    const QString where = AtrHistoricalTree::tr("tag %1, length %2, header at ATR byte %3")
                              .arg(QString::number(object.tag, 16).toUpper())
                              .arg(object.declaredLength)
                              .arg(object.offset);
    QString meaning = object.meanings.size() == 1 ? object.meanings.constFirst() : QString();
    if (int(object.value.size()) < object.declaredLength)
        meaning = AtrHistoricalTree::tr("cut off: %1 of %2 bytes present")
                      .arg(object.value.size())
                      .arg(object.declaredLength);
    auto *item = addItem(root, object.name, hex(object.value), meaning, where);
    if (object.meanings.size() <= 1)
        return;
    // One meaning per value byte when the bytes mean different things (card capabilities).
    const bool perByte = std::size_t(object.meanings.size()) == object.value.size();
    for (qsizetype i = 0; i < object.meanings.size(); ++i)
        addItem(item,
            perByte ? AtrHistoricalTree::tr("byte %1").arg(i + 1)
                    : AtrHistoricalTree::tr("part %1").arg(i + 1),
            perByte ? hexByte(object.value[std::size_t(i)]) : QString(), object.meanings.at(i));
}

} // namespace

AtrHistoricalTree::AtrHistoricalTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("atrHistorical"));
    setAccessibleName(tr("Historical bytes"));
    setToolTip(tr("The historical bytes decoded by ISO/IEC 7816-4"));
    setHeaderLabels({ tr("Item"), tr("Bytes"), tr("Meaning") });
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    header()->resizeSection(ItemColumn, 180);
    header()->resizeSection(BytesColumn, 110);
}

void AtrHistoricalTree::setHistorical(const HistoricalBytes &historical)
{
    clear();
    QTreeWidgetItem *root = invisibleRootItem();
    if (historical.bytes().empty()) {
        addItem(root, tr("none"), {}, tr("The ATR has no historical bytes"));
        return;
    }
    addItem(root, tr("category"), hexByte(historical.bytes().front()),
        HistoricalBytes::categoryName(historical.category()));
    for (const HistoricalBytes::CompactTlvObject &object : historical.objects())
        addObject(root, object);
    const bool statusTail = historical.category() == HistoricalBytes::Category::CompactTlvWithStatus;
    if (statusTail && historical.statusIndicator())
        addStatusIndicator(root, *historical.statusIndicator());
    if (historical.objects().empty() && !statusTail) {
        // DIR data reference, reserved or proprietary: the bytes as the core names them.
        for (const smartcard::AtrByte &byte : historical.breakdown())
            if (byte.name != QLatin1String("T1"))
                addItem(root, byte.name, hexByte(byte.value), byte.meaning);
    }
    expandAll();
}
