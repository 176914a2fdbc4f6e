#pragma once

#include <QString>

// The reader tree's fixed texts, apart from the model that shows them: column titles and
// tooltips, the SCARD_STATE flags' meanings, the "present for" durations. Translated in the
// "ReaderTreeModel" context.
namespace readertreetext {

// "4 s", "2 min 05 s", "3 h 07 min"; a negative duration is "0 s".
QString durationText(qint64 ms);
// "SCARD_STATE_PRESENT: a card is in the reader" for "present" (a ReaderStatus::stateNames()
// name); a name not known is returned as it is.
QString stateFlagDescription(const QString &flag);
// For a ReaderTreeModel::Column.
QString columnTitle(int column);
QString columnToolTip(int column);

} // namespace readertreetext
