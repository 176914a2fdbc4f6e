#include "monitor/monitorengine.h"

#include "pcsc/context.h"
#include "request/readerwatch.h"

#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <map>

namespace smartcard {

namespace {

// QT_LOGGING_RULES="cardscope.monitor.debug=true" shows why sessions end.
Q_LOGGING_CATEGORY(lcMonitor, "cardscope.monitor", QtWarningMsg)

using namespace std::chrono_literals;

// Re-establishing after a failure: the first retry after this, each next one twice as late.
constexpr std::chrono::milliseconds InitialBackoff = 50ms;
constexpr std::chrono::milliseconds MaxBackoff = 1000ms;

} // namespace

MonitorEngine::MonitorEngine(pcsc::PcscApi &api)
    : m_api(&api)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("CardScope monitor"));
    m_thread->start();
}

MonitorEngine::~MonitorEngine()
{
    stop();
}

std::shared_ptr<MonitorEngine> MonitorEngine::shared(pcsc::PcscApi &api)
{
    static std::mutex mutex;
    static std::map<pcsc::PcscApi *, std::weak_ptr<MonitorEngine>> engines;
    const std::lock_guard lock(mutex);
    std::weak_ptr<MonitorEngine> &known = engines[&api];
    if (std::shared_ptr<MonitorEngine> engine = known.lock())
        return engine;
    auto engine = std::make_shared<MonitorEngine>(api);
    known = engine;
    return engine;
}

void MonitorEngine::stop()
{
    m_canceller.cancel(); // from the engine thread: only the flag
    if (isEngineThread())
        return;
    {
        std::unique_lock lock(m_stateMutex);
        m_stateChanged.wait(lock, [this] { return m_finished; });
    }
    m_thread->wait();
}

bool MonitorEngine::isEngineThread() const
{
    return QThread::currentThread() == m_thread.get();
}

void MonitorEngine::addListener(Listener *listener)
{
    const std::lock_guard lock(m_mutex);
    if (std::find(m_listeners.begin(), m_listeners.end(), listener) == m_listeners.end())
        m_listeners.push_back(listener);
}

void MonitorEngine::removeListener(Listener *listener)
{
    const std::lock_guard lock(m_mutex);
    m_listeners.erase(std::remove(m_listeners.begin(), m_listeners.end(), listener), m_listeners.end());
}

std::vector<ReaderStatus> MonitorEngine::snapshot() const
{
    const std::lock_guard lock(m_mutex);
    return m_snapshot;
}

std::optional<bool> MonitorEngine::isServiceAvailable() const
{
    const std::lock_guard lock(m_mutex);
    return m_serviceAvailable;
}

bool MonitorEngine::waitForReady(std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_stateMutex);
    return m_stateChanged.wait_for(lock, timeout, [this] { return m_ready; });
}

void MonitorEngine::markReady()
{
    // Notified under the mutex, here and below: a waiter that sees the flag may go on to
    // destroy the engine, which must not find this thread still inside notify_all().
    const std::lock_guard lock(m_stateMutex);
    if (m_ready)
        return;
    m_ready = true;
    m_stateChanged.notify_all();
}

void MonitorEngine::run()
{
    std::chrono::milliseconds delay = InitialBackoff;
    while (!m_canceller.isCancelled()) {
        bool published = false;
        if (runSession(&published) == SessionEnd::Stopped)
            break;
        if (published)
            delay = InitialBackoff; // it worked for a while: retry soon
        if (!m_canceller.sleepUnlessCancelled(delay))
            break;
        delay = std::min(delay * 2, MaxBackoff);
    }
    markReady(); // nobody waits for a first snapshot that will not come
    const std::lock_guard lock(m_stateMutex);
    m_finished = true;
    m_stateChanged.notify_all();
}

MonitorEngine::SessionEnd MonitorEngine::runSession(bool *published)
{
    pcsc::Context context(*m_api);
    if (const pcsc::ReturnCode rc = context.establish(); !pcsc::succeeded(rc)) {
        // Whatever the code, there is no service to watch.
        publishServiceLost(rc);
        return SessionEnd::ServiceLost;
    }
    if (!m_canceller.beginWait(context))
        return SessionEnd::Failed; // cannot happen: this thread is the only waiter
    // Declared after the context, so destroyed before it: stop() stops using the context first.
    struct EndWait
    {
        WaitCanceller &canceller;
        ~EndWait() { canceller.endWait(); }
    } endWait { m_canceller };

    ReaderWatch watch(context, RequestedReaders());
    return watchChanges(watch, published);
}

MonitorEngine::SessionEnd MonitorEngine::watchChanges(ReaderWatch &watch, bool *published)
{
    // Ends the session after a failed call. Whatever the code, the context is no longer of
    // use and the service may have restarted meanwhile: pcscd going answers
    // SCARD_F_COMM_ERROR to a blocked call and SCARD_E_NO_SERVICE to the next ones, but a
    // call made while it shuts down or restarts can also get SCARD_W_SECURITY_VIOLATION or
    // SCARD_E_INVALID_HANDLE. So every failure is reported as the service lost, with its
    // code, and a new context is tried.
    const auto failed = [this](pcsc::ReturnCode rc) {
        if (m_canceller.isCancelled())
            return SessionEnd::Stopped;
        qCDebug(lcMonitor, "session ends: %s", pcsc::describe(rc).c_str());
        publishServiceLost(rc);
        return SessionEnd::ServiceLost;
    };
    if (const pcsc::ReturnCode rc = watch.refresh(); !pcsc::succeeded(rc))
        return failed(rc);
    bool first = true;
    for (;;) {
        if (m_canceller.isCancelled())
            return SessionEnd::Stopped;
        // The first call reads every reader at once (all unaware); no reader at all times
        // out at once and is a snapshot too. The later calls block until something changes.
        const pcsc::ReturnCode rc = watch.waitForChange(first ? 0 : pcsc::InfiniteTimeout);
        switch (rc) {
        case pcsc::ReturnCode::Success:
            break;
        case pcsc::ReturnCode::E_Timeout:
            if (!first)
                continue;
            break;
        case pcsc::ReturnCode::E_Cancelled:
            continue; // stop() or a stray cancel: the flag decides
        case pcsc::ReturnCode::E_UnknownReader:
            // A reader went before or during the call: list them again and call again.
            if (const pcsc::ReturnCode recovered = watch.recoverFromUnknownReader();
                !pcsc::succeeded(recovered))
                return failed(recovered);
            if (!first) {
                publish(watch);
                *published = true;
            }
            continue;
        default:
            return failed(rc);
        }
        first = false;
        // Every wake-up lists the readers again: a PnP notification says the list changed,
        // and where it never fires (vpcd) a new reader is still found at the next event.
        if (const pcsc::ReturnCode listed = watch.refresh(); !pcsc::succeeded(listed))
            return failed(listed);
        publish(watch);
        *published = true;
    }
}

void MonitorEngine::publish(const ReaderWatch &watch)
{
    std::vector<ReaderStatus> now;
    for (const pcsc::ReaderState &state : watch.readers()) {
        // A reader listed since the last call is unaware until the next call reads it.
        if (state.currentState != pcsc::readerstate::Unaware)
            now.push_back(ReaderStatus::fromReaderState(state));
    }
    {
        const std::lock_guard lock(m_mutex);
        std::vector<MonitorEvent> events = diffReaderStatuses(m_snapshot, now, !m_lostSinceLastSnapshot);
        m_snapshot = std::move(now);
        m_lostSinceLastSnapshot = false;
        if (m_serviceAvailable == false)
            events.push_back({ MonitorEvent::Type::ServiceRestored, {}, {} });
        m_serviceAvailable = true;
        deliver(events);
    }
    markReady();
}

void MonitorEngine::publishServiceLost(pcsc::ReturnCode code)
{
    {
        const std::lock_guard lock(m_mutex);
        m_lostSinceLastSnapshot = true;
        m_lastServiceError = code;
        if (m_serviceAvailable != false) {
            m_serviceAvailable = false;
            deliver({ { MonitorEvent::Type::ServiceLost, {}, code } });
        }
    }
    markReady();
}

void MonitorEngine::deliver(const std::vector<MonitorEvent> &events)
{
    if (events.empty())
        return;
    // A listener may add or remove listeners (the mutex is recursive): walk a copy and skip
    // those removed meanwhile.
    const std::vector<Listener *> listeners = m_listeners;
    const auto stillListening = [this](Listener *listener) {
        return std::find(m_listeners.begin(), m_listeners.end(), listener) != m_listeners.end();
    };
    for (const MonitorEvent &event : events) {
        for (Listener *listener : listeners) {
            if (stillListening(listener))
                listener->monitorEvent(event);
        }
    }
    for (Listener *listener : listeners) {
        if (stillListening(listener))
            listener->monitorBatchEnd();
    }
}

} // namespace smartcard
