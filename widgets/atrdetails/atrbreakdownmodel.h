#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace smartcard {
class ATR;
}

// The byte-by-byte breakdown of an ATR as the core's parser gives it (smartcard::ATR::breakdown()):
// one row per byte with its offset, hex value, ISO/IEC 7816-3 name, bits and meaning. Every
// problem the parser reports is attached to the row of its byte; problems that lie past the
// last byte (a truncated or empty ATR) go to one last row, "end", that has no byte. Rows with
// problems carry a warning icon, a foreground accent and the problems in their tooltip.
class AtrBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OffsetColumn, HexColumn, NameColumn, BitsColumn, MeaningColumn, ColumnCount };
    enum Role {
        ProblemsRole = Qt::UserRole + 1, // QStringList: the problems found at this byte
        OffsetRole, // int: the byte offset in the ATR
    };

    explicit AtrBreakdownModel(QObject *parent = nullptr);

    void setAtr(const smartcard::ATR &atr);
    void clear();

    // The row of a byte offset (or the "end" row for an offset past the last byte); -1 if none.
    int rowForOffset(int offset) const;
    int problemCount() const { return m_problemCount; }
    // The rows as tab-separated lines (offset, byte, name, meaning and problems), in ATR order.
    QString rowsAsText(const QModelIndexList &indexes) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int offset = 0;
        std::optional<std::uint8_t> value; // empty for the "end" row
        QString name;
        QString meaning;
        QStringList problems;
    };

    QVariant displayData(const Row &row, int column) const;
    QString toolTip(const Row &row) const;

    std::vector<Row> m_rows;
    int m_problemCount = 0;
};
