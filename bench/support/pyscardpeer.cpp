#include "pyscardpeer.h"

#include "benchrig.h"

#include <stdexcept>

namespace cardscope::bench {

QString PyscardPeer::python()
{
    const QString fromEnvironment = qEnvironmentVariable("CARDSCOPE_BENCH_PYTHON");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/bin/python3") : fromEnvironment;
}

QString PyscardPeer::script()
{
    return QStringLiteral(CARDSCOPE_BENCH_PYSCARD_PEER);
}

QStringList PyscardPeer::listCommand()
{
    return { python(), script(), QStringLiteral("--list") };
}

QString PyscardPeer::pyscardVersion()
{
    const RunResult run = runToEnd({ python(), QStringLiteral("-c"),
        QStringLiteral("import importlib.metadata as m; print(m.version('pyscard'))") });
    return QString::fromUtf8(run.output).trimmed();
}

bool PyscardPeer::start(const QString &reader)
{
    if (!m_process.start({ python(), script(), reader }, {}, true)) {
        progress(QStringLiteral("cannot start %1 %2").arg(python(), script()));
        return false;
    }
    const auto ready = m_process.readLine();
    if (!ready || *ready != "ready") {
        progress(QStringLiteral("pyscard_peer.py did not get ready (is python3-pyscard installed?)"));
        return false;
    }
    return true;
}

RoundFigures PyscardPeer::request(const QString &line)
{
    if (!m_process.writeLine(line.toUtf8()))
        throw std::runtime_error("pyscard_peer.py is gone");
    const auto reply = m_process.readLine();
    if (!reply)
        throw std::runtime_error("pyscard_peer.py ended without an answer");
    const QList<QByteArray> words = reply->split(' ');
    if (words.value(0) != "ok" || words.size() < 3)
        throw std::runtime_error("pyscard: " + reply->toStdString());
    std::vector<qint64> durations;
    durations.reserve(std::size_t(words.size() - 3));
    for (qsizetype i = 3; i < words.size(); ++i)
        durations.push_back(words[i].toLongLong());
    return figuresOf(std::move(durations), words[1].toLongLong(), words[2].toLongLong());
}

RoundFigures PyscardPeer::transmit(const QString &commandHex, int count)
{
    return request(QStringLiteral("transmit %1 %2").arg(commandHex).arg(count));
}

RoundFigures PyscardPeer::connectCycles(int count)
{
    return request(QStringLiteral("connect %1").arg(count));
}

RoundFigures PyscardPeer::freshConnectionCycles(int count)
{
    return request(QStringLiteral("fresh %1").arg(count));
}

} // namespace cardscope::bench
