#pragma once

#include "log/logentry.h"
#include "log/sessionlog.h"
#include "log/sessionlogfilter.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

// The rows of a session log as a table, built to stay smooth at a million entries
// (docs/session-log.md; STYLE.md "Model/view at scale"):
//
// - The model owns its SessionLog (log(); setLog() swaps in another, an import's). The log
//   keeps compact records; the model keeps only the vector of log indexes the current
//   filter lets through (SessionLogFilter), never a proxy model, and makes text in data()
//   for the rows a view asks for.
// - Appends come in batches (appendEntries(), fed by SessionRecorderAdapter's
//   entriesRecorded): one beginInsertRows per batch, the filter extended over the new
//   tail only. appendEntry() for single entries coalesces them with a 40 ms timer.
// - While the log is read on another thread (an export), setAppendsHeld(true) keeps
//   appended entries aside; releasing the hold appends them as one batch.
// - Secrets: the bytes of a Masked entry's range show as "••" unless setUnmasked(true),
//   an explicit choice the view asks the user to confirm. clear() masks again.
class SessionLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn, // "#": the entry's number in the log, 1-based
        TimeColumn, // local time with microseconds
        ReaderColumn,
        NameColumn, // the command's name for exchanges, else the kind; linked rows indented
        CommandColumn, // hex, truncated in the cell (the tooltip has it all)
        ResponseColumn, // response data, hex, truncated
        SwColumn, // "90 00"
        MeaningColumn, // the SW's short meaning, or the error of a failed entry
        DurationColumn, // microseconds
        FlagsColumn, // "failed", "masked", "linked", "imported", "note"
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        LogIndexRole = Qt::UserRole + 1, // uint: the entry's index in log()
        KindRole, // int: LogEntry::Kind
        FlagsRole, // uint: LogEntry flags
        SwRole, // uint: SW1 SW2 (exchanges with a response)
        FailedRole, // bool
        MaskedRole, // bool: has secret bytes (whether or not they are shown)
        LinkedRole, // bool: made by the connection for another exchange (originId set)
        OriginLogIndexRole, // int: log index of the origin exchange, -1 if none or not found
        OriginRowRole, // int: row of the origin in this (filtered) view, -1 if not shown
        ErrorTextRole, // QString: the error of a failed entry
        AnnotationRole, // QString
    };
    Q_ENUM(Role)

    // Bytes shown in a hex cell before it is cut with "…".
    static constexpr int CellBytes = 24;
    // How far back from a linked entry its origin is looked for (it comes just before it).
    static constexpr int OriginSearchDepth = 1024;

    explicit SessionLogModel(QObject *parent = nullptr);
    ~SessionLogModel() override;

    smartcard::SessionLog &log() { return *m_log; }
    const smartcard::SessionLog &log() const { return *m_log; }
    // Replaces the log (an import into an empty session); the view resets.
    void setLog(std::unique_ptr<smartcard::SessionLog> log);
    void clear();

    void appendEntries(const QList<smartcard::LogEntry> &entries);
    void appendEntry(const smartcard::LogEntry &entry); // coalesced, rows follow within 40 ms
    void flush(); // rows for what appendEntry() added, now

    void setAppendsHeld(bool held);
    bool areAppendsHeld() const { return m_held; }

    const smartcard::SessionLogFilter &filter() const { return m_filter; }
    void setFilter(const smartcard::SessionLogFilter &filter);
    // The log indexes of the rows, in order (what an export of this view writes).
    const std::vector<smartcard::SessionLog::Index> &rows() const { return m_rows; }
    smartcard::SessionLog::Index logIndex(int row) const { return m_rows[std::size_t(row)]; }
    // The row showing log index `index`, or -1 when the filter hides it.
    int rowOfLogIndex(smartcard::SessionLog::Index index) const;
    // The origin of the entry at `index`, if it is linked and found in the log.
    std::optional<smartcard::SessionLog::Index> originOf(smartcard::SessionLog::Index index) const;

    bool isUnmasked() const { return m_unmasked; }
    void setUnmasked(bool unmasked);

    void setAnnotation(int row, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The background of failed rows: a translucent red that reads on light and dark palettes.
    static QColor failedBackground();

Q_SIGNALS:
    void unmaskedChanged(bool unmasked);
    void logReplaced();

private:
    QVariant displayData(smartcard::SessionLog::Index index, int column) const;
    QString bytesText(smartcard::SessionLog::Index index, int column, int limit) const;
    QVariant roleData(smartcard::SessionLog::Index index, int role) const;
    void insertNewRows();

    std::unique_ptr<smartcard::SessionLog> m_log;
    smartcard::SessionLogFilter m_filter;
    std::vector<smartcard::SessionLog::Index> m_rows;
    smartcard::SessionLog::Index m_scanned = 0; // the filter has seen [0, m_scanned)
    QList<smartcard::LogEntry> m_heldEntries;
    QTimer m_coalesce;
    bool m_held = false;
    bool m_unmasked = false;
};
