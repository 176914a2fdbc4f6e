#pragma once

#include "connection/cardconnection.h"
#include "script/scriptparser.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace smartcard {

// What one step of a script did.
struct ScriptStepResult
{
    enum class Outcome {
        Passed, // sent and answered as expected (or without an expectation)
        Failed, // answered, but not as the expectation (or a strict run) wants
        Error, // the transmit or the reset failed: `error` says why
    };

    int index = 0; // in the script's steps
    ScriptStep step;
    Outcome outcome = Outcome::Passed;
    CardConnection::Response response; // Command: the answer (after the connection's helpers)
    bool answered = false; // false when the card gave no answer (Error)
    QString swText; // the SW's primary meaning (StatusWordExplainer)
    Bytes atr; // Reset: the card's ATR after the reset
    qint64 durationUs = 0; // the exchanges' (or the reconnect's) time as the connection measured it
    QString mismatch; // Failed: "expected 90 00, got 6A 82"
    QString error; // Error: the connection's message

    bool passed() const { return outcome == Outcome::Passed; }
};

// Runs a script's steps on a CardConnection on the calling thread (the GUI calls it from
// the connection's worker). run() goes from the current step to the end; step() runs one.
// The first step that fails (an unexpected answer, a transmit or reset error) stops the
// run: it stays the current step and isFailed() is true until rewind() or setCurrentStep().
// `reset` reconnects with a reset (scriptor's SCardReconnect with SCARD_RESET_CARD). Each
// result goes to the result callback as soon as the step is done. cancel() may be called
// from any thread: the run stops before the next step.
//
// The connection must outlive the runner (the runner observes it to read the durations).
//
// Without an expectation any answer passes, as in scriptor; a strict run expects 90 00 of
// every command that has no expectation of its own.
class ScriptRunner
{
public:
    struct Options
    {
        bool strict = false;
        // The protocol and share mode for `reset`'s reconnect: by default the connection's
        // current protocol and shared mode (CardConnection::reconnect's defaults). A caller
        // that connected exclusively passes its mode here.
        std::optional<std::uint32_t> protocol;
        std::optional<pcsc::ShareMode> mode;
    };
    enum class State {
        Ready, // steps remain
        Finished, // every step ran and passed
        Failed, // the current step failed
        Cancelled, // cancel() stopped the last run()
    };
    using ResultCallback = std::function<void(const ScriptStepResult &)>;

    ScriptRunner(CardConnection *connection, std::vector<ScriptStep> steps, Options options);
    ScriptRunner(CardConnection *connection, std::vector<ScriptStep> steps)
        : ScriptRunner(connection, std::move(steps), Options {})
    { }
    ~ScriptRunner();
    ScriptRunner(const ScriptRunner &) = delete;
    ScriptRunner &operator=(const ScriptRunner &) = delete;

    void setResultCallback(ResultCallback callback) { m_callback = std::move(callback); }

    // Runs the current step; true when it passed. False without running anything when the
    // runner is Finished or Failed.
    bool step();
    // Runs steps until the end, a failure or cancel(); returns the state reached.
    State run();
    void cancel() { m_cancelRequested = true; }
    // Forgets a cancel() that came after the last run() ended, so that it does not stop the next.
    void clearCancel() { m_cancelRequested = false; }

    State state() const { return m_state; }
    bool isFailed() const { return m_state == State::Failed; }
    int currentStep() const { return m_current; } // the next step to run (steps().size() at the end)
    const std::vector<ScriptStep> &steps() const { return m_steps; }
    const std::vector<ScriptStepResult> &results() const { return m_results; }
    // Go back to the first step (or to `index`, e.g. to go on after a failure).
    void rewind() { setCurrentStep(0); }
    void setCurrentStep(int index);

private:
    class DurationObserver;
    ScriptStepResult runCommand(const ScriptStep &step);
    ScriptStepResult runReset(const ScriptStep &step);
    void updateState();

    CardConnection *m_connection;
    std::vector<ScriptStep> m_steps;
    Options m_options;
    ResultCallback m_callback;
    std::unique_ptr<DurationObserver> m_durations;
    std::vector<ScriptStepResult> m_results;
    int m_current = 0;
    State m_state = State::Ready;
    std::atomic<bool> m_cancelRequested = false;
};

} // namespace smartcard
