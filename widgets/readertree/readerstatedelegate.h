#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QFontMetrics;

// Paints a reader's SCARD_STATE flags (ReaderTreeModel::StateFlagsRole) as small rounded
// badges in the state column, and every cell at one fixed height (the tree's rows are
// uniform; no measuring per row).
//
// Colours come from the palette the view paints with, so they follow a light or a dark
// theme: each flag has an accent hue (green present, blue in use, purple exclusive, amber
// unpowered, red mute / unavailable / unknown, neutral empty); the badge is the base (or
// the selection's highlight) tinted towards it, outlined with it, and lettered with the
// palette's own text colour, whose contrast against the base the theme already guarantees.
// A cell of a stale row (ServiceAvailableRole false) is painted disabled: grey badges.
class ReaderStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct BadgeColors
    {
        QColor fill;
        QColor border;
        QColor text;
    };

    explicit ReaderStateDelegate(QObject *parent = nullptr);

    // The column whose StateFlagsRole is painted as badges (ReaderTreeModel::StateColumn).
    void setBadgeColumn(int column) { m_badgeColumn = column; }
    int badgeColumn() const { return m_badgeColumn; }

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height of every row, for a font.
    static int rowHeight(const QFontMetrics &metrics);
    // The colours of one flag's badge in `palette`: enabled or not, on a selected row or not.
    static BadgeColors badgeColors(const QString &flag, const QPalette &palette, bool enabled, bool selected);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QStringList flagsOf(const QModelIndex &index) const;
    int badgesWidth(const QStringList &flags, const QFontMetrics &metrics) const;

    int m_badgeColumn;
};
