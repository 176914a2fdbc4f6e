#pragma once

#include "apduvalidator.h"

#include <QSet>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// The console's APDU input: a hex editor ("apduEdit") validated as you type (the first error
// underlined in red at its position, its message as the tooltip and in the status label
// "apduStatus", which otherwise shows the APDU case), the Send button ("sendButton"),
// disabled while the text is not a valid APDU or sending is not allowed, and the Fill Lc
// actions ("fillLcAction", "fillLcLeAction" adds Le 00). Enter sends.
//
// History: every APDU sent, newest first, deduplicated by its bytes, at most historyLimit,
// kept in QSettings under historySettingsKey. Up and Down in the editor walk it; Ctrl+R (or
// the "historyButton") opens "historyPanel", a search box ("historySearch") filtering
// "historyList" by any part of the hex, with or without spaces; Enter or a double click takes
// the entry.
class ApduEdit : public QWidget
{
    Q_OBJECT

public:
    static constexpr int historyLimit = 200;
    static constexpr const char *historySettingsKey = "console/history";

    explicit ApduEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    const ApduValidation &validation() const { return m_validation; }

    // Whether sending is possible at all (connected, nothing pending); Send needs this and
    // a valid APDU.
    void setSendAllowed(bool allowed);
    bool isSendAllowed() const { return m_sendAllowed; }

    QStringList history() const { return m_history; }
    void clearHistory();

public Q_SLOTS:
    // Sends (emits sendRequested) when allowed and valid; otherwise does nothing.
    void send();
    void fillLc();
    void fillLcWithLe();
    void showHistorySearch();

Q_SIGNALS:
    void sendRequested(const smartcard::Bytes &apdu);
    void validationChanged(const ApduValidation &validation);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void revalidate();
    void markError();
    void updateSendButton();
    void applyFill(std::optional<int> le);
    void addToHistory(const smartcard::Bytes &apdu);
    void walkHistory(int step);
    void filterHistory(const QString &filter);
    void takeHistoryEntry();
    QWidget *makeHistoryPanel();

    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QPushButton *m_sendButton;
    QToolButton *m_fillButton;
    QAction *m_fillLcAction;
    QAction *m_fillLcLeAction;
    QToolButton *m_historyButton;
    QWidget *m_historyPanel;
    QLineEdit *m_historySearch;
    QListWidget *m_historyList;

    ApduValidation m_validation;
    bool m_sendAllowed = false;
    QStringList m_history; // newest first, "00 A4 04 00" form
    QSet<QString> m_sessionOnly; // entries with secrets (VERIFY, PUT KEY...): never written to settings
    int m_historyIndex = -1; // -1: the draft being typed
    QString m_draft;
};
