#include "readerdetailswidget.h"

#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "features/readerfeatures.h"
#include "icons/themedicons.h"
#include "readerdetailstree.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

using namespace smartcard;

struct ReaderDetailsWidget::ReadResult
{
    quint64 request = 0;
    QString reader;
    std::optional<ReaderFeatures> features;
    QString error; // when there are no features
};

namespace {

QString codeNames(const std::set<std::string> &codes)
{
    QStringList names;
    for (const std::string &code : codes)
        names << QString::fromStdString(code);
    return names.join(QStringLiteral(", "));
}

} // namespace

ReaderDetailsWidget::ReaderDetailsWidget(QWidget *parent)
    : ReaderDetailsWidget(pcsc::systemPcsc(), parent)
{ }

ReaderDetailsWidget::ReaderDetailsWidget(pcsc::PcscApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(&api)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("readerDetails"));
    setAccessibleName(tr("Reader details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("readerDetailsName"));
    m_name->setAccessibleName(tr("Reader name"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    layout->addWidget(m_name);
    auto *statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel;
    m_statusIcon->setObjectName(QStringLiteral("readerDetailsStatusIcon"));
    m_icons = new ThemedIcons(this);
    m_icons->bind(m_statusIcon, QStringLiteral("warning"), 16);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("readerDetailsStatus"));
    m_status->setAccessibleName(tr("Reader details status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    m_tree = new ReaderDetailsTree;
    layout->addWidget(m_tree, 1);
    setReader({});
}

ReaderDetailsWidget::~ReaderDetailsWidget() = default;

void ReaderDetailsWidget::setPcscApi(pcsc::PcscApi &api)
{
    m_api = &api;
}

void ReaderDetailsWidget::setReader(const QString &reader)
{
    m_reader = reader;
    m_latest->store(++m_request);
    m_name->setText(reader);
    m_name->setVisible(!reader.isEmpty());
    m_tree->clear();
    if (reader.isEmpty()) {
        m_tree->hide();
        setStatus(State::Empty, tr("Select a reader to see its attributes and features"));
        return;
    }
    startRead();
}

void ReaderDetailsWidget::refresh()
{
    setReader(m_reader);
}

QString ReaderDetailsWidget::statusText() const
{
    return m_status->text();
}

void ReaderDetailsWidget::startRead()
{
    m_tree->hide();
    setStatus(State::Loading, tr("Reading the attributes and features of “%1”…").arg(m_reader));
    auto *watcher = new QFutureWatcher<ReadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        showResult(watcher->result());
    });
    // On a pool thread with its own connection, hence its own PC/SC context.
    watcher->setFuture(
        QtConcurrent::run([api = m_api, reader = m_reader, request = m_request, latest = m_latest]() {
            ReadResult result { request, reader, std::nullopt, {} };
            if (latest->load() != request)
                return result; // superseded while it waited: dropped on arrival anyway
            try {
                PCSCCardConnection connection(reader, *api);
                // Direct mode needs no card; leaving the card as it was is what a viewer owes the
                // application that may be using it.
                connection.connect(0, pcsc::ShareMode::Direct, pcsc::Disposition::LeaveCard);
                result.features = ReaderFeatures::read(connection);
            } catch (const SmartcardException &e) {
                // The code's name first: what a developer greps for in pcsc-lite and the logs.
                result.error = e.hresult()
                    ? QStringLiteral("%1: %2").arg(
                        QString::fromStdString(pcsc::errorName(*e.hresult())), QString::fromUtf8(e.what()))
                    : QString::fromUtf8(e.what());
                if (e.hresult() == pcsc::ReturnCode::E_NoService)
                    result.error += ReaderDetailsWidget::tr(" Start pcscd (or check PCSCLITE_CSOCK_NAME).");
            } catch (const std::exception &e) {
                result.error = QString::fromUtf8(e.what());
            }
            return result;
        }));
}

void ReaderDetailsWidget::showResult(const ReadResult &result)
{
    if (result.request != m_request)
        return; // superseded by a newer setReader(): never overwrite it
    if (!result.features) {
        m_tree->hide();
        setStatus(State::Failed, tr("Cannot read the details of “%1”: %2").arg(result.reader, result.error));
        Q_EMIT detailsFailed(result.reader, result.error);
        return;
    }
    showFeatures(*result.features);
    Q_EMIT detailsLoaded(result.reader);
}

void ReaderDetailsWidget::showFeatures(const ReaderFeatures &features)
{
    m_tree->showFeatures(features);
    m_tree->show();
    const int attributes = features.supportedAttributeCount();
    QStringList parts;
    if (attributes == 0) {
        std::set<std::string> codes;
        for (const ReaderFeatures::Attribute &attribute : features.attributes())
            if (attribute.failure && attribute.failure->code)
                codes.insert(pcsc::errorName(*attribute.failure->code));
        parts << (codes.empty() ? tr("The reader driver reports no attributes")
                                : tr("The reader driver reports no attributes (%1)").arg(codeNames(codes)));
    } else {
        parts << tr("%1 of %2 attributes").arg(attributes).arg(features.attributes().size());
    }
    if (const auto &failure = features.featureRequestFailure())
        parts << tr("no PC/SC part 10 features (%1)")
                     .arg(failure->code ? QString::fromStdString(pcsc::errorName(*failure->code))
                                        : failure->message);
    else if (!features.hasFeatures())
        parts << tr("no PC/SC part 10 features (the list is empty)");
    else
        parts << tr("%n PC/SC part 10 feature(s)", nullptr, int(features.featureList().features().size()));
    setStatus(State::Loaded, parts.join(tr(" and ")) + QLatin1Char('.'));
}

void ReaderDetailsWidget::setStatus(State state, const QString &text)
{
    m_state = state;
    m_status->setText(text);
    // Waiting and empty read as hints; a failure gets the warning sign.
    const bool hint = state == State::Empty || state == State::Loading;
    m_status->setForegroundRole(hint ? QPalette::PlaceholderText : QPalette::WindowText);
    m_statusIcon->setVisible(state == State::Failed);
}
