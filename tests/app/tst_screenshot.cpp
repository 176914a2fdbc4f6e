#include "atrdetails/atrdetailswidget.h"
#include "icons/themedicons.h"
#include "mainwindow.h"
#include "pcscrig.h"
#include "readertree/readertreemodel.h"
#include "readertree/readertreeview.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using cardscope::testing::PcscRig;

// Renders the main window, with the emulated card selected, in a light and a dark palette
// to PNG files in the build folder (CARDSCOPE_SCREENSHOT_DIR): the README's screenshot
// (docs/screenshot-*.png) comes from here. The window has a fixed size; the palettes stand
// for a desktop's light and dark themes (the application itself never forces one).
class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersInBothPalettes_data();
    void rendersInBothPalettes();

private:
    static QPalette darkPalette();

    QTemporaryDir m_settingsDir;
    PcscRig m_rig;
};

void TestScreenshot::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CardScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshot"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(!Translations::install(qApp, QLocale(QLocale::English)).isEmpty());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QVERIFY(QDir().mkpath(QStringLiteral(CARDSCOPE_SCREENSHOT_DIR)));
    QVERIFY2(m_rig.start(), qPrintable(m_rig.errorString()));
    QVERIFY2(m_rig.insertT1AndT0Cards(), qPrintable(m_rig.errorString()));
}

QPalette TestScreenshot::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe9, 0xef);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7f, 0x88));
    return palette;
}

void TestScreenshot::rendersInBothPalettes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << QStringLiteral("light") << false;
    QTest::newRow("dark") << QStringLiteral("dark") << true;
}

void TestScreenshot::rendersInBothPalettes()
{
    QFETCH(QString, name);
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto *tree = window.findChild<ReaderTreeView *>(QStringLiteral("readerTree"));
    auto *model = qobject_cast<ReaderTreeModel *>(tree->model());
    QTRY_VERIFY(model->indexOfCard(m_rig.readerName(0)).isValid());
    QTRY_VERIFY(model->indexOfCard(m_rig.readerName(1)).isValid());
    tree->setCurrentIndex(model->indexOfCard(m_rig.readerName(0)));
    QTRY_COMPARE(tree->currentReader(), m_rig.readerName(0));
    QTRY_VERIFY(window.findChild<ThemedIcons *>() != nullptr);
    QCOMPARE(window.findChild<ThemedIcons *>()->variant(),
        dark ? ThemedIcons::Variant::Dark : ThemedIcons::Variant::Light);
    // Let the detail views settle (smartcard_list.txt is read off the GUI thread).
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *atr = window.findChild<AtrDetailsWidget *>(QStringLiteral("atrDetails"));
    QTRY_VERIFY(atr->isSmartcardListLoaded());

    const QImage image = window.grab().toImage();
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1280, 800));
    const QString path = QStringLiteral(CARDSCOPE_SCREENSHOT_DIR "/mainwindow-%1.png").arg(name);
    QVERIFY(image.save(path, "PNG", 0)); // quality 0: the smallest file (zlib level 9)
    // The status bar's background follows the palette.
    const QColor corner = image.pixelColor(image.width() - 4, image.height() - 4);
    QCOMPARE(corner.lightness() < 128, dark);
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
