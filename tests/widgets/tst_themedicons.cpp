#include "icons/themedicons.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

// ThemedIcons: the variant follows the window colour's lightness, every icon exists in both
// variants and renders (Qt's SVG icon engine is there), bound icons change with the palette.
class TestThemedIcons : public QObject
{
    Q_OBJECT

private slots:
    void variantFollowsTheWindowColour_data();
    void variantFollowsTheWindowColour();
    void everyIconRendersInBothVariants_data();
    void everyIconRendersInBothVariants();
    void boundIconsFollowAPaletteChange();
    void boundIconsFollowTheApplicationPalette();
    void aDestroyedTargetIsForgotten();

private:
    static QPalette paletteWithWindow(const QColor &window);
};

QPalette TestThemedIcons::paletteWithWindow(const QColor &window)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    return palette;
}

void TestThemedIcons::variantFollowsTheWindowColour_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<ThemedIcons::Variant>("variant");
    QTest::newRow("white") << QColor(Qt::white) << ThemedIcons::Variant::Light;
    QTest::newRow("Fusion light grey") << QColor(0xef, 0xef, 0xef) << ThemedIcons::Variant::Light;
    QTest::newRow("mid grey 128") << QColor(128, 128, 128) << ThemedIcons::Variant::Light;
    QTest::newRow("mid grey 127") << QColor(127, 127, 127) << ThemedIcons::Variant::Dark;
    QTest::newRow("Breeze dark") << QColor(0x31, 0x36, 0x3b) << ThemedIcons::Variant::Dark;
    QTest::newRow("black") << QColor(Qt::black) << ThemedIcons::Variant::Dark;
    QTest::newRow("saturated dark blue") << QColor(0, 0, 139) << ThemedIcons::Variant::Dark;
}

void TestThemedIcons::variantFollowsTheWindowColour()
{
    QFETCH(QColor, window);
    QFETCH(ThemedIcons::Variant, variant);
    QCOMPARE(ThemedIcons::variantFor(paletteWithWindow(window)), variant);
}

void TestThemedIcons::everyIconRendersInBothVariants_data()
{
    QTest::addColumn<QString>("path");
    for (const char *name :
        { "refresh", "connect", "disconnect", "copy", "card", "reader", "reader-card", "warning" })
        for (const auto variant : { ThemedIcons::Variant::Light, ThemedIcons::Variant::Dark }) {
            const QString path = ThemedIcons::path(QString::fromLatin1(name), variant);
            QTest::newRow(qPrintable(path)) << path;
        }
    QTest::newRow("application icon") << QStringLiteral(":/icons/app/cardscope.svg");
}

void TestThemedIcons::everyIconRendersInBothVariants()
{
    QFETCH(QString, path);
    QVERIFY(QFile::exists(path));
    const QImage image = QIcon(path).pixmap(32, 32).toImage();
    QVERIFY2(!image.isNull(), "no SVG icon engine? (libqt6svg6)");
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0;
    QVERIFY2(painted > 20, qPrintable(QString::number(painted)));
}

void TestThemedIcons::boundIconsFollowAPaletteChange()
{
    QWidget window;
    window.setPalette(paletteWithWindow(Qt::white));
    ThemedIcons icons(&window);
    QAction action;
    auto *button = new QToolButton(&window);
    auto *label = new QLabel(&window);
    icons.bind(&action, QStringLiteral("refresh"));
    icons.bind(button, QStringLiteral("copy"));
    icons.bind(label, QStringLiteral("warning"), 16);
    QCOMPARE(icons.variant(), ThemedIcons::Variant::Light);
    const QImage lightAction = action.icon().pixmap(24, 24).toImage();
    const QImage lightLabel = label->pixmap().toImage();
    QVERIFY(!lightAction.isNull());

    QSignalSpy changed(&icons, &ThemedIcons::variantChanged);
    window.setPalette(paletteWithWindow(QColor(0x20, 0x20, 0x20)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(icons.variant(), ThemedIcons::Variant::Dark);
    QVERIFY(action.icon().pixmap(24, 24).toImage() != lightAction);
    QVERIFY(label->pixmap().toImage() != lightLabel);
    QCOMPARE(button->icon().pixmap(24, 24).toImage(),
        QIcon(ThemedIcons::path(QStringLiteral("copy"), ThemedIcons::Variant::Dark))
            .pixmap(24, 24)
            .toImage());

    // A change that keeps the variant sets nothing again.
    window.setPalette(paletteWithWindow(QColor(0x10, 0x10, 0x10)));
    QCOMPARE(changed.count(), 1);
}

void TestThemedIcons::boundIconsFollowTheApplicationPalette()
{
    const QPalette original = QApplication::palette();
    QApplication::setPalette(paletteWithWindow(Qt::white));
    QWidget window;
    ThemedIcons icons(&window);
    QAction action;
    icons.bind(&action, QStringLiteral("card"));
    QCOMPARE(icons.variant(), ThemedIcons::Variant::Light);
    QSignalSpy changed(&icons, &ThemedIcons::variantChanged);
    QApplication::setPalette(paletteWithWindow(Qt::black));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(icons.variant(), ThemedIcons::Variant::Dark);
    QApplication::setPalette(original);
}

void TestThemedIcons::aDestroyedTargetIsForgotten()
{
    QWidget window;
    window.setPalette(paletteWithWindow(Qt::white));
    ThemedIcons icons(&window);
    auto *action = new QAction;
    icons.bind(action, QStringLiteral("refresh"));
    delete action;
    window.setPalette(paletteWithWindow(Qt::black)); // would crash on the deleted action
    QCOMPARE(icons.variant(), ThemedIcons::Variant::Dark);
}

QTEST_MAIN(TestThemedIcons)
#include "tst_themedicons.moc"
