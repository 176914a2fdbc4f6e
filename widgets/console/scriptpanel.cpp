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
{
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

void ScriptPanel::step()
{
    if (!m_loaded || !m_worker || m_running)
        return;
    setRunning(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->runScript(true); });
}

void ScriptPanel::run()
{
    if (!m_loaded || !m_worker || m_running)
        return;
    setRunning(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->runScript(false); });
}

void ScriptPanel::stop()
{
    if (m_worker)
        m_worker->cancelScript();
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
    for (int line = result.step.line; line <= std::max(result.step.line, result.step.lastLine); ++line)
        markLine(line, status, why);
    if (result.step.expectationLine > 0)
        markLine(result.step.expectationLine, status, why);
    Q_EMIT stepFinished(result);
}

void ScriptPanel::showStopped(int state, int currentStep, const QString &error)
{
    m_running = false;
    setRunning(false);
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
