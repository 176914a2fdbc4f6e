#include "emulatedcard.h"

#include "childprocess.h"

namespace cardscope::testing {

EmulatedCard::EmulatedCard(int slot, int port, CardOptions options)
    : m_slot(slot)
    , m_port(port)
    , m_options(std::move(options))
{ }

EmulatedCard::~EmulatedCard()
{
    stop();
}

QStringList EmulatedCard::arguments() const
{
    QStringList arguments { QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--profile"), m_options.profile };
    if (!m_options.atrHex.isEmpty())
        arguments << QStringLiteral("--atr") << m_options.atrHex;
    if (!m_options.pin.isEmpty())
        arguments << QStringLiteral("--pin") << m_options.pin;
    if (!m_options.inserted)
        arguments << QStringLiteral("--no-insert");
    if (m_options.seed >= 0)
        arguments << QStringLiteral("--seed") << QString::number(m_options.seed);
    return arguments;
}

bool EmulatedCard::start(const QString &program, const QString &logPath)
{
    m_logPath = logPath;
    m_process.setProgram(program);
    m_process.setArguments(arguments());
    // stderr goes to a file: a card's complaints are kept for error texts without
    // interleaving with the test's own output.
    m_process.setStandardErrorFile(logPath, QIODevice::Append);
    childprocess::dieWithParent(m_process);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        fail(QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString()));
        return false;
    }
    m_pid = m_process.processId();
    // The card retries its connection to the vpcd port for up to 5 s before it is ready.
    const QString line = readReply(QDeadlineTimer(8000));
    if (line != u"ready") {
        if (!line.isEmpty())
            fail(QStringLiteral("expected 'ready', got '%1'").arg(line));
        stop();
        return false;
    }
    return true;
}

bool EmulatedCard::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.closeWriteChannel();
    if (m_process.waitForFinished(2000))
        return true;
    return childprocess::stop(m_process, 0);
}

QString EmulatedCard::command(const QString &line, int timeoutMs)
{
    m_errorString.clear();
    if (m_process.state() != QProcess::Running)
        return QStringLiteral("error rig: ") + fail(QStringLiteral("the card is not running"));
    m_process.write((line + QLatin1Char('\n')).toUtf8());
    const QString reply = readReply(QDeadlineTimer(timeoutMs));
    return reply.isEmpty() ? QStringLiteral("error rig: ") + m_errorString : reply;
}

int EmulatedCard::statusField(const QString &name)
{
    const QString prefix = name + QLatin1Char('=');
    const QStringList fields = status().split(QLatin1Char(' '));
    for (const QString &field : fields) {
        if (field.startsWith(prefix))
            return field.mid(prefix.size()).toInt();
    }
    return -1;
}

QString EmulatedCard::readReply(QDeadlineTimer deadline)
{
    for (;;) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(u"event"))
                return line;
        }
        if (m_process.state() != QProcess::Running) {
            fail(QStringLiteral("the card exited (code %1)").arg(m_process.exitCode()));
            return {};
        }
        if (deadline.hasExpired()) {
            fail(QStringLiteral("no reply within the time limit"));
            return {};
        }
        m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    }
}

QString EmulatedCard::fail(const QString &why)
{
    m_errorString = QStringLiteral("card in slot %1 (port %2): %3").arg(m_slot).arg(m_port).arg(why);
    const QString tail = childprocess::logTail(m_logPath, 600);
    if (!tail.isEmpty())
        m_errorString += QStringLiteral("; its stderr: ") + tail;
    return m_errorString;
}

} // namespace cardscope::testing
