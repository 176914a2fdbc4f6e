#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <memory>

class AtrBreakdownModel;
class AtrHistoricalTree;
class AtrSummaryForm;
class QLabel;
class QLineEdit;
class QTableView;
class ThemedIcons;

namespace smartcard {
class ATR;
class SmartcardList;
} // namespace smartcard

// Everything an ATR says, as the core reads it (smartcard::ATR, HistoricalBytes,
// SmartcardList): the ATR in hex (selectable, copyable), convention, protocols, transmission
// parameters, the byte-by-byte breakdown ("atrBreakdown"), the historical bytes decoded
// ("atrHistorical"), the TCK status ("atrTckStatus"), every problem with its offset
// ("atrProblems", a click selects the byte) and the identification from smartcard_list.txt
// with all candidates ("atrIdentification"). No decoding happens here.
//
// smartcard_list.txt is read once, off the GUI thread, when the first ATR is shown (or when
// setSmartcardListPaths() is called); the identification is filled in when it is ready.
class AtrDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AtrDetailsWidget(QWidget *parent = nullptr);
    ~AtrDetailsWidget() override;

    // The raw ATR bytes; an empty array clears the view to its empty state. The ATR already
    // shown changes nothing (the selection in the breakdown stays).
    void setAtr(const QByteArray &atr);
    QByteArray atr() const { return m_atr; }

    // The list files to identify cards with, in order; the default is SmartcardList's
    // (the user's lists, then /usr/share/pcsc/smartcard_list.txt). Setting them reloads.
    void setSmartcardListPaths(const QStringList &paths);
    QStringList smartcardListPaths() const { return m_listPaths; }
    bool isSmartcardListLoaded() const { return m_list != nullptr; }

    AtrBreakdownModel *breakdownModel() const { return m_breakdownModel; }

Q_SIGNALS:
    // The list has been read (or found missing) and the identification shown.
    void smartcardListLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    QWidget *buildHeader();
    void buildBreakdown();
    void showAtr(const smartcard::ATR &atr);
    void showIdentification();
    void startListLoad();
    void listLoaded();
    void copyAtr();
    void copySelectedBytes();
    void selectByte(int offset);

    QByteArray m_atr;
    bool m_shown = false; // setAtr() has run once
    QStringList m_listPaths;
    std::shared_ptr<const smartcard::SmartcardList> m_list;
    QFutureWatcher<std::shared_ptr<const smartcard::SmartcardList>> *m_listWatcher = nullptr;

    ThemedIcons *m_icons = nullptr;
    QLabel *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QLineEdit *m_hex = nullptr;
    QLabel *m_length = nullptr;
    AtrSummaryForm *m_summary = nullptr;
    AtrBreakdownModel *m_breakdownModel = nullptr;
    QTableView *m_breakdown = nullptr;
    AtrHistoricalTree *m_historical = nullptr;
};
