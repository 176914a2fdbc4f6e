#include "scriptreport.h"

#include "util/hexstring.h"

#include <QJsonObject>

using namespace smartcard;

namespace {

QString swText(const CardConnection::Response &response, QStringView separator)
{
    return QStringLiteral("%1%2%3")
        .arg(response.sw1, 2, 16, QLatin1Char('0'))
        .arg(separator)
        .arg(response.sw2, 2, 16, QLatin1Char('0'))
        .toUpper();
}

QString outcomeName(ScriptStepResult::Outcome outcome)
{
    switch (outcome) {
    case ScriptStepResult::Outcome::Passed:
        return QStringLiteral("pass");
    case ScriptStepResult::Outcome::Failed:
        return QStringLiteral("fail");
    case ScriptStepResult::Outcome::Error:
        break;
    }
    return QStringLiteral("error");
}

QString expectedText(const ScriptStep &step, bool strict)
{
    if (step.expectation)
        return step.expectation->text();
    return strict ? ResponsePattern::success().text() : QString();
}

} // namespace

ScriptReport::ScriptReport(const CliOutput &out, QString reader, bool strict)
    : m_out(out)
    , m_reader(std::move(reader))
    , m_strict(strict)
{ }

bool ScriptReport::isChecked(const ScriptStep &step) const
{
    return step.kind == ScriptStep::Kind::Command && (step.expectation || m_strict);
}

void ScriptReport::step(const ScriptStepResult &result)
{
    if (result.passed() && isChecked(result.step))
        ++m_expectationsMet;
    if (m_out.isJson())
        stepJson(result);
    else
        stepText(result);
    std::fflush(stdout); // a reader of the pipe sees each step as it is done
}

void ScriptReport::stepText(const ScriptStepResult &result) const
{
    const QString duration = QStringLiteral("  (%1 us)").arg(result.durationUs);
    if (result.step.kind == ScriptStep::Kind::Reset) {
        m_out.text(QStringLiteral("> RESET"));
        m_out.text(result.passed() ? "< OK: " + toHexString(result.atr) + duration
                                   : "< KO: " + result.error + duration);
    } else {
        m_out.text("> " + toHexString(result.step.apdu));
        if (result.answered) {
            const QString data
                = result.response.data.empty() ? QString() : toHexString(result.response.data) + ' ';
            const QString mark = !isChecked(result.step) ? QString()
                : result.passed()                        ? QStringLiteral("  PASS")
                                                         : QStringLiteral("  FAIL");
            m_out.text("< " + data + swText(result.response, u" ") + " : " + result.swText + duration + mark);
        } else {
            m_out.text("< KO: " + result.error + duration);
        }
    }
    if (result.passed())
        return;
    const int line = result.step.expectationLine && result.outcome == ScriptStepResult::Outcome::Failed
        ? result.step.expectationLine
        : result.step.line;
    m_out.text(
        QStringLiteral("FAIL line %1: %2")
            .arg(line)
            .arg(result.outcome == ScriptStepResult::Outcome::Failed ? result.mismatch : result.error));
}

void ScriptReport::stepJson(const ScriptStepResult &result) const
{
    const bool reset = result.step.kind == ScriptStep::Kind::Reset;
    QJsonObject object { { "reader", m_reader }, { "step", result.index + 1 }, { "line", result.step.line },
        { "kind", reset ? "reset" : "command" }, { "outcome", outcomeName(result.outcome) },
        { "duration_us", result.durationUs } };
    if (reset) {
        object.insert("atr", result.passed() ? QJsonValue(toHexString(result.atr, u"")) : QJsonValue());
    } else {
        object.insert("command", toHexString(result.step.apdu, u""));
        const QString expected = expectedText(result.step, m_strict);
        object.insert("expected", expected.isEmpty() ? QJsonValue() : QJsonValue(expected));
        object.insert("expectation_line",
            result.step.expectationLine ? QJsonValue(result.step.expectationLine) : QJsonValue());
        if (result.answered) {
            object.insert("response", toHexString(result.response.data, u""));
            object.insert("sw", swText(result.response, u""));
            object.insert("sw_text", result.swText);
        }
    }
    if (!result.mismatch.isEmpty())
        object.insert("mismatch", result.mismatch);
    if (!result.error.isEmpty())
        object.insert("error", result.error);
    m_out.json(object);
}

void ScriptReport::summary(const ScriptRunner &runner) const
{
    const int total = int(runner.steps().size());
    const int run = int(runner.results().size());
    const bool passed = runner.state() == ScriptRunner::State::Finished;
    const ScriptStepResult *failure = passed || runner.results().empty() ? nullptr : &runner.results().back();
    if (m_out.isJson()) {
        m_out.json({ { "summary",
            QJsonObject { { "result", passed ? "pass" : "fail" }, { "steps", total }, { "run", run },
                { "expectations_met", m_expectationsMet },
                { "failed_line", failure ? QJsonValue(failure->step.line) : QJsonValue() } } } });
        return;
    }
    if (passed) {
        m_out.text(
            QStringLiteral("PASS: %1 step(s), %2 expectation(s) met").arg(total).arg(m_expectationsMet));
        return;
    }
    m_out.text(QStringLiteral("FAIL: stopped at the step of line %1 (%2 of %3 step(s) run)")
                   .arg(failure ? failure->step.line : 0)
                   .arg(run)
                   .arg(total));
}
