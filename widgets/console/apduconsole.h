#pragma once

#include "connection/cardconnectionevent.h"
#include "consolereply.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <vector>

class ApduEdit;
class CommandSetPanel;
class ControlPanel;
class ConnectionWorker;
class ScriptPanel;
class WorkerThread;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace smartcard {
class CardConnectionObserver;
class CardConnectionObserverAdapter;
namespace pcsc {
class PcscApi;
}
} // namespace smartcard

// The APDU console for one reader at a time ("apduConsole"): connection controls, the APDU
// editor with Send, Cancel and a timeout, the response view, named command sets, a Control
// tab (SCardControl) and a Script tab. All card I/O runs on a ConnectionWorker on its own
// thread (one per reader; setReader() replaces it); the console only sends requests and
// shows replies.
//
// Timeout and cancel: a transmit or control the console stops waiting for (its timeout, or
// Cancel) is shown as timed out / cancelled at once. PC/SC cannot interrupt the call, so the
// worker finishes it; its late reply is shown as late (never as the answer to a later
// command), the observers log it as what it was, and the worker then disconnects with a reset.
// Card buttons stay disabled until the worker is free again.
//
// Every connection event (commands, responses, control, connect, disconnect, failures) is
// re-emitted as connectionEvent() on the GUI thread, and plain observers (the session log's)
// can be added with addConnectionObserver(): they follow the console from reader to reader.
class ApduConsole : public QWidget
{
    Q_OBJECT

public:
    // `api` null: the system's PC/SC (tests pass a fake).
    explicit ApduConsole(QWidget *parent = nullptr, smartcard::pcsc::PcscApi *api = nullptr);
    ~ApduConsole() override;

    // Waits for a call in progress on the previous reader's worker (PC/SC cannot cut it short).
    void setReader(const QString &reader);
    QString reader() const { return m_reader; }
    bool isConnected() const { return m_connected; }
    bool isBusy() const { return !m_pending.isEmpty(); }

    // Observers must stay alive until removed (and no call is in progress) or the console is gone.
    void addConnectionObserver(smartcard::CardConnectionObserver *observer);
    void removeConnectionObserver(smartcard::CardConnectionObserver *observer);

    ApduEdit *editor() const { return m_editor; }
    CommandSetPanel *commandSets() const { return m_commandSets; }
    ScriptPanel *scriptPanel() const { return m_script; }

public Q_SLOTS:
    void connectCard();
    void reconnectCard();
    void disconnectCard();
    void beginTransaction();
    void endTransaction();
    void send(const smartcard::Bytes &apdu);
    void sendControl(std::uint32_t controlCode, const smartcard::Bytes &data);
    void cancel();

Q_SIGNALS:
    void connectionEvent(const smartcard::CardConnectionEvent &event);
    // Every reply shown, late ones included (reply.abandoned).
    void replyShown(const ConsoleReply &reply);

private:
    struct Pending
    {
        ConsoleReply::Operation operation = ConsoleReply::Operation::Transmit;
        bool abandoned = false;
        QString why; // "timed out after 500 ms", "cancelled"
    };

    QWidget *makeConnectionBar();
    void makeCombos(QWidget *bar);
    QWidget *makeApduTab();
    QWidget *makeControlTab();
    template<class Call> quint64 request(ConsoleReply::Operation operation, Call call);
    void abandonCurrent(const QString &why);
    void showReply(const ConsoleReply &reply);
    void appendResponse(const QString &text);
    void updateControls();
    std::uint32_t chosenProtocol() const;

    smartcard::pcsc::PcscApi *m_api;
    QString m_reader;
    bool m_connected = false;
    bool m_inTransaction = false;
    quint64 m_lastRequestId = 0;
    quint64 m_timedRequest = 0; // the transmit or control the timeout and Cancel apply to
    QHash<quint64, Pending> m_pending;

    QComboBox *m_protocol = nullptr;
    QComboBox *m_shareMode = nullptr;
    QComboBox *m_disposition = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_reconnect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QPushButton *m_begin = nullptr;
    QPushButton *m_end = nullptr;
    QCheckBox *m_autoGetResponse = nullptr;
    QCheckBox *m_autoLeCorrection = nullptr;
    QLabel *m_state = nullptr;
    ApduEdit *m_editor = nullptr;
    QPushButton *m_cancel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPlainTextEdit *m_response = nullptr;
    CommandSetPanel *m_commandSets = nullptr;
    ControlPanel *m_control = nullptr;
    ScriptPanel *m_script = nullptr;
    QTimer *m_timer = nullptr;

    // Declared before the thread: destroyed after it, so no event reaches a dead observer.
    std::unique_ptr<smartcard::CardConnectionObserverAdapter> m_adapter;
    std::vector<smartcard::CardConnectionObserver *> m_observers;
    std::unique_ptr<WorkerThread> m_thread;
};
