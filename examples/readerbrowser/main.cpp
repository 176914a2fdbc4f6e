// A reader browser in one file, made of CardScope's widgets: the live reader tree on the
// left, the ATR of the selected card decoded on the right. This is all an application needs
// to embed them; CardScope's own main window (app/) adds docks, menus and settings.
#include "atrdetails/atrdetailswidget.h"
#include "monitor/readermonitor.h"
#include "readertree/readertreemodel.h"
#include "readertree/readertreeview.h"
#include "translations.h"

#include <QApplication>
#include <QSplitter>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Reader Browser"));
    Translations::install(&app, QLocale::system()); // optional: CardScope's catalogues

    // The monitor watches PC/SC on its own thread (the process's shared engine); the model
    // follows its signals, queued to this thread. Connect first, then start.
    smartcard::ReaderMonitor monitor;
    ReaderTreeModel model;
    model.attach(&monitor);

    QSplitter window;
    window.setWindowTitle(QStringLiteral("Reader Browser"));
    auto *tree = new ReaderTreeView(&window);
    tree->setModel(&model);
    auto *atr = new AtrDetailsWidget(&window);
    window.addWidget(tree);
    window.addWidget(atr);
    window.setStretchFactor(1, 1);

    // The current reader's card (or none): its ATR, decoded.
    QObject::connect(tree, &ReaderTreeView::currentReaderChanged, atr,
        [atr](const QString &, const QByteArray &bytes) { atr->setAtr(bytes); });
    if (argc > 1)
        tree->selectReader(QString::fromLocal8Bit(argv[1])); // when it appears

    monitor.start();
    window.resize(1100, 600);
    window.show();
    return QApplication::exec();
}
