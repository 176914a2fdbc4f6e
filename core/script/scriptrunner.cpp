#include "script/scriptrunner.h"

#include "connection/cardconnectionobserver.h"
#include "exceptions/exceptions.h"
#include "sw/statuswordexplainer.h"
#include "util/hexstring.h"

#include <QCoreApplication>

#include <algorithm>

namespace smartcard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smartcard::ScriptRunner", text);
}

QString swHex(std::uint8_t sw1, std::uint8_t sw2)
{
    return QStringLiteral("%1 %2")
        .arg(sw1, 2, 16, QLatin1Char('0'))
        .arg(sw2, 2, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace

// Sums the durations the connection measures for the exchanges (or the reconnect) of one
// step: the time of SCardTransmit itself, as `send` reports it, also when the connection's
// GET RESPONSE and Le helpers add exchanges.
class ScriptRunner::DurationObserver : public CardConnectionObserver
{
public:
    void update(CardConnection *, const CardConnectionEvent &event) override
    {
        using Type = CardConnectionEvent::Type;
        if (m_active && (event.type == Type::Response || event.type == Type::Reconnect))
            m_totalNs += event.durationNs;
    }
    void start()
    {
        m_totalNs = 0;
        m_active = true;
    }
    qint64 stopUs()
    {
        m_active = false;
        return m_totalNs / 1000;
    }

private:
    bool m_active = false;
    qint64 m_totalNs = 0;
};

ScriptRunner::ScriptRunner(CardConnection *connection, std::vector<ScriptStep> steps, Options options)
    : m_connection(connection)
    , m_steps(std::move(steps))
    , m_options(options)
    , m_durations(std::make_unique<DurationObserver>())
{
    m_connection->addObserver(m_durations.get());
    updateState();
}

ScriptRunner::~ScriptRunner()
{
    m_connection->deleteObserver(m_durations.get());
}

void ScriptRunner::setCurrentStep(int index)
{
    m_current = std::clamp(index, 0, int(m_steps.size()));
    if (m_current == 0)
        m_results.clear();
    m_state = State::Ready;
    updateState();
}

void ScriptRunner::updateState()
{
    if (m_state != State::Failed && m_current >= int(m_steps.size()))
        m_state = State::Finished;
}

bool ScriptRunner::step()
{
    if (m_state == State::Finished || m_state == State::Failed)
        return false;
    m_state = State::Ready;
    const ScriptStep &current = m_steps[std::size_t(m_current)];
    ScriptStepResult result
        = current.kind == ScriptStep::Kind::Reset ? runReset(current) : runCommand(current);
    result.index = m_current;
    result.step = current;
    if (result.passed())
        ++m_current;
    else
        m_state = State::Failed;
    updateState();
    m_results.push_back(result);
    if (m_callback)
        m_callback(m_results.back());
    return result.passed();
}

ScriptRunner::State ScriptRunner::run()
{
    while (m_state != State::Finished && m_state != State::Failed) {
        if (m_cancelRequested.exchange(false)) {
            m_state = State::Cancelled;
            return m_state;
        }
        step();
    }
    m_cancelRequested = false;
    return m_state;
}

ScriptStepResult ScriptRunner::runCommand(const ScriptStep &step)
{
    ScriptStepResult result;
    m_durations->start();
    try {
        result.response = m_connection->transmit(step.apdu);
        result.answered = true;
    } catch (const SmartcardException &e) {
        result.outcome = ScriptStepResult::Outcome::Error;
        result.error = QString::fromUtf8(e.what());
    }
    result.durationUs = m_durations->stopUs();
    if (!result.answered)
        return result;
    const CardConnection::Response &response = result.response;
    result.swText = StatusWordExplainer::explain(response.sw1, response.sw2).text();
    const std::optional<ResponsePattern> expected = step.expectation ? step.expectation
        : m_options.strict ? std::optional(ResponsePattern::success())
                           : std::nullopt;
    if (expected && !expected->matches(response.data, response.sw1, response.sw2)) {
        result.outcome = ScriptStepResult::Outcome::Failed;
        const QString data = response.data.empty() ? QString() : toHexString(response.data) + u' ';
        result.mismatch
            = tr("expected %1, got %2%3").arg(expected->text(), data, swHex(response.sw1, response.sw2));
    }
    return result;
}

ScriptStepResult ScriptRunner::runReset(const ScriptStep &)
{
    ScriptStepResult result;
    m_durations->start();
    try {
        m_connection->reconnect(m_options.protocol, m_options.mode, pcsc::Disposition::ResetCard);
        result.answered = true;
        result.durationUs = m_durations->stopUs();
        result.atr = m_connection->getATR();
    } catch (const SmartcardException &e) {
        result.durationUs = m_durations->stopUs();
        result.outcome = ScriptStepResult::Outcome::Error;
        result.error = QString::fromUtf8(e.what());
    }
    return result;
}

} // namespace smartcard
