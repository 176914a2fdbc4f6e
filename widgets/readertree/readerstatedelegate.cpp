#include "readertree/readerstatedelegate.h"

#include "readertree/readertreemodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <array>

namespace {

constexpr int HorizontalPadding = 6; // inside a badge, each side of its text
constexpr int VerticalPadding = 2; // inside a badge, above and below its text
constexpr int Spacing = 4; // between two badges
constexpr int RowMargin = 3; // between a badge and the row's edges

struct Accent
{
    const char *flag;
    QRgb onLight; // saturated enough to read against a light base
    QRgb onDark; // light enough to read against a dark base
};

// Material-like hues: one meaning per colour (green: a card; blue/purple: in use; amber: no
// power; red: something is wrong). Flags not listed are neutral.
constexpr std::array<Accent, 8> Accents { {
    { "present", 0x2E7D32, 0x81C784 },
    { "inuse", 0x1565C0, 0x64B5F6 },
    { "exclusive", 0x6A1B9A, 0xCE93D8 },
    { "unpowered", 0xE65100, 0xFFB74D },
    { "mute", 0xC62828, 0xEF9A9A },
    { "unavailable", 0xC62828, 0xEF9A9A },
    { "unknown", 0xC62828, 0xEF9A9A },
    { "atrmatch", 0x00838F, 0x80DEEA },
} };

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const auto channel = [&](float a, float b) { return a + (b - a) * float(amount); };
    return QColor::fromRgbF(channel(from.redF(), to.redF()), channel(from.greenF(), to.greenF()),
        channel(from.blueF(), to.blueF()));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor accentOf(const QString &flag, const QPalette &palette)
{
    const bool dark = isDark(palette);
    for (const Accent &accent : Accents) {
        if (flag == QLatin1String(accent.flag))
            return QColor(dark ? accent.onDark : accent.onLight);
    }
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.5);
}

QFont badgeFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}

} // namespace

ReaderStateDelegate::ReaderStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_badgeColumn(ReaderTreeModel::StateColumn)
{ }

int ReaderStateDelegate::rowHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 2 * (VerticalPadding + RowMargin);
}

ReaderStateDelegate::BadgeColors ReaderStateDelegate::badgeColors(
    const QString &flag, const QPalette &palette, bool enabled, bool selected)
{
    const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
    if (!enabled) {
        const QColor grey = palette.color(QPalette::Disabled, QPalette::Text);
        const QColor base
            = palette.color(QPalette::Disabled, selected ? QPalette::Highlight : QPalette::Base);
        return { mix(base, grey, 0.1), grey, grey };
    }
    const QColor accent = accentOf(flag, palette);
    if (selected) {
        const QColor highlight = palette.color(group, QPalette::Highlight);
        const QColor text = palette.color(group, QPalette::HighlightedText);
        return { mix(highlight, accent, 0.2), mix(text, accent, 0.35), text };
    }
    const QColor base = palette.color(group, QPalette::Base);
    return { mix(base, accent, isDark(palette) ? 0.22 : 0.14), accent, palette.color(group, QPalette::Text) };
}

void ReaderStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // A stale row (service lost) is painted with the palette's disabled group, as any disabled item.
    const QVariant available = index.data(ReaderTreeModel::ServiceAvailableRole);
    if (available.isValid() && !available.toBool())
        option->state &= ~QStyle::State_Enabled;
}

QStringList ReaderStateDelegate::flagsOf(const QModelIndex &index) const
{
    if (index.column() != m_badgeColumn)
        return {};
    return index.data(ReaderTreeModel::StateFlagsRole).toStringList();
}

int ReaderStateDelegate::badgesWidth(const QStringList &flags, const QFontMetrics &metrics) const
{
    int width = 0;
    for (const QString &flag : flags)
        width += metrics.horizontalAdvance(flag) + 2 * HorizontalPadding + Spacing;
    return width + 2 * RowMargin;
}

void ReaderStateDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList flags = flagsOf(index);
    if (flags.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style paints the background, selection and focus; the badges are ours
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = opt.rect.adjusted(RowMargin, 0, -RowMargin, 0);
    const QFont font = badgeFont(opt.font);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2 * VerticalPadding;
    const int top = area.top() + (area.height() - height) / 2;
    const bool enabled = opt.state & QStyle::State_Enabled;
    const bool selected = opt.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(area);
    painter->setFont(font);
    int x = area.left();
    for (qsizetype i = 0; i < flags.size(); ++i) {
        // What does not fit is counted in a last "+N" badge rather than cut in the middle.
        QString text = flags[i];
        const QString more = QStringLiteral("+%1").arg(flags.size() - i);
        const int width = metrics.horizontalAdvance(text) + 2 * HorizontalPadding;
        const int moreWidth = metrics.horizontalAdvance(more) + 2 * HorizontalPadding;
        // Room for this badge and, unless it is the last, for a "+N" after it.
        const int needed = width + (i == flags.size() - 1 ? 0 : Spacing + moreWidth);
        int badgeWidth = width;
        if (x + needed > area.right()) {
            text = more;
            badgeWidth = moreWidth;
        }
        const BadgeColors colors
            = badgeColors(text == more ? QString() : text, opt.palette, enabled, selected);
        const QRectF badge(x + 0.5, top + 0.5, badgeWidth - 1, height - 1);
        QPainterPath path;
        path.addRoundedRect(badge, height / 2.0, height / 2.0);
        painter->fillPath(path, colors.fill);
        painter->setPen(QPen(colors.border, 1));
        painter->drawPath(path);
        painter->setPen(colors.text);
        painter->drawText(badge, Qt::AlignCenter, text);
        if (text == more)
            break;
        x += badgeWidth + Spacing;
    }
    painter->restore();
}

QSize ReaderStateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // One height for every row and column, whatever a cell holds.
    const int height = rowHeight(option.fontMetrics);
    const QStringList flags = flagsOf(index);
    if (flags.isEmpty())
        return { QStyledItemDelegate::sizeHint(option, index).width(), height };
    return { badgesWidth(flags, QFontMetrics(badgeFont(option.font))), height };
}
