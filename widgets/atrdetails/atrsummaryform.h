#pragma once

#include <QWidget>

class AtrIdentificationLabel;
class QFormLayout;
class QLabel;
class QListWidget;
class ThemedIcons;

namespace smartcard {
class ATR;
}

// The summary of an ATR as a form, from the core's reading of it (smartcard::ATR): the card's
// identification ("atrIdentification", filled by its owner), convention, protocols offered and
// the default one, transmission parameters, guard time, the T=0, T=1 and T=15 parameters of
// the protocols offered, the TCK status with a coloured badge ("atrTckStatus") and every
// problem with its byte offset ("atrProblems").
class AtrSummaryForm : public QWidget
{
    Q_OBJECT

public:
    explicit AtrSummaryForm(QWidget *parent = nullptr);

    void setAtr(const smartcard::ATR &atr);
    void clear();
    AtrIdentificationLabel *identificationLabel() const { return m_identification; }

Q_SIGNALS:
    // A problem was clicked: the offset of its byte in the ATR.
    void problemActivated(int offset);

private:
    void showProtocols(const smartcard::ATR &atr);
    void showParameters(const smartcard::ATR &atr);
    void showTck(const smartcard::ATR &atr);
    void showProblems(const smartcard::ATR &atr);

    ThemedIcons *m_icons = nullptr;
    QFormLayout *m_form = nullptr;
    AtrIdentificationLabel *m_identification = nullptr;
    QLabel *m_convention = nullptr;
    QLabel *m_protocols = nullptr;
    QLabel *m_transmission = nullptr;
    QLabel *m_guardTime = nullptr;
    QLabel *m_t0 = nullptr;
    QLabel *m_t1 = nullptr;
    QLabel *m_t15 = nullptr;
    QLabel *m_tckBadge = nullptr;
    QLabel *m_tckStatus = nullptr;
    QListWidget *m_problems = nullptr;
};
