#pragma once

#include "log/sessionlogfilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

// The filter fields above the session log table (objectName "logFilterBar"): reader
// ("logReaderFilter", a combo), SW patterns ("logSwFilter": "9000, 61xx"), INS
// ("logInsFilter": "A4, B0"), text or hex ("logTextFilter") and kind ("logKindFilter").
// Typing is debounced (150 ms) so that a million rows are filtered once per pause, not per
// key. A pattern that does not parse is shown in "logFilterError" with its position, and the
// filter keeps its previous patterns (what SessionLogFilter does).
class SessionLogFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 150;

    explicit SessionLogFilterBar(QWidget *parent = nullptr);

    const smartcard::SessionLogFilter &filter() const { return m_filter; }
    // The readers to offer, in the log's order; the choice is kept when it is still there.
    void setReaders(const QStringList &readers);
    int readerCount() const;
    QString errorText() const;

Q_SIGNALS:
    void filterChanged(const smartcard::SessionLogFilter &filter);

private:
    void apply();

    smartcard::SessionLogFilter m_filter;
    QComboBox *m_reader = nullptr;
    QLineEdit *m_sw = nullptr;
    QLineEdit *m_ins = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_error = nullptr;
    QTimer m_debounce;
};
