#include "readerlistwidget.h"

#include "pcsc/readerstatenames.h"
#include "util/hexstring.h"

#include <QHeaderView>

using namespace smartcard::pcsc;

ReaderListWidget::ReaderListWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("readerList"));
    setAccessibleName(tr("Readers"));
    setHeaderLabels({ tr("Reader"), tr("State"), tr("ATR") });
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
}

void ReaderListWidget::showSnapshot(const ServiceSnapshot &snapshot)
{
    clear();
    for (const ReaderState &state : snapshot.readers) {
        const bool present = state.eventState & readerstate::Present;
        const QStringList flags
            = readerStateNames(state.eventState & readerstate::FlagMask & ~readerstate::Changed);
        auto *item = new QTreeWidgetItem(this,
            { QString::fromStdString(state.reader), flags.join(QStringLiteral(", ")),
                present ? smartcard::toHexString(state.atr) : QString() });
        item->setToolTip(2, item->text(2));
    }
    resizeColumnToContents(0);
}
