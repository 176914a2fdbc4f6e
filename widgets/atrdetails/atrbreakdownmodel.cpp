#include "atrbreakdownmodel.h"

#include "atr/atr.h"
#include "icons/themedicons.h"
#include "util/hexstring.h"

#include <QBrush>
#include <QFontDatabase>
#include <QGuiApplication>

#include <algorithm>

namespace {

// A red that keeps its contrast on light and dark palettes alike.
const QColor ProblemAccent(0xE5, 0x53, 0x4B);

QString hexByte(std::uint8_t value)
{
    return smartcard::toHexString(std::span<const std::uint8_t>(&value, 1));
}

QString bits(std::uint8_t value)
{
    const QString text = QStringLiteral("%1").arg(value, 8, 2, QLatin1Char('0'));
    return text.left(4) + QLatin1Char(' ') + text.mid(4);
}

} // namespace

AtrBreakdownModel::AtrBreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AtrBreakdownModel::setAtr(const smartcard::ATR &atr)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(atr.breakdown().size() + 1);
    for (const smartcard::AtrByte &byte : atr.breakdown())
        m_rows.push_back({ byte.offset, byte.value, byte.name, byte.meaning, {} });
    m_problemCount = int(atr.errors().size());
    for (const smartcard::ParseError &error : atr.errors()) {
        auto found = std::find_if(m_rows.begin(), m_rows.end(),
            [&](const Row &row) { return row.value && row.offset == int(error.offset); });
        if (found == m_rows.end()) {
            // Past the last byte: what is missing is reported where the ATR ends.
            if (m_rows.empty() || m_rows.back().value)
                m_rows.push_back({ int(atr.bytes().size()), std::nullopt, tr("end"),
                    tr("the ATR ends here (%n byte(s))", nullptr, int(atr.bytes().size())), {} });
            found = std::prev(m_rows.end());
        }
        found->problems << error.message;
    }
    endResetModel();
}

void AtrBreakdownModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_problemCount = 0;
    endResetModel();
}

int AtrBreakdownModel::rowForOffset(int offset) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].offset == offset || (!m_rows[i].value && offset >= m_rows[i].offset))
            return int(i);
    }
    return -1;
}

QString AtrBreakdownModel::rowsAsText(const QModelIndexList &indexes) const
{
    std::vector<int> rows;
    rows.reserve(std::size_t(indexes.size()));
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.model() == this)
            rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList lines;
    for (int row : rows) {
        QStringList fields;
        for (int column : { OffsetColumn, HexColumn, NameColumn, MeaningColumn })
            fields << displayData(m_rows[std::size_t(row)], column).toString();
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

int AtrBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AtrBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AtrBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::ForegroundRole:
        return row.problems.isEmpty() ? QVariant() : QVariant(QBrush(ProblemAccent));
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !row.problems.isEmpty())
            return ThemedIcons::icon(QStringLiteral("warning"), QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (index.column() == HexColumn || index.column() == BitsColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OffsetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProblemsRole:
        return row.problems;
    case OffsetRole:
        return row.offset;
    default:
        return {};
    }
}

QVariant AtrBreakdownModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case OffsetColumn:
        return row.offset;
    case HexColumn:
        return row.value ? hexByte(*row.value) : QString();
    case NameColumn:
        return row.name;
    case BitsColumn:
        return row.value ? bits(*row.value) : QString();
    case MeaningColumn:
        if (row.problems.isEmpty())
            return row.meaning;
        return row.value ? QStringLiteral("%1 — %2").arg(row.meaning, row.problems.join(QStringLiteral("; ")))
                         : row.problems.join(QStringLiteral("; "));
    default:
        return {};
    }
}

QString AtrBreakdownModel::toolTip(const Row &row) const
{
    QString text = row.value ? tr("Byte %1 (%2): %3").arg(row.offset).arg(row.name, row.meaning)
                             : tr("After the last byte (offset %1)").arg(row.offset);
    for (const QString &problem : row.problems)
        text += QLatin1Char('\n') + tr("Problem: %1").arg(problem);
    return text;
}

QVariant AtrBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *const Titles[ColumnCount] = { QT_TR_NOOP("Offset"), QT_TR_NOOP("Byte"),
        QT_TR_NOOP("Name"), QT_TR_NOOP("Bits"), QT_TR_NOOP("Meaning") };
    static const char *const Tips[ColumnCount] = { QT_TR_NOOP("Position of the byte in the ATR, from 0"),
        QT_TR_NOOP("The byte in hex"), QT_TR_NOOP("ISO/IEC 7816-3 name (T1..TK are the historical bytes)"),
        QT_TR_NOOP("The byte in binary, bits 8 to 1"), QT_TR_NOOP("What the byte says, and any problem") };
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(Titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(Tips[section]);
    return {};
}
