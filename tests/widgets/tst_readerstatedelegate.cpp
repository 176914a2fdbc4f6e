// ReaderStateDelegate: badges readable in light and dark palettes (text contrast against the
// badge, badge outline visible against the row), grey when stale, one row height whatever the
// flags, and the badges painted in their accent colour.
#include "readertree/readerstatedelegate.h"
#include "readertree/readertreemodel.h"
#include "recordedevents.h"

#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QTest>
#include <QTreeView>

#include <cmath>
#include <memory>

using namespace recorded;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto linear
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// A dark palette as desktop themes make them (Breeze Dark's main colours).
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x73));
    return palette;
}

const QStringList AllFlags { "ignore", "changed", "unknown", "unavailable", "empty", "present", "atrmatch",
    "exclusive", "inuse", "mute", "unpowered" };

} // namespace

class TestReaderStateDelegate : public QObject
{
    Q_OBJECT

private slots:
    void badgeColours_data();
    void badgeColours();
    void staleIsGrey();
    void oneRowHeight();
    void paintsBadges_data();
    void paintsBadges();
};

void TestReaderStateDelegate::badgeColours_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("selected");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("light, selected") << lightPalette() << true;
    QTest::newRow("dark") << darkPalette() << false;
    QTest::newRow("dark, selected") << darkPalette() << true;
}

void TestReaderStateDelegate::badgeColours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, selected);
    const QColor row = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    for (const QString &flag : AllFlags) {
        const auto colors = ReaderStateDelegate::badgeColors(flag, palette, true, selected);
        // Letters at least as readable as the palette's own selected text (WCAG AA for body text
        // needs 4.5; a palette's highlight pair may have less, and the badge must not lose much).
        const double minimum = selected ? 0.8 * contrast(palette.color(QPalette::HighlightedText), row) : 4.5;
        QVERIFY2(contrast(colors.text, colors.fill) >= minimum,
            qPrintable(
                QStringLiteral("%1: text contrast %2").arg(flag).arg(contrast(colors.text, colors.fill))));
        QVERIFY2(colors.border != row, qPrintable(flag));
    }
    // The accents differ where the meanings differ, and in the dark they are lighter.
    const auto present = ReaderStateDelegate::badgeColors("present", palette, true, selected);
    const auto mute = ReaderStateDelegate::badgeColors("mute", palette, true, selected);
    QVERIFY(present.border != mute.border);
    if (!selected) {
        QVERIFY(contrast(present.border, row) >= 3.0); // WCAG AA for graphical objects
        QVERIFY(contrast(mute.border, row) >= 3.0);
    }
}

void TestReaderStateDelegate::staleIsGrey()
{
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        const auto present = ReaderStateDelegate::badgeColors("present", palette, false, false);
        const auto mute = ReaderStateDelegate::badgeColors("mute", palette, false, false);
        QCOMPARE(present.border, mute.border);
        QCOMPARE(present.text, palette.color(QPalette::Disabled, QPalette::Text));
    }
}

void TestReaderStateDelegate::oneRowHeight()
{
    ReaderTreeModel model;
    play(model,
        appears(empty(ReaderA))
            + appears(
                present(ReaderB, 1, Atr1, flag::InUse | flag::Exclusive | flag::Mute | flag::Unpowered)));
    ReaderStateDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QFont();
    option.fontMetrics = QFontMetrics(option.font);
    const int height = ReaderStateDelegate::rowHeight(option.fontMetrics);
    for (const QModelIndex &index : { model.index(0, 0), model.index(0, ReaderTreeModel::StateColumn),
             model.index(1, ReaderTreeModel::StateColumn),
             model.indexOfCard(ReaderB, ReaderTreeModel::AtrColumn) })
        QCOMPARE(delegate.sizeHint(option, index).height(), height);
    // More flags, wider; never taller.
    QVERIFY(delegate.sizeHint(option, model.index(1, ReaderTreeModel::StateColumn)).width()
        > delegate.sizeHint(option, model.index(0, ReaderTreeModel::StateColumn)).width());
}

void TestReaderStateDelegate::paintsBadges_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

// The state cell of a reader with a card shows the "present" accent; a stale one does not.
void TestReaderStateDelegate::paintsBadges()
{
    QFETCH(QPalette, palette);
    ReaderTreeModel model;
    play(model, appears(present(ReaderA, 1, Atr1)));
    QTreeView view;
    view.setPalette(palette);
    view.setModel(&model);
    ReaderStateDelegate delegate;
    const QModelIndex cell = model.index(0, ReaderTreeModel::StateColumn);
    const auto render = [&] {
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.palette = palette;
        option.widget = &view;
        option.rect = QRect(0, 0, 200, ReaderStateDelegate::rowHeight(option.fontMetrics));
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(palette.color(QPalette::Base));
        QPainter painter(&image);
        delegate.paint(&painter, option, cell);
        return image;
    };
    const auto hasColour = [](const QImage &image, const QColor &colour) {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                        + std::abs(pixel.blue() - colour.blue())
                    < 12)
                    return true;
            }
        }
        return false;
    };
    const QColor accent = ReaderStateDelegate::badgeColors("present", palette, true, false).border;
    QVERIFY(hasColour(render(), accent));
    play(model, Events { lost() });
    QVERIFY(!hasColour(render(), accent));
}

QTEST_MAIN(TestReaderStateDelegate)
#include "tst_readerstatedelegate.moc"
