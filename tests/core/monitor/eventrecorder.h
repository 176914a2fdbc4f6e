#pragma once

// Records a monitor's signals as "event reader" lines in the order they arrive, on the
// thread the recorder lives in (queued from the engine thread, like a GUI would get them).
#include "monitor/monitor.h"
#include "monitor/monitorevent.h"
#include "pcsc/returncode.h"

#include <QObject>
#include <QStringList>

class EventRecorder : public QObject
{
public:
    explicit EventRecorder(smartcard::Monitor *monitor)
    {
        using smartcard::Monitor;
        using smartcard::ReaderStatus;
        using Type = smartcard::MonitorEvent::Type;
        const auto record = [this](Type type) {
            return [this, type](const ReaderStatus &status) {
                m_lines << QString::fromLatin1(smartcard::MonitorEvent::typeName(type)) + ' ' + status.reader;
                m_statuses << status;
            };
        };
        connect(monitor, &Monitor::readerAdded, this, record(Type::ReaderAdded));
        connect(monitor, &Monitor::readerRemoved, this, record(Type::ReaderRemoved));
        connect(monitor, &Monitor::readerStateChanged, this, record(Type::StateChanged));
        connect(monitor, &Monitor::cardInserted, this, record(Type::CardInserted));
        connect(monitor, &Monitor::cardRemoved, this, record(Type::CardRemoved));
        connect(monitor, &Monitor::serviceLost, this, [this](smartcard::pcsc::ReturnCode code) {
            m_lines << QStringLiteral("service_lost ")
                    + QString::fromStdString(smartcard::pcsc::errorName(code));
            m_statuses << ReaderStatus();
        });
        connect(monitor, &Monitor::serviceRestored, this, [this] {
            m_lines << QStringLiteral("service_restored");
            m_statuses << ReaderStatus();
        });
    }

    const QStringList &lines() const { return m_lines; }
    // The lines without state_changed, which come with most other events.
    QStringList events() const
    {
        QStringList result;
        for (const QString &line : m_lines) {
            if (!line.startsWith(u"state_changed"))
                result << line;
        }
        return result;
    }
    const QList<smartcard::ReaderStatus> &statuses() const { return m_statuses; }
    // The status of the last line equal to `line`.
    smartcard::ReaderStatus statusOf(const QString &line) const
    {
        const qsizetype index = m_lines.lastIndexOf(line);
        return index < 0 ? smartcard::ReaderStatus() : m_statuses.at(index);
    }
    void clear()
    {
        m_lines.clear();
        m_statuses.clear();
    }

private:
    QStringList m_lines;
    QList<smartcard::ReaderStatus> m_statuses;
};
