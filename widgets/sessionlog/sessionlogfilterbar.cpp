#include "sessionlogfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using smartcard::LogEntry;

namespace {

// Kind choices: the index of the combo item.
enum KindChoice { AnyKind, Exchanges, Controls, Connections, CardData };

QLineEdit *filterEdit(const QString &objectName, const QString &placeholder, const QString &tip)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    edit->setToolTip(tip);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

SessionLogFilterBar::SessionLogFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("logFilterBar"));
    m_reader = new QComboBox;
    m_reader->setObjectName(QStringLiteral("logReaderFilter"));
    m_reader->setAccessibleName(tr("Reader filter"));
    m_reader->setToolTip(tr("Show the entries of one reader"));
    m_reader->addItem(tr("All readers"));
    m_sw = filterEdit(QStringLiteral("logSwFilter"), tr("SW"),
        tr("Status words, x for any digit, several separated by commas: 9000, 61xx, 6Xxx"));
    m_ins = filterEdit(QStringLiteral("logInsFilter"), tr("INS"), tr("Instruction bytes in hex: A4, B0"));
    m_text = filterEdit(QStringLiteral("logTextFilter"), tr("Text or hex"),
        tr("Hex bytes found in a command or response (00 A4), or text in the reader, error or note"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("logKindFilter"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->setToolTip(tr("Show one kind of entry"));
    m_kind->addItems(
        { tr("All kinds"), tr("Exchanges"), tr("Controls"), tr("Connections"), tr("ATRs and attributes") });
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("logFilterError"));
    m_error->setAccessibleName(tr("Filter error"));
    m_error->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reader, 2);
    layout->addWidget(m_kind, 1);
    layout->addWidget(m_sw, 1);
    layout->addWidget(m_ins, 1);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_error, 2);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SessionLogFilterBar::apply);
    for (QLineEdit *edit : { m_sw, m_ins, m_text })
        connect(edit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_reader, &QComboBox::currentIndexChanged, this, &SessionLogFilterBar::apply);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SessionLogFilterBar::apply);
}

void SessionLogFilterBar::setReaders(const QStringList &readers)
{
    // Readers only ever get added to a log (or all go with a clear): add the new ones.
    if (readers.size() + 1 < m_reader->count()) {
        const bool wasFiltered = m_reader->currentIndex() > 0;
        const QSignalBlocker blocker(m_reader);
        while (m_reader->count() > 1)
            m_reader->removeItem(1);
        if (wasFiltered)
            apply();
    }
    for (qsizetype i = m_reader->count() - 1; i < readers.size(); ++i)
        m_reader->addItem(readers[i], readers[i]);
}

int SessionLogFilterBar::readerCount() const
{
    return m_reader->count() - 1;
}

QString SessionLogFilterBar::errorText() const
{
    return m_error->text();
}

void SessionLogFilterBar::apply()
{
    m_debounce.stop();
    m_filter.setReader(m_reader->currentData().toString());
    QStringList errors;
    if (const auto error = m_filter.setSwPatterns(m_sw->text()))
        errors << tr("SW, character %1: %2").arg(error->offset + 1).arg(error->message);
    if (const auto error = m_filter.setIns(m_ins->text()))
        errors << tr("INS, character %1: %2").arg(error->offset + 1).arg(error->message);
    m_filter.setText(m_text->text().trimmed());
    switch (m_kind->currentIndex()) {
    case Exchanges:
        m_filter.setKinds({ LogEntry::Kind::Exchange });
        break;
    case Controls:
        m_filter.setKinds({ LogEntry::Kind::Control });
        break;
    case Connections:
        m_filter.setKinds({ LogEntry::Kind::Connect, LogEntry::Kind::Reconnect, LogEntry::Kind::Disconnect,
            LogEntry::Kind::Release });
        break;
    case CardData:
        m_filter.setKinds({ LogEntry::Kind::Atr, LogEntry::Kind::Attrib });
        break;
    default:
        m_filter.setKinds({});
        break;
    }
    m_error->setText(errors.join(QStringLiteral("; ")));
    m_error->setVisible(!errors.isEmpty());
    Q_EMIT filterChanged(m_filter);
}
