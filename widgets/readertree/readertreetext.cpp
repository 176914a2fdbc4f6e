#include "readertree/readertreetext.h"

#include "readertree/readertreemodel.h"

#include <QCoreApplication>
#include <QHash>

namespace readertreetext {

QString durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    const auto two = [](qint64 value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    if (seconds < 60)
        return QCoreApplication::translate("ReaderTreeModel", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("ReaderTreeModel", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(two(seconds % 60));
    return QCoreApplication::translate("ReaderTreeModel", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg(two(seconds / 60 % 60));
}

QString stateFlagDescription(const QString &flag)
{
    // The constant's name is not translated: it is what pcsc-lite's headers and tools print.
    static const QHash<QString, std::pair<const char *, const char *>> descriptions {
        { QStringLiteral("ignore"),
            { "SCARD_STATE_IGNORE", QT_TRANSLATE_NOOP("ReaderTreeModel", "the reader is ignored") } },
        { QStringLiteral("changed"),
            { "SCARD_STATE_CHANGED", QT_TRANSLATE_NOOP("ReaderTreeModel", "the state changed") } },
        { QStringLiteral("unknown"),
            { "SCARD_STATE_UNKNOWN", QT_TRANSLATE_NOOP("ReaderTreeModel", "the reader is not known") } },
        { QStringLiteral("unavailable"),
            { "SCARD_STATE_UNAVAILABLE",
                QT_TRANSLATE_NOOP("ReaderTreeModel", "the reader's state is not available") } },
        { QStringLiteral("empty"),
            { "SCARD_STATE_EMPTY", QT_TRANSLATE_NOOP("ReaderTreeModel", "no card in the reader") } },
        { QStringLiteral("present"),
            { "SCARD_STATE_PRESENT", QT_TRANSLATE_NOOP("ReaderTreeModel", "a card is in the reader") } },
        { QStringLiteral("atrmatch"),
            { "SCARD_STATE_ATRMATCH",
                QT_TRANSLATE_NOOP("ReaderTreeModel", "the card's ATR matches a card searched for") } },
        { QStringLiteral("exclusive"),
            { "SCARD_STATE_EXCLUSIVE",
                QT_TRANSLATE_NOOP("ReaderTreeModel", "the card is in exclusive use by an application") } },
        { QStringLiteral("inuse"),
            { "SCARD_STATE_INUSE",
                QT_TRANSLATE_NOOP("ReaderTreeModel", "the card is in use by one or more applications") } },
        { QStringLiteral("mute"),
            { "SCARD_STATE_MUTE",
                QT_TRANSLATE_NOOP("ReaderTreeModel", "the card does not answer (no valid ATR)") } },
        { QStringLiteral("unpowered"),
            { "SCARD_STATE_UNPOWERED", QT_TRANSLATE_NOOP("ReaderTreeModel", "the card is not powered") } },
    };
    const auto found = descriptions.constFind(flag);
    if (found == descriptions.constEnd())
        return flag;
    return QStringLiteral("%1: %2").arg(
        QLatin1String(found->first), QCoreApplication::translate("ReaderTreeModel", found->second));
}

QString columnTitle(int column)
{
    switch (column) {
    case ReaderTreeModel::NameColumn:
        return QCoreApplication::translate("ReaderTreeModel", "Reader");
    case ReaderTreeModel::StateColumn:
        return QCoreApplication::translate("ReaderTreeModel", "State");
    case ReaderTreeModel::CounterColumn:
        return QCoreApplication::translate("ReaderTreeModel", "Events");
    case ReaderTreeModel::AtrColumn:
        return QCoreApplication::translate("ReaderTreeModel", "ATR");
    case ReaderTreeModel::PresentForColumn:
        return QCoreApplication::translate("ReaderTreeModel", "Present for");
    }
    return {};
}

QString columnToolTip(int column)
{
    switch (column) {
    case ReaderTreeModel::NameColumn:
        return QCoreApplication::translate("ReaderTreeModel", "The reader, and under it the card in it");
    case ReaderTreeModel::StateColumn:
        return QCoreApplication::translate(
            "ReaderTreeModel", "Every SCARD_STATE flag the PC/SC service reports for the reader");
    case ReaderTreeModel::CounterColumn:
        return QCoreApplication::translate(
            "ReaderTreeModel", "The reader's event counter (the upper 16 bits of the event state)");
    case ReaderTreeModel::AtrColumn:
        return QCoreApplication::translate("ReaderTreeModel", "The card's answer to reset, in hexadecimal");
    case ReaderTreeModel::PresentForColumn:
        return QCoreApplication::translate("ReaderTreeModel", "How long the card has been in the reader");
    }
    return {};
}

} // namespace readertreetext
