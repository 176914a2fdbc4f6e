#pragma once

#include "script/scriptrunner.h"

#include <QPointer>
#include <QWidget>

class ConnectionWorker;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

// The console's Script tab: a scriptor-format script (docs/scripts.md) shown with line numbers
// ("scriptLines", one item per line), run on the connection worker by core's ScriptRunner:
// "scriptStepButton" runs one step, "scriptRunButton" to the end or the first failure,
// "scriptStopButton" stops before the next step. Each line a step used is marked "passed",
// "failed" or "error" (item data statusRole, a colour, the reason as tooltip); parse errors
// mark their line and nothing runs. "scriptStatus" says where the run is.
//
// Each step has the console's timeout (setStepTimeout()): a step that takes longer is marked
// "error" (timed out) and the run is abandoned (ConnectionWorker::abandonScript): no further
// step is sent; the card's late answer is still shown on its line and logged, and then the
// worker resets the card, as the console does after a transmit it stopped waiting for.
class ScriptPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int statusRole = Qt::UserRole + 1;

    explicit ScriptPanel(QWidget *parent = nullptr);

    void setWorker(ConnectionWorker *worker);
    // Parses and shows the script; false (errors marked) when it cannot run.
    bool loadText(const QString &text);
    bool loadFile(const QString &path);
    QString statusText() const;
    void setStepTimeout(int milliseconds);
    int stepTimeout() const;

public Q_SLOTS:
    void step();
    void run();
    void stop();

Q_SIGNALS:
    void stepFinished(const smartcard::ScriptStepResult &result);
    void runStopped(int state);

private:
    void showStepResult(const smartcard::ScriptStepResult &result);
    void showStopped(int state, int currentStep, const QString &error);
    void markLine(int line, const QString &status, const QString &why);
    void markStep(const smartcard::ScriptStep &step, const QString &status, const QString &why);
    void start(bool singleStep);
    void stepTimedOut();
    void setRunning(bool running);
    void openFile();

    QPointer<ConnectionWorker> m_worker;
    QListWidget *m_lines;
    QLabel *m_status;
    QCheckBox *m_strict;
    QPushButton *m_open;
    QPushButton *m_step;
    QPushButton *m_run;
    QPushButton *m_stop;
    std::vector<smartcard::ScriptStep> m_steps;
    bool m_loaded = false;
    bool m_running = false;
    QTimer *m_stepTimer;
    quint64 m_runId = 0; // the run the timer watches (ConnectionWorker::abandonScript)
    int m_nextStep = 0; // the step the worker runs next (or is running)
    int m_timedOutStep = -1; // the step that timed out in the current run, or -1
};
