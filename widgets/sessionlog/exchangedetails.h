#pragma once

#include "log/logentry.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace smartcard {
struct TlvNode;
}

// The detail pane of one session log entry (objectName "exchangeDetails"), everything
// decoded by the core: the header fields CLA, INS, P1, P2, Lc, Le (CommandApdu), the
// command's name and standard (CommandNames), the SW's text (StatusWordExplainer), the
// response as a BER-TLV tree (BerTlvDecoder, "exchangeTlvTree") and as ASCII
// ("exchangeAscii"), the masking ("exchangeMasking"), the error of a failed entry
// ("exchangeError"), the origin of a linked exchange ("exchangeOrigin", a link) and the
// annotation ("exchangeAnnotation", committed on Return or focus out).
//
// Masked bytes show as "••" unless setEntry() is told the session is unmasked.
class ExchangeDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangeDetails(QWidget *parent = nullptr);
    ~ExchangeDetails() override;

    // `originNumber`: the 1-based number (as the log's "#" column shows it) of the exchange
    // this one was made for, 0 when it is not linked or its origin is not in the log.
    void setEntry(const smartcard::LogEntry &entry, bool unmasked, qint64 originNumber = 0);
    void clearEntry();
    // Off while the log is read on another thread (an export): a note would change it.
    void setAnnotationEditable(bool editable);
    bool hasEntry() const { return m_hasEntry; }

Q_SIGNALS:
    // The user changed the annotation (an empty text removes it).
    void annotationEdited(const QString &text);
    // The user followed the link to the origin exchange.
    void originRequested();

private:
    void buildLayout();
    QLabel *addField(const QString &objectName, const QString &label);
    void showHeader(const smartcard::LogEntry &entry, bool unmasked);
    void showResponse(const smartcard::LogEntry &entry);
    void showTlv(const smartcard::Bytes &data);
    void commitAnnotation();

    bool m_hasEntry = false;
    bool m_annotationEditable = true;
    QString m_annotation; // as shown, to tell an edit from a plain focus change
    QFormLayout *m_form = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_standard = nullptr;
    QLabel *m_cla = nullptr;
    QLabel *m_ins = nullptr;
    QLabel *m_p1 = nullptr;
    QLabel *m_p2 = nullptr;
    QLabel *m_lc = nullptr;
    QLabel *m_le = nullptr;
    QLabel *m_command = nullptr;
    QLabel *m_masking = nullptr;
    QLabel *m_response = nullptr;
    QLabel *m_sw = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_origin = nullptr;
    QLineEdit *m_annotationEdit = nullptr;
    QTreeWidget *m_tlv = nullptr;
    QPlainTextEdit *m_ascii = nullptr;
};
