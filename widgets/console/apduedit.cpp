#include "apduedit.h"

#include "log/maskingpolicy.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QAction>
#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTextBlock>
#include <QToolButton>

using smartcard::Bytes;

ApduEdit::ApduEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_sendButton(new QPushButton(tr("Send"), this))
    , m_fillButton(new QToolButton(this))
    , m_fillLcAction(new QAction(tr("Fill Lc"), this))
    , m_fillLcLeAction(new QAction(tr("Fill Lc and add Le 00"), this))
    , m_historyButton(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("apduEdit"));
    m_edit->setAccessibleName(tr("Command APDU"));
    m_edit->setPlaceholderText(tr("00 A4 04 00 07 A0 00 00 02 47 10 01"));
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 12);
    m_edit->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("apduStatus"));
    m_status->setAccessibleName(tr("APDU check"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the APDU to the card (Enter)"));
    m_fillLcAction->setObjectName(QStringLiteral("fillLcAction"));
    m_fillLcAction->setToolTip(tr("Take the bytes after CLA INS P1 P2 as the data and write Lc for them "
                                  "(a valid case 3 or 4 APDU keeps its data and Le)"));
    m_fillLcLeAction->setObjectName(QStringLiteral("fillLcLeAction"));
    m_fillLcLeAction->setToolTip(tr("Fill Lc, then end the APDU with Le 00 (as many bytes as the card has)"));
    m_fillButton->setObjectName(QStringLiteral("fillLcButton"));
    m_fillButton->setDefaultAction(m_fillLcAction);
    m_fillButton->addAction(m_fillLcLeAction);
    m_fillButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_fillButton->setAccessibleName(tr("Fill Lc"));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setText(tr("History"));
    m_historyButton->setToolTip(
        tr("Search the APDUs sent before (Ctrl+R); Up and Down in the editor walk them"));
    m_historyButton->setAccessibleName(tr("Search history"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_historyButton);
    buttons->addWidget(m_fillButton);
    buttons->addWidget(m_sendButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addLayout(buttons);
    m_historyPanel = makeHistoryPanel();
    layout->addWidget(m_historyPanel);

    m_history = QSettings().value(QLatin1String(historySettingsKey)).toStringList();
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ApduEdit::revalidate);
    connect(m_sendButton, &QPushButton::clicked, this, &ApduEdit::send);
    connect(m_fillLcAction, &QAction::triggered, this, &ApduEdit::fillLc);
    connect(m_fillLcLeAction, &QAction::triggered, this, &ApduEdit::fillLcWithLe);
    connect(m_historyButton, &QToolButton::clicked, this, &ApduEdit::showHistorySearch);
    revalidate();
}

QWidget *ApduEdit::makeHistoryPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("historyPanel"));
    m_historySearch = new QLineEdit(panel);
    m_historySearch->setObjectName(QStringLiteral("historySearch"));
    m_historySearch->setPlaceholderText(tr("Search the history (part of the hex)"));
    m_historySearch->setAccessibleName(tr("History search"));
    m_historySearch->setClearButtonEnabled(true);
    m_historySearch->installEventFilter(this);
    m_historyList = new QListWidget(panel);
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setAccessibleName(tr("History"));
    m_historyList->setUniformItemSizes(true);
    m_historyList->setMaximumHeight(m_historyList->fontMetrics().lineSpacing() * 8);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_historySearch);
    layout->addWidget(m_historyList);
    panel->hide();
    connect(m_historySearch, &QLineEdit::textChanged, this, &ApduEdit::filterHistory);
    connect(m_historyList, &QListWidget::itemActivated, this, &ApduEdit::takeHistoryEntry);
    return panel;
}

QString ApduEdit::text() const
{
    return m_edit->toPlainText();
}

void ApduEdit::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void ApduEdit::setSendAllowed(bool allowed)
{
    m_sendAllowed = allowed;
    updateSendButton();
}

void ApduEdit::revalidate()
{
    m_validation = ApduValidator::validate(m_edit->toPlainText());
    if (m_validation.isValid()) {
        // A valid APDU has at least 4 bytes: the plural is always "bytes".
        m_status->setText(tr("%1 (%2), %3 bytes")
                              .arg(m_validation.caseName(), m_validation.caseCode())
                              .arg(m_validation.bytes.size()));
        m_edit->setToolTip(tr("Hex bytes; spaces, colons and either case are fine"));
    } else if (m_validation.errorKind == ApduValidation::ErrorKind::Empty) {
        m_status->setText(tr("Type an APDU in hex"));
        m_edit->setToolTip(tr("Hex bytes; spaces, colons and either case are fine"));
    } else {
        m_status->setText(
            tr("Column %1: %2").arg(m_validation.errorPosition + 1).arg(m_validation.errorMessage));
        m_edit->setToolTip(m_validation.errorMessage);
    }
    markError();
    const bool fillable = m_edit->toPlainText().trimmed().size() >= 8;
    m_fillLcAction->setEnabled(fillable);
    m_fillLcLeAction->setEnabled(fillable);
    updateSendButton();
    Q_EMIT validationChanged(m_validation);
}

// The error's characters get a red wavy underline; a missing byte marks the last character.
void ApduEdit::markError()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_edit->toPlainText();
    if (!m_validation.isValid() && m_validation.errorKind != ApduValidation::ErrorKind::Empty
        && !text.isEmpty()) {
        qsizetype start = m_validation.errorPosition;
        qsizetype length = m_validation.errorLength;
        if (length == 0 || start >= text.size()) {
            start = text.size() - 1;
            length = 1;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(int(start));
        selection.cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(Qt::red);
        selection.format.setToolTip(m_validation.errorMessage);
        selections.append(selection);
    }
    m_edit->setExtraSelections(selections);
}

void ApduEdit::updateSendButton()
{
    m_sendButton->setEnabled(m_sendAllowed && m_validation.isValid());
}

void ApduEdit::send()
{
    if (!m_sendAllowed || !m_validation.isValid())
        return;
    const Bytes apdu = m_validation.bytes;
    addToHistory(apdu);
    Q_EMIT sendRequested(apdu);
}

void ApduEdit::fillLc()
{
    applyFill(std::nullopt);
}

void ApduEdit::fillLcWithLe()
{
    applyFill(0);
}

void ApduEdit::applyFill(std::optional<int> le)
{
    QString error;
    const std::optional<Bytes> filled = ApduValidator::fillLc(m_edit->toPlainText(), le, &error);
    if (!filled) {
        m_status->setText(error);
        return;
    }
    setText(smartcard::toHexString(*filled));
}

void ApduEdit::addToHistory(const Bytes &apdu)
{
    const QString entry = smartcard::toHexString(apdu);
    m_history.removeAll(entry);
    m_history.prepend(entry);
    while (m_history.size() > historyLimit)
        m_history.removeLast();
    m_historyIndex = -1;
    // A PIN or key typed in the console stays in this session's history only: the settings
    // file is not a place for secrets (the rule of the session log, docs/session-log.md).
    if (!smartcard::MaskingPolicy::secretRange(apdu).isEmpty())
        m_sessionOnly.insert(entry);
    QStringList persisted = m_history;
    persisted.removeIf([this](const QString &kept) { return m_sessionOnly.contains(kept); });
    QSettings().setValue(QLatin1String(historySettingsKey), persisted);
}

void ApduEdit::clearHistory()
{
    m_history.clear();
    m_sessionOnly.clear();
    m_historyIndex = -1;
    QSettings().remove(QLatin1String(historySettingsKey));
}

// step +1: older, -1: newer; past the newest comes back to the draft being typed.
void ApduEdit::walkHistory(int step)
{
    const int next = m_historyIndex + step;
    if (next < -1 || next >= m_history.size())
        return;
    if (m_historyIndex == -1)
        m_draft = m_edit->toPlainText();
    m_historyIndex = next;
    const QString text = next == -1 ? m_draft : m_history.at(next);
    setText(text);
}

void ApduEdit::showHistorySearch()
{
    m_historyPanel->show();
    m_historySearch->clear();
    filterHistory({});
    m_historySearch->setFocus();
}

// Matches with or without separators: "a404" finds "00 A4 04 00".
void ApduEdit::filterHistory(const QString &filter)
{
    const QString packed = QString(filter).remove(QRegularExpression(QStringLiteral("[\\s:,]"))).toUpper();
    m_historyList->clear();
    for (const QString &entry : std::as_const(m_history)) {
        if (QString(entry).remove(u' ').contains(packed))
            m_historyList->addItem(entry);
    }
    if (m_historyList->count() > 0)
        m_historyList->setCurrentRow(0);
}

void ApduEdit::takeHistoryEntry()
{
    if (QListWidgetItem *item = m_historyList->currentItem())
        setText(item->text());
    m_historyPanel->hide();
    m_edit->setFocus();
}

bool ApduEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_historySearch) {
        if (enter) {
            takeHistoryEntry();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_historyPanel->hide();
            m_edit->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_historyList->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_historyList->count())
                m_historyList->setCurrentRow(row);
            return true;
        }
        return false;
    }
    if (enter) {
        send();
        return true;
    }
    if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
        walkHistory(key->key() == Qt::Key_Up ? 1 : -1);
        return true;
    }
    if (key->key() == Qt::Key_R && key->modifiers() == Qt::ControlModifier) {
        showHistorySearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
