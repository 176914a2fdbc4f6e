#pragma once

#include "log/logentry.h"
#include "log/sessionrecorder.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <mutex>

namespace smartcard {

// Brings a SessionRecorder's entries to the thread this object lives in (the GUI's), in
// batches: the first entry of a batch starts a timer of batchInterval() ms there (30 by
// default); when it fires, everything recorded meanwhile is emitted as one list. At a
// million entries per second that is one signal and one model insertion per 30 ms instead
// of a million queued events. An interval of 0 emits as soon as the event loop gets there.
//
// The recorder must outlive the adapter. Destroying the adapter removes its sink: entries
// not yet emitted then are dropped (call flush() first to keep them).
class SessionRecorderAdapter final : public QObject
{
    Q_OBJECT

public:
    explicit SessionRecorderAdapter(SessionRecorder *recorder, QObject *parent = nullptr);
    ~SessionRecorderAdapter() override;

    void setBatchInterval(int milliseconds);
    int batchInterval() const;

public Q_SLOTS:
    // Emits what is waiting now (on this object's thread).
    void flush();

Q_SIGNALS:
    void entriesRecorded(const QList<smartcard::LogEntry> &entries);

private:
    void receive(const LogEntry &entry); // on the recording threads
    void startBatch(); // on this object's thread

    SessionRecorder *m_recorder;
    SessionRecorder::SinkId m_sinkId = 0;
    QTimer m_timer;
    std::mutex m_mutex;
    QList<LogEntry> m_pending;
    bool m_batchStarted = false;
};

} // namespace smartcard
