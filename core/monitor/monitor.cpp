#include "monitor/monitor.h"

namespace smartcard {

class Monitor::EngineListener final : public MonitorEngine::Listener
{
public:
    explicit EngineListener(Monitor *monitor)
        : m_monitor(monitor)
    { }
    void monitorEvent(const MonitorEvent &event) override
    {
        if (m_monitor->m_started)
            m_monitor->emitEvent(event);
        m_monitor->collect(event);
    }
    void monitorBatchEnd() override { m_monitor->notifyObservers(); }

private:
    Monitor *m_monitor;
};

Monitor::Monitor(std::shared_ptr<MonitorEngine> engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine ? std::move(engine) : MonitorEngine::shared())
    , m_listener(std::make_unique<EngineListener>(this))
{
    qRegisterMetaType<smartcard::ReaderStatus>();
    qRegisterMetaType<smartcard::pcsc::ReturnCode>();
}

Monitor::~Monitor()
{
    detach();
}

void Monitor::attach()
{
    m_engine->addListener(m_listener.get());
}

void Monitor::detach()
{
    m_engine->removeListener(m_listener.get());
}

void Monitor::start()
{
    const std::lock_guard lock(m_engine->mutex());
    if (m_started)
        return;
    m_started = true;
    for (const ReaderStatus &status : m_engine->snapshotLocked()) {
        Q_EMIT readerAdded(status);
        Q_EMIT readerStateChanged(status);
        if (status.isPresent())
            Q_EMIT cardInserted(status);
    }
    if (m_engine->serviceAvailableLocked() == false)
        Q_EMIT serviceLost(m_engine->lastServiceErrorLocked());
}

bool Monitor::isStarted() const
{
    const std::lock_guard lock(m_engine->mutex());
    return m_started;
}

QList<ReaderStatus> Monitor::states() const
{
    const std::vector<ReaderStatus> snapshot = m_engine->snapshot();
    return QList<ReaderStatus>(snapshot.begin(), snapshot.end());
}

std::optional<bool> Monitor::isServiceAvailable() const
{
    return m_engine->isServiceAvailable();
}

void Monitor::emitEvent(const MonitorEvent &event)
{
    using Type = MonitorEvent::Type;
    switch (event.type) {
    case Type::ReaderAdded:
        Q_EMIT readerAdded(event.status);
        break;
    case Type::ReaderRemoved:
        Q_EMIT readerRemoved(event.status);
        break;
    case Type::StateChanged:
        Q_EMIT readerStateChanged(event.status);
        break;
    case Type::CardInserted:
        Q_EMIT cardInserted(event.status);
        break;
    case Type::CardRemoved:
        Q_EMIT cardRemoved(event.status);
        break;
    case Type::ServiceLost:
        Q_EMIT serviceLost(event.code);
        break;
    case Type::ServiceRestored:
        Q_EMIT serviceRestored();
        break;
    }
}

} // namespace smartcard
