#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace cardscope::testing {

// How to start one cardscope-vcard.
struct CardOptions
{
    QString profile = QStringLiteral("t1"); // "t0" answers data with 61xx, "t1" directly
    QString atrHex; // empty: the profile's default ATR
    QString pin; // empty: the card's default PIN
    bool inserted = true; // false: start with --no-insert
    int seed = -1; // GET CHALLENGE seed; negative: the card's default
};

// One emulated card process (cardscope-vcard) connected to a vpcd slot port. The card
// answers each stdin line with exactly one stdout line starting with "ok" or "error";
// "event ..." lines are unsolicited and skipped. Every call waits for its reply, bounded,
// without an event loop: test code calls these between PC/SC calls on the same thread.
class EmulatedCard
{
public:
    EmulatedCard(int slot, int port, CardOptions options);
    ~EmulatedCard();

    EmulatedCard(const EmulatedCard &) = delete;
    EmulatedCard &operator=(const EmulatedCard &) = delete;

    // Starts the card and waits for its "ready" line.
    bool start(const QString &program, const QString &logPath);
    // Closes stdin (the card exits on EOF), then kills it if it lingers. True once reaped.
    bool stop();

    bool insert() { return isOk(command(QStringLiteral("insert"))); }
    bool remove() { return isOk(command(QStringLiteral("remove"))); }
    // "none", "delay MS", "close", "short" or "garbage".
    bool setFault(const QString &fault) { return isOk(command(QStringLiteral("fault ") + fault)); }
    // "ok inserted=0|1 powered=0|1 apdus=N".
    QString status() { return command(QStringLiteral("status")); }
    // Sends one line and returns the reply line; on no reply within the timeout an
    // "error rig: ..." text that says why (and errorString() the same).
    QString command(const QString &line, int timeoutMs = 5000);

    // One field of status(): statusField("apdus") -> 12; -1 when missing.
    int statusField(const QString &name);

    int slot() const { return m_slot; }
    int port() const { return m_port; }
    const CardOptions &options() const { return m_options; }
    qint64 pid() const { return m_pid; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QString errorString() const { return m_errorString; }
    QStringList arguments() const;

    static bool isOk(const QString &reply) { return reply == u"ok" || reply.startsWith(u"ok "); }

private:
    // The next line that is not an "event"; empty with m_errorString set on timeout or exit.
    QString readReply(QDeadlineTimer deadline);
    QString fail(const QString &why);

    int m_slot;
    int m_port;
    CardOptions m_options;
    QProcess m_process;
    QString m_logPath;
    QString m_errorString;
    qint64 m_pid = 0;
};

} // namespace cardscope::testing
