#pragma once

#include "script/scriptrunner.h"

#include <QPointer>
#include <QWidget>

class ConnectionWorker;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

// The console's Script tab: a scriptor-format script (docs/scripts.md) shown with line numbers
// ("scriptLines", one item per line), run on the connection worker by core's ScriptRunner:
// "scriptStepButton" runs one step, "scriptRunButton" to the end or the first failure,
// "scriptStopButton" stops before the next step. Each line a step used is marked "passed",
// "failed" or "error" (item data statusRole, a colour, the reason as tooltip); parse errors
// mark their line and nothing runs. "scriptStatus" says where the run is.
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
};
