#pragma once

#include <QString>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class ReaderDetailsTree;
class ThemedIcons;

namespace smartcard {
class ReaderFeatures;
namespace pcsc {
class PcscApi;
}
} // namespace smartcard

// A reader's decoded attributes and PC/SC part 10 features (smartcard::ReaderFeatures), read
// off the GUI thread: setReader() starts a read on the global thread pool, with its own
// connection and PC/SC context (direct mode: no card is needed, a card is not touched), and
// the result comes back as a value. A newer setReader() supersedes an older read, whose
// result is then dropped. The tree ("readerDetailsTree") shows what was read; the status
// line ("readerDetailsStatus") says when it is loading, when the reader has nothing to show
// (vpcd: no attributes, no features) and why a read failed.
//
// A read still waiting for a pool thread when it is superseded never touches the reader.
// The PcscApi must outlive every read started on it (systemPcsc() does).
class ReaderDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit ReaderDetailsWidget(QWidget *parent = nullptr);
    // Reads through `api` (tests: a fake PC/SC) instead of systemPcsc().
    explicit ReaderDetailsWidget(smartcard::pcsc::PcscApi &api, QWidget *parent = nullptr);
    ~ReaderDetailsWidget() override;

    void setPcscApi(smartcard::pcsc::PcscApi &api);

    // An empty name clears the view to its empty state.
    void setReader(const QString &reader);
    QString reader() const { return m_reader; }
    // Reads the current reader again.
    void refresh();

    State state() const { return m_state; }
    QString statusText() const;

Q_SIGNALS:
    // The read of `reader` finished and is shown (only for the reader asked last).
    void detailsLoaded(const QString &reader);
    void detailsFailed(const QString &reader, const QString &message);

private:
    struct ReadResult;
    void startRead();
    void showResult(const ReadResult &result);
    void showFeatures(const smartcard::ReaderFeatures &features);
    void setStatus(State state, const QString &text);

    smartcard::pcsc::PcscApi *m_api;
    QString m_reader;
    quint64 m_request = 0; // increases with every read; a result of an older one is stale
    // The latest request, for reads still queued in the pool: a superseded one never starts.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    State m_state = State::Empty;
    ThemedIcons *m_icons = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    ReaderDetailsTree *m_tree = nullptr;
};
