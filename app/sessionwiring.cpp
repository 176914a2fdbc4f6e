#include "sessionwiring.h"

#include "console/apduconsole.h"
#include "log/sessionjournal.h"
#include "log/sessionrecorder.h"
#include "log/sessionrecorderadapter.h"
#include "sessionlog/sessionlogview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

using smartcard::SessionJournal;

namespace {

// A journal holding its header line only (a session killed before its first entry): nothing
// to offer. Reads the first line, not the file.
bool holdsNoEntry(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // offered: recovery says what is wrong
    file.readLine(64 * 1024);
    return file.atEnd();
}

// The leftovers of crashes that have something to recover; empty ones are deleted.
QStringList recoverableJournals(const QString &directory)
{
    QStringList journals;
    for (const QString &path : SessionJournal::unfinished(directory)) {
        if (holdsNoEntry(path))
            SessionJournal::retire(path, false);
        else
            journals << path;
    }
    return journals;
}

} // namespace

SessionWiring::SessionWiring(smartcard::pcsc::PcscApi *api, QObject *parent)
    : QObject(parent)
    , m_recorder(std::make_unique<smartcard::SessionRecorder>())
    , m_journal(std::make_unique<SessionJournal>(journalDirectory()))
{
    // Real bytes in memory: the view and the exports mask them unless the user unmasks.
    m_recorder->setMaskSecrets(false);
    m_adapter = std::make_unique<smartcard::SessionRecorderAdapter>(m_recorder.get());
    m_console = new ApduConsole(nullptr, api);
    m_view = new SessionLogView;
    m_view->attach(m_adapter.get());

    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("sessionLogPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeRecoveryBar());
    // Said where the user looks: a session that is not journaled is lost in a crash.
    m_journalWarning = new QLabel;
    m_journalWarning->setObjectName(QStringLiteral("journalWarning"));
    m_journalWarning->setWordWrap(true);
    m_journalWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_journalWarning->hide();
    layout->addWidget(m_journalWarning);
    layout->addWidget(m_view, 1);
    // Scrolled only below the log's minimum (its details pane): a low dock must not make the
    // window taller than the user asked for.
    auto *area = new QScrollArea;
    area->setObjectName(QStringLiteral("sessionLogArea"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(panel);
    m_panel = area;
    connect(m_view, &SessionLogView::recoveryFinished, this, &SessionWiring::journalRecovered);
    // Clear session: what was cleared does not come back after a crash either.
    connect(m_view->clearAction(), &QAction::triggered, this, [this] {
        m_journal->discard();
        openJournal();
    });

    // Leftovers first: the new journal must not be one of them.
    m_leftovers = recoverableJournals(journalDirectory());
    SessionJournal::pruneFinished(KeptFinishedSessions, journalDirectory());
    openJournal();
    m_journalSink = m_recorder->addSink(
        [journal = m_journal.get()](const smartcard::LogEntry &entry) { journal->append(entry); });
    m_console->addConnectionObserver(m_recorder.get());
    if (!m_leftovers.isEmpty()) {
        m_recoveryText->setText(
            tr("CardScope did not close cleanly: %n session(s) can be recovered from the journal.", "",
                int(m_leftovers.size())));
        m_recoveryBar->show();
    }
}

SessionWiring::~SessionWiring()
{
    // The console's workers call the recorder: they go first (the console waits for them).
    delete m_console;
    m_recorder->removeSink(m_journalSink);
    m_adapter.reset();
    // A clean exit: the session becomes a finished .jsonl file, or nothing if it is empty.
    if (m_journal->entriesWritten() > 0)
        m_journal->finish();
    else
        m_journal->discard();
}

QString SessionWiring::journalDirectory()
{
    const QString directory = qEnvironmentVariable("CARDSCOPE_JOURNAL_DIR");
    return directory.isEmpty() ? SessionJournal::defaultDirectory() : directory;
}

QString SessionWiring::journalPath() const
{
    return m_journal->path();
}

void SessionWiring::setReader(const QString &reader)
{
    if (!reader.isEmpty())
        m_console->setReader(reader);
}

void SessionWiring::openJournal()
{
    smartcard::SessionFileOptions options;
    options.maskSecrets = true; // always, also in an unmasked session
    m_journalError = m_journal->open(options) ? QString() : m_journal->errorString();
    if (!m_journalError.isEmpty()) {
        qWarning("cardscope: no session journal: %s", qPrintable(m_journalError));
        m_journalWarning->setText(
            tr("This session is not journaled (%1): it would be lost in a crash. Export it to keep it.")
                .arg(m_journalError));
    }
    m_journalWarning->setVisible(!m_journalError.isEmpty());
}

QWidget *SessionWiring::makeRecoveryBar()
{
    m_recoveryBar = new QFrame;
    m_recoveryBar->setObjectName(QStringLiteral("recoveryBar"));
    m_recoveryBar->setFrameShape(QFrame::StyledPanel);
    m_recoveryBar->setAutoFillBackground(true);
    m_recoveryBar->setBackgroundRole(QPalette::AlternateBase);
    m_recoveryText = new QLabel;
    m_recoveryText->setObjectName(QStringLiteral("recoveryText"));
    m_recoveryText->setWordWrap(true);
    m_recoverButton = new QPushButton(tr("&Recover"));
    m_recoverButton->setObjectName(QStringLiteral("recoverButton"));
    m_recoverButton->setToolTip(tr("Read the crashed session back into the log"));
    m_recoverButton->setAccessibleName(tr("Recover the crashed session"));
    m_discardButton = new QPushButton(tr("&Discard"));
    m_discardButton->setObjectName(QStringLiteral("discardRecoveryButton"));
    m_discardButton->setToolTip(tr("Delete the journal of the crashed session"));
    m_discardButton->setAccessibleName(tr("Discard the crashed session"));
    connect(m_recoverButton, &QPushButton::clicked, this, &SessionWiring::recoverJournals);
    connect(m_discardButton, &QPushButton::clicked, this, &SessionWiring::discardJournals);

    auto *layout = new QHBoxLayout(m_recoveryBar);
    layout->addWidget(m_recoveryText, 1);
    layout->addWidget(m_recoverButton);
    layout->addWidget(m_discardButton);
    m_recoveryBar->hide();
    return m_recoveryBar;
}

void SessionWiring::recoverJournals()
{
    if (m_leftovers.isEmpty() || !m_recovering.isEmpty())
        return;
    m_recoverButton->setEnabled(false);
    m_discardButton->setEnabled(false);
    recoverNext();
}

void SessionWiring::recoverNext()
{
    if (m_leftovers.isEmpty()) {
        m_recoveryBar->hide();
        Q_EMIT recoveryDone();
        return;
    }
    m_recovering = m_leftovers.first();
    m_recoveryText->setText(tr("Recovering %1…").arg(QDir::toNativeSeparators(m_recovering)));
    if (!m_view->startRecovery(m_recovering)) {
        // Another task (an export) runs: the user tries again when it is done.
        m_recovering.clear();
        m_recoveryText->setText(tr("The session log is busy: try again when its task is done."));
        m_recoverButton->setEnabled(true);
        m_discardButton->setEnabled(true);
    }
}

void SessionWiring::journalRecovered(bool ok, const QString &message)
{
    if (m_recovering.isEmpty())
        return;
    const QString path = std::exchange(m_recovering, QString());
    if (!ok) {
        // The journal stays where it is, for another try or another tool.
        m_recoveryText->setText(tr("Could not recover %1: %2").arg(QDir::toNativeSeparators(path), message));
        m_recoverButton->setEnabled(true);
        m_discardButton->setEnabled(true);
        return;
    }
    // Kept as a finished session file (.jsonl): recovered, never lost.
    SessionJournal::retire(path, true);
    m_leftovers.removeFirst();
    recoverNext();
}

void SessionWiring::discardJournals()
{
    if (!m_recovering.isEmpty())
        return;
    QStringList failed;
    for (const QString &path : std::as_const(m_leftovers)) {
        if (!SessionJournal::retire(path, false))
            failed << QDir::toNativeSeparators(path);
    }
    m_leftovers.clear();
    if (!failed.isEmpty()) {
        m_recoveryText->setText(tr("Could not delete %1.").arg(failed.join(QStringLiteral(", "))));
        m_recoverButton->setEnabled(false);
        m_discardButton->setEnabled(false);
        return;
    }
    m_recoveryBar->hide();
    Q_EMIT recoveryDone();
}
