#include "scriptpanel.h"

#include "connectionworker.h"
#include "util/hexstring.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

using smartcard::ScriptRunner;
using smartcard::ScriptStepResult;

ScriptPanel::ScriptPanel(QWidget *parent)
    : QWidget(parent)
    , m_lines(new QListWidget(this))
    , m_status(new QLabel(tr("Open a script"), this))
    , m_strict(new QCheckBox(tr("Strict (expect 90 00 by default)"), this))
    , m_open(new QPushButton(tr("Open…"), this))
    , m_step(new QPushButton(tr("Step"), this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_stepTimer(new QTimer(this))
{
    m_stepTimer->setSingleShot(true);
    m_stepTimer->setInterval(30000);
    connect(m_stepTimer, &QTimer::timeout, this, &ScriptPanel::stepTimedOut);
    m_lines->setObjectName(QStringLiteral("scriptLines"));
    m_lines->setAccessibleName(tr("Script"));
    m_lines->setUniformItemSizes(true);
    m_lines->setFont(QFont(QStringLiteral("monospace")));
    m_status->setObjectName(QStringLiteral("scriptStatus"));
    m_status->setWordWrap(true);
    m_strict->setObjectName(QStringLiteral("scriptStrictCheck"));
    m_strict->setToolTip(tr("A command without an expected response must answer 90 00"));
    m_open->setObjectName(QStringLiteral("scriptOpenButton"));
    m_open->setToolTip(tr("Open a scriptor-format script"));
    m_step->setObjectName(QStringLiteral("scriptStepButton"));
    m_step->setToolTip(tr("Run the next step"));
    m_run->setObjectName(QStringLiteral("scriptRunButton"));
    m_run->setToolTip(tr("Run to the end or the first failure"));
    m_stop->setObjectName(QStringLiteral("scriptStopButton"));
    m_stop->setToolTip(tr("Stop before the next step (a step in progress finishes)"));

    auto *buttons = new QHBoxLayout;
    for (QWidget *w :
        { static_cast<QWidget *>(m_open), static_cast<QWidget *>(m_step), static_cast<QWidget *>(m_run),
            static_cast<QWidget *>(m_stop), static_cast<QWidget *>(m_strict) })
        buttons->addWidget(w);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_status);

    connect(m_open, &QPushButton::clicked, this, &ScriptPanel::openFile);
    connect(m_step, &QPushButton::clicked, this, &ScriptPanel::step);
    connect(m_run, &QPushButton::clicked, this, &ScriptPanel::run);
    connect(m_stop, &QPushButton::clicked, this, &ScriptPanel::stop);
    connect(m_strict, &QCheckBox::toggled, this, [this] {
        if (m_loaded && m_worker)
            QMetaObject::invokeMethod(m_worker,
                [w = m_worker, s = m_steps, strict = m_strict->isChecked()] { w->loadScript(s, strict); });
    });
    setRunning(false);
}

void ScriptPanel::setWorker(ConnectionWorker *worker)
{
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    if (worker) {
        connect(worker, &ConnectionWorker::scriptStepFinished, this, &ScriptPanel::showStepResult);
        connect(worker, &ConnectionWorker::scriptStopped, this, &ScriptPanel::showStopped);
        if (m_loaded)
            QMetaObject::invokeMethod(worker,
                [worker, s = m_steps, strict = m_strict->isChecked()] { worker->loadScript(s, strict); });
    }
    m_running = false;
    setRunning(false);
}

bool ScriptPanel::loadText(const QString &text)
{
    m_lines->clear();
    const QStringList lines = text.split(QLatin1Char('\n'));
    const int width = int(QString::number(lines.size()).size());
    for (int i = 0; i < lines.size(); ++i)
        m_lines->addItem(QStringLiteral("%1  %2").arg(i + 1, width).arg(lines.at(i)));
    const smartcard::Script script = smartcard::ScriptParser::parse(text);
    for (const smartcard::ScriptError &error : script.errors)
        markLine(error.line, QStringLiteral("error"), error.toString());
    m_loaded = script.isValid();
    m_steps = script.steps;
    if (!m_loaded) {
        m_status->setText(tr("%n problem(s); the first: %1", nullptr, int(script.errors.size()))
                              .arg(script.errors.first().toString()));
    } else {
        m_status->setText(tr("%n step(s), ready", nullptr, int(m_steps.size())));
        if (m_worker)
            QMetaObject::invokeMethod(m_worker,
                [w = m_worker, s = m_steps, strict = m_strict->isChecked()] { w->loadScript(s, strict); });
    }
    setRunning(false);
    return m_loaded;
}

bool ScriptPanel::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    return loadText(QString::fromUtf8(file.readAll()));
}

QString ScriptPanel::statusText() const
{
    return m_status->text();
}

void ScriptPanel::setStepTimeout(int milliseconds)
{
    m_stepTimer->setInterval(milliseconds);
}

int ScriptPanel::stepTimeout() const
{
    return m_stepTimer->interval();
}

void ScriptPanel::step()
{
    start(true);
}

void ScriptPanel::run()
{
    start(false);
}

void ScriptPanel::start(bool singleStep)
{
    if (!m_loaded || !m_worker || m_running)
        return;
    setRunning(true);
    m_timedOutStep = -1;
    m_stepTimer->start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, singleStep, id = ++m_runId] { w->runScript(singleStep, id); });
}

void ScriptPanel::stop()
{
    if (m_worker)
        m_worker->cancelScript(m_runId);
}

void ScriptPanel::stepTimedOut()
{
    if (!m_running || !m_worker || m_nextStep >= int(m_steps.size()))
        return;
    m_timedOutStep = m_nextStep;
    markStep(m_steps[std::size_t(m_timedOutStep)], QStringLiteral("error"),
        tr("timed out after %1 ms").arg(stepTimeout()));
    m_worker->abandonScript(m_runId);
    m_stop->setEnabled(false);
    m_status->setText(tr("Step %1 timed out after %2 ms; waiting for the reader to give the call back "
                         "(the card is then reset)")
                          .arg(m_timedOutStep + 1)
                          .arg(stepTimeout()));
}

void ScriptPanel::markLine(int line, const QString &status, const QString &why)
{
    QListWidgetItem *item = m_lines->item(line - 1);
    if (!item)
        return;
    item->setData(statusRole, status);
    item->setToolTip(why);
    const QColor colour = status == u"passed" ? QColor(0xc8, 0xe6, 0xc9) : QColor(0xff, 0xcd, 0xd2);
    item->setBackground(colour);
}

void ScriptPanel::markStep(const smartcard::ScriptStep &step, const QString &status, const QString &why)
{
    for (int line = step.line; line <= std::max(step.line, step.lastLine); ++line)
        markLine(line, status, why);
    if (step.expectationLine > 0)
        markLine(step.expectationLine, status, why);
}

void ScriptPanel::showStepResult(const ScriptStepResult &result)
{
    QString status = QStringLiteral("passed");
    QString why = result.swText;
    if (result.outcome == ScriptStepResult::Outcome::Failed) {
        status = QStringLiteral("failed");
        why = result.mismatch;
    } else if (result.outcome == ScriptStepResult::Outcome::Error) {
        status = QStringLiteral("error");
        why = result.error;
    }
    m_nextStep = result.index + 1;
    if (result.index == m_timedOutStep) {
        status = QStringLiteral("error");
        why = tr("timed out after %1 ms; the card answered later: %2")
                  .arg(stepTimeout())
                  .arg(why.isEmpty() ? result.swText : why);
    } else if (m_running && m_timedOutStep < 0) {
        m_stepTimer->start(); // the next step's time starts now
    }
    markStep(result.step, status, why);
    Q_EMIT stepFinished(result);
}

void ScriptPanel::showStopped(int state, int currentStep, const QString &error)
{
    m_stepTimer->stop();
    m_nextStep = currentStep;
    m_running = false;
    setRunning(false);
    if (m_timedOutStep >= 0) {
        m_status->setText(
            tr("Step %1 timed out after %2 ms. %3").arg(m_timedOutStep + 1).arg(stepTimeout()).arg(error));
        m_timedOutStep = -1;
        Q_EMIT runStopped(state);
        return;
    }
    switch (ScriptRunner::State(state)) {
    case ScriptRunner::State::Ready:
        m_status->setText(tr("Next: step %1 of %2").arg(currentStep + 1).arg(m_steps.size()));
        break;
    case ScriptRunner::State::Finished:
        m_status->setText(tr("Finished: every step passed"));
        break;
    case ScriptRunner::State::Failed:
        m_status->setText(error.isEmpty() ? tr("Stopped at step %1: it failed").arg(currentStep + 1) : error);
        break;
    case ScriptRunner::State::Cancelled:
        m_status->setText(tr("Stopped before step %1").arg(currentStep + 1));
        break;
    }
    Q_EMIT runStopped(state);
}

void ScriptPanel::setRunning(bool running)
{
    m_running = running;
    m_step->setEnabled(m_loaded && !running);
    m_run->setEnabled(m_loaded && !running);
    m_stop->setEnabled(running);
    m_open->setEnabled(!running);
}

void ScriptPanel::openFile()
{
    auto *dialog = new QFileDialog(this, tr("Open script"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Scripts (*.txt *.script *.apdu);;All files (*)"));
    connect(dialog, &QFileDialog::fileSelected, this, &ScriptPanel::loadFile);
    dialog->open();
}
