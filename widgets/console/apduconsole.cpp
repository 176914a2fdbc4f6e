#include "apduconsole.h"

#include "apduedit.h"
#include "commandsetpanel.h"
#include "connection/cardconnection.h"
#include "connectionworker.h"
#include "controlpanel.h"
#include "icons/themedicons.h"
#include "monitor/cardconnectionobserveradapter.h"
#include "replytext.h"
#include "scriptpanel.h"
#include "workerthread.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

using smartcard::CardConnection;
using Disposition = smartcard::pcsc::Disposition;
using ShareMode = smartcard::pcsc::ShareMode;
using Operation = ConsoleReply::Operation;

ApduConsole::ApduConsole(QWidget *parent, smartcard::pcsc::PcscApi *api)
    : QWidget(parent)
    , m_api(api)
    , m_timer(new QTimer(this))
    , m_adapter(std::make_unique<smartcard::CardConnectionObserverAdapter>())
{
    setObjectName(QStringLiteral("apduConsole"));
    setAccessibleName(tr("APDU console"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this,
        [this] { abandonCurrent(tr("timed out after %1 ms").arg(m_timeout->value())); });
    connect(m_adapter.get(), &smartcard::CardConnectionObserverAdapter::eventOccurred, this,
        &ApduConsole::connectionEvent);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("consoleTabs"));
    tabs->addTab(makeApduTab(), tr("APDU"));
    tabs->addTab(makeControlTab(), tr("Control"));
    m_script = new ScriptPanel(tabs);
    m_script->setObjectName(QStringLiteral("scriptPanel"));
    tabs->addTab(m_script, tr("Script"));
    // One timeout for the console's calls and each script step.
    m_script->setStepTimeout(m_timeout->value());
    connect(m_timeout, &QSpinBox::valueChanged, m_script, &ScriptPanel::setStepTimeout);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeConnectionBar());
    layout->addWidget(tabs, 1);
    updateControls();
}

ApduConsole::~ApduConsole()
{
    m_script->setWorker(nullptr);
    m_thread.reset(); // waits for a call in progress; the worker is deleted on its thread
}

void ApduConsole::makeCombos(QWidget *bar)
{
    const auto combo = [bar](const char *name, const QString &label, const QString &tip) {
        auto *box = new QComboBox(bar);
        box->setObjectName(QLatin1String(name));
        box->setAccessibleName(label);
        box->setToolTip(tip);
        return box;
    };
    m_protocol = combo("protocolCombo", tr("Protocol"), tr("The protocol to ask for when connecting"));
    m_protocol->addItem(tr("T=0 or T=1"), CardConnection::T0_protocol | CardConnection::T1_protocol);
    m_protocol->addItem(tr("T=0"), CardConnection::T0_protocol);
    m_protocol->addItem(tr("T=1"), CardConnection::T1_protocol);
    m_protocol->addItem(tr("raw"), CardConnection::RAW_protocol);
    m_protocol->addItem(tr("none (direct)"), 0u);
    m_shareMode = combo("shareModeCombo", tr("Share mode"), tr("Shared, exclusive, or direct to the reader"));
    m_shareMode->addItem(tr("shared"), int(ShareMode::Shared));
    m_shareMode->addItem(tr("exclusive"), int(ShareMode::Exclusive));
    m_shareMode->addItem(tr("direct"), int(ShareMode::Direct));
    m_disposition = combo("dispositionCombo", tr("Disposition"),
        tr("What Disconnect and End transaction do to the card, and how Reconnect initializes it"));
    m_disposition->addItem(tr("leave"), int(Disposition::LeaveCard));
    m_disposition->addItem(tr("reset"), int(Disposition::ResetCard));
    m_disposition->addItem(tr("unpower"), int(Disposition::UnpowerCard));
    m_disposition->addItem(tr("eject"), int(Disposition::EjectCard));
}

QWidget *ApduConsole::makeConnectionBar()
{
    auto *bar = new QWidget(this);
    makeCombos(bar);
    const auto button = [bar](const char *name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, bar);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    m_connect = button("connectButton", tr("Connect"), tr("Connect to the card with this protocol and mode"));
    m_reconnect
        = button("reconnectButton", tr("Reconnect"), tr("SCardReconnect with the disposition chosen"));
    m_disconnect = button("disconnectButton", tr("Disconnect"), tr("Disconnect with the disposition chosen"));
    // Light or dark strokes, following the palette (an embedding application's too).
    auto *icons = new ThemedIcons(this);
    icons->bind(m_connect, QStringLiteral("connect"));
    icons->bind(m_disconnect, QStringLiteral("disconnect"));
    m_begin = button("beginTransactionButton", tr("Begin transaction"), tr("SCardBeginTransaction"));
    m_end = button(
        "endTransactionButton", tr("End transaction"), tr("SCardEndTransaction with the disposition"));
    m_autoGetResponse = new QCheckBox(tr("Auto GET RESPONSE"), bar);
    m_autoGetResponse->setObjectName(QStringLiteral("autoGetResponseCheck"));
    m_autoGetResponse->setToolTip(
        tr("Fetch the data after 61 xx with GET RESPONSE (logged as extra exchanges)"));
    m_autoLeCorrection = new QCheckBox(tr("Auto Le correction"), bar);
    m_autoLeCorrection->setObjectName(QStringLiteral("autoLeCorrectionCheck"));
    m_autoLeCorrection->setToolTip(
        tr("Send the command again with Le = xx after 6C xx (logged as an extra exchange)"));
    m_state = new QLabel(bar);
    m_state->setObjectName(QStringLiteral("connectionState"));

    auto *row1 = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_protocol, m_shareMode, m_disposition, m_connect, m_reconnect, m_disconnect, m_begin, m_end })
        row1->addWidget(w);
    row1->addStretch();
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_autoGetResponse);
    row2->addWidget(m_autoLeCorrection);
    row2->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row1);
    layout->addLayout(row2);

    connect(m_connect, &QPushButton::clicked, this, &ApduConsole::connectCard);
    connect(m_reconnect, &QPushButton::clicked, this, &ApduConsole::reconnectCard);
    connect(m_disconnect, &QPushButton::clicked, this, &ApduConsole::disconnectCard);
    connect(m_begin, &QPushButton::clicked, this, &ApduConsole::beginTransaction);
    connect(m_end, &QPushButton::clicked, this, &ApduConsole::endTransaction);
    connect(m_autoGetResponse, &QCheckBox::toggled, this, [this](bool on) {
        if (m_thread)
            QMetaObject::invokeMethod(
                m_thread->worker(), [w = m_thread->worker(), on] { w->setAutoGetResponse(on); });
    });
    connect(m_autoLeCorrection, &QCheckBox::toggled, this, [this](bool on) {
        if (m_thread)
            QMetaObject::invokeMethod(
                m_thread->worker(), [w = m_thread->worker(), on] { w->setAutoLeCorrection(on); });
    });
    return bar;
}

QWidget *ApduConsole::makeApduTab()
{
    auto *tab = new QWidget(this);
    m_editor = new ApduEdit(tab);
    m_cancel = new QPushButton(tr("Cancel"), tab);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop waiting for the answer (the card call itself cannot be interrupted)"));
    m_timeout = new QSpinBox(tab);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setToolTip(tr("How long to wait for an answer (also for each script step)"));
    m_timeout->setRange(50, 600000);
    m_timeout->setValue(30000);
    m_timeout->setSuffix(tr(" ms"));
    m_response = new QPlainTextEdit(tab);
    m_response->setObjectName(QStringLiteral("responseView"));
    m_response->setAccessibleName(tr("Responses"));
    m_response->setReadOnly(true);
    m_response->setMaximumBlockCount(5000);
    m_response->setFont(QFont(QStringLiteral("monospace")));
    m_commandSets = new CommandSetPanel(m_editor, tab);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Timeout:"), tab));
    row->addWidget(m_timeout);
    row->addWidget(m_cancel);
    row->addStretch();
    auto *splitter = new QSplitter(tab);
    splitter->addWidget(m_response);
    splitter->addWidget(m_commandSets);
    splitter->setStretchFactor(0, 3);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_editor);
    layout->addLayout(row);
    layout->addWidget(splitter, 1);

    connect(m_editor, &ApduEdit::sendRequested, this, &ApduConsole::send);
    connect(m_cancel, &QPushButton::clicked, this, &ApduConsole::cancel);
    return tab;
}

QWidget *ApduConsole::makeControlTab()
{
    m_control = new ControlPanel(this);
    connect(m_control, &ControlPanel::controlRequested, this, &ApduConsole::sendControl);
    return m_control;
}

void ApduConsole::setReader(const QString &reader)
{
    if (reader == m_reader && m_thread)
        return;
    m_script->setWorker(nullptr);
    m_thread.reset();
    m_pending.clear();
    m_timer->stop();
    m_timedRequest = 0;
    m_connected = false;
    m_inTransaction = false;
    m_reader = reader;
    if (!reader.isEmpty()) {
        auto *worker = new ConnectionWorker(reader, m_api);
        worker->addObserver(m_adapter.get());
        for (smartcard::CardConnectionObserver *observer : m_observers)
            worker->addObserver(observer);
        connect(worker, &ConnectionWorker::replied, this, &ApduConsole::showReply);
        worker->setAutoGetResponse(m_autoGetResponse->isChecked()); // not on its thread yet
        worker->setAutoLeCorrection(m_autoLeCorrection->isChecked());
        m_thread = std::make_unique<WorkerThread>(worker);
        m_script->setWorker(worker);
    }
    updateControls();
}

void ApduConsole::addConnectionObserver(smartcard::CardConnectionObserver *observer)
{
    m_observers.push_back(observer);
    if (m_thread)
        m_thread->worker()->addObserver(observer);
}

void ApduConsole::removeConnectionObserver(smartcard::CardConnectionObserver *observer)
{
    std::erase(m_observers, observer);
    if (m_thread)
        m_thread->worker()->deleteObserver(observer);
}

template<class Call> quint64 ApduConsole::request(Operation operation, Call call)
{
    const quint64 id = ++m_lastRequestId;
    m_pending.insert(id, Pending { operation, false, {} });
    ConnectionWorker *worker = m_thread->worker();
    QMetaObject::invokeMethod(
        worker, [worker, id, call] { call(worker, id); }, Qt::QueuedConnection);
    updateControls();
    return id;
}

std::uint32_t ApduConsole::chosenProtocol() const
{
    return m_protocol->currentData().toUInt();
}

void ApduConsole::connectCard()
{
    if (!m_thread || isBusy())
        return;
    const std::uint32_t protocol = chosenProtocol();
    const auto mode = ShareMode(m_shareMode->currentData().toInt());
    // connect()'s own disposition is what closing the console does: leave the card.
    request(Operation::Connect, [protocol, mode](ConnectionWorker *w, quint64 id) {
        w->connectCard(id, protocol, mode, Disposition::LeaveCard);
    });
}

void ApduConsole::reconnectCard()
{
    if (!m_thread || isBusy())
        return;
    const std::uint32_t protocol = chosenProtocol();
    const auto mode = ShareMode(m_shareMode->currentData().toInt());
    const auto init = Disposition(m_disposition->currentData().toInt());
    request(Operation::Reconnect, [protocol, mode, init](ConnectionWorker *w, quint64 id) {
        w->reconnectCard(id, protocol, mode, init);
    });
}

void ApduConsole::disconnectCard()
{
    if (!m_thread || isBusy())
        return;
    const auto disposition = Disposition(m_disposition->currentData().toInt());
    request(Operation::Disconnect,
        [disposition](ConnectionWorker *w, quint64 id) { w->disconnectCard(id, disposition); });
}

void ApduConsole::beginTransaction()
{
    if (!m_thread || isBusy())
        return;
    request(Operation::BeginTransaction, [](ConnectionWorker *w, quint64 id) { w->beginTransaction(id); });
}

void ApduConsole::endTransaction()
{
    if (!m_thread || isBusy())
        return;
    const auto disposition = Disposition(m_disposition->currentData().toInt());
    request(Operation::EndTransaction,
        [disposition](ConnectionWorker *w, quint64 id) { w->endTransaction(id, disposition); });
}

// Only a valid APDU on a connected, idle console is sent: anything else sends nothing.
void ApduConsole::send(const smartcard::Bytes &apdu)
{
    if (!m_thread || !m_connected || isBusy())
        return;
    m_timedRequest
        = request(Operation::Transmit, [apdu](ConnectionWorker *w, quint64 id) { w->transmit(id, apdu); });
    m_timer->start(m_timeout->value());
    updateControls();
}

void ApduConsole::sendControl(std::uint32_t controlCode, const smartcard::Bytes &data)
{
    if (!m_thread || !m_connected || isBusy())
        return;
    m_timedRequest = request(Operation::Control,
        [controlCode, data](ConnectionWorker *w, quint64 id) { w->control(id, controlCode, data); });
    m_timer->start(m_timeout->value());
    updateControls();
}

void ApduConsole::cancel()
{
    abandonCurrent(tr("cancelled"));
}

// PC/SC cannot interrupt the call: the console stops waiting, the worker finishes it.
void ApduConsole::abandonCurrent(const QString &why)
{
    const quint64 id = m_timedRequest;
    if (id == 0 || !m_pending.contains(id))
        return;
    m_timer->stop();
    m_timedRequest = 0;
    m_pending[id].abandoned = true;
    m_pending[id].why = why;
    m_thread->worker()->abandon(id);
    const QString text
        = tr("%1 #%2: %3. No longer waiting; a card call in progress cannot be interrupted, so "
             "its answer will be logged and shown as late, and the connection reset.")
              .arg(ReplyText::operationName(m_pending[id].operation))
              .arg(id)
              .arg(why);
    if (m_pending[id].operation == Operation::Control)
        m_control->appendResult(text);
    else
        appendResponse(text);
    updateControls();
}

void ApduConsole::showReply(const ConsoleReply &reply)
{
    const Pending pending = m_pending.take(reply.requestId);
    if (reply.requestId != 0 && reply.requestId == m_timedRequest) {
        m_timer->stop();
        m_timedRequest = 0;
    }
    m_connected = reply.connected;
    m_inTransaction = reply.inTransaction;
    QString text = ReplyText::format(reply);
    if (reply.requestId == 0)
        text
            = tr("After the abandoned call the worker disconnected with a reset:") + QLatin1Char('\n') + text;
    else if (pending.abandoned || reply.abandoned)
        text = tr("Late answer to #%1 (%2), for the record only:")
                   .arg(reply.requestId)
                   .arg(pending.why.isEmpty() ? tr("abandoned") : pending.why)
            + QLatin1Char('\n') + text;
    if (reply.operation == Operation::Control)
        m_control->appendResult(text + QLatin1Char('\n'));
    else
        appendResponse(text);
    updateControls();
    Q_EMIT replyShown(reply);
}

void ApduConsole::appendResponse(const QString &text)
{
    m_response->appendPlainText(text + QLatin1Char('\n'));
}

void ApduConsole::updateControls()
{
    const bool busy = isBusy();
    const bool idle = m_thread && !busy;
    m_connect->setEnabled(idle);
    m_reconnect->setEnabled(idle && m_connected);
    m_disconnect->setEnabled(idle && m_connected);
    m_begin->setEnabled(idle && m_connected && !m_inTransaction);
    m_end->setEnabled(idle && m_connected && m_inTransaction);
    m_editor->setSendAllowed(idle && m_connected);
    m_control->setSendAllowed(idle && m_connected);
    m_cancel->setEnabled(m_timedRequest != 0);
    QString state;
    if (!m_thread)
        state = tr("No reader");
    else if (std::any_of(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) { return p.abandoned; }))
        state = tr("Waiting for the reader to give back an abandoned call…");
    else if (busy)
        state = tr("Waiting for the card…");
    else if (m_connected)
        state = m_inTransaction ? tr("Connected, in a transaction") : tr("Connected");
    else
        state = tr("Not connected");
    m_state->setText(state);
}
