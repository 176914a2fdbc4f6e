#include "log/sessionrecorderadapter.h"

namespace smartcard {

SessionRecorderAdapter::SessionRecorderAdapter(SessionRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
{
    qRegisterMetaType<smartcard::LogEntry>();
    qRegisterMetaType<QList<smartcard::LogEntry>>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(30);
    QObject::connect(&m_timer, &QTimer::timeout, this, &SessionRecorderAdapter::flush);
    m_sinkId = m_recorder->addSink([this](const LogEntry &entry) { receive(entry); });
}

SessionRecorderAdapter::~SessionRecorderAdapter()
{
    // After this no sink call is running or will run: nothing touches `this` any more.
    m_recorder->removeSink(m_sinkId);
}

void SessionRecorderAdapter::setBatchInterval(int milliseconds)
{
    m_timer.setInterval(std::max(0, milliseconds));
}

int SessionRecorderAdapter::batchInterval() const
{
    return m_timer.interval();
}

void SessionRecorderAdapter::receive(const LogEntry &entry)
{
    std::lock_guard lock(m_mutex);
    m_pending.append(entry);
    if (m_batchStarted)
        return;
    m_batchStarted = true;
    // Queued even from this object's own thread: the timer may only be started there, and
    // never from inside the recorder's lock.
    QMetaObject::invokeMethod(this, &SessionRecorderAdapter::startBatch, Qt::QueuedConnection);
}

void SessionRecorderAdapter::startBatch()
{
    if (m_timer.interval() == 0)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

void SessionRecorderAdapter::flush()
{
    QList<LogEntry> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
        m_batchStarted = false;
    }
    m_timer.stop();
    if (!batch.isEmpty())
        Q_EMIT entriesRecorded(batch);
}

} // namespace smartcard
