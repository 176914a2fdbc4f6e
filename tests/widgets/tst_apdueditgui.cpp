#include "console/apduconsole.h"
#include "console/apduedit.h"
#include "fakepcsc.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using cardscope::testing::FakePcsc;
using smartcard::Bytes;

// The APDU editor offscreen, typed into as a user would: errors marked where they are, Send
// disabled and nothing sent (the console over the fake PC/SC counts the transmits), Fill Lc,
// the history with Up/Down, its search and its persistence.
class TestApduEditGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void badInputIsMarkedAndNotSent_data();
    void badInputIsMarkedAndNotSent();
    void validInputShowsCaseAndSends();
    void nothingSentWhenNotAllowed();
    void fillLc();
    void historyUpDown();
    void historyIsDeduplicatedCappedAndPersistent();
    void historySearch();
    void secretsStayOutOfTheSettings();
    void consoleSendsNothingForBadInput();

private:
    static QPlainTextEdit *textEdit(ApduEdit &edit) { return edit.findChild<QPlainTextEdit *>("apduEdit"); }
    static void type(ApduEdit &edit, const QString &text);
    static void sendThree(ApduEdit &edit);

    QTemporaryDir m_settingsDir;
};

void TestApduEditGui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CardScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_apdueditgui"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestApduEditGui::init()
{
    ApduEdit().clearHistory();
}

void TestApduEditGui::type(ApduEdit &edit, const QString &text)
{
    textEdit(edit)->clear();
    textEdit(edit)->setFocus();
    QTest::keyClicks(textEdit(edit), text);
}

void TestApduEditGui::badInputIsMarkedAndNotSent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("markStart");
    QTest::addColumn<int>("markLength");
    QTest::addColumn<QString>("status");

    QTest::newRow("non-hex") << "00 A4 G4 00" << 6 << 1 << "Column 7: 'G' is not a hex digit";
    QTest::newRow("odd digits") << "00 A4 04 0" << 9 << 1 << "Column 10: odd number";
    QTest::newRow("Lc over data") << "00 A4 04 00 05 A0 00" << 12 << 2 << "Column 13: Lc is 5";
    QTest::newRow("too short: last char") << "00 A4 04" << 7 << 1 << "Column 9:";
}

void TestApduEditGui::badInputIsMarkedAndNotSent()
{
    QFETCH(QString, text);
    QFETCH(int, markStart);
    QFETCH(int, markLength);
    QFETCH(QString, status);

    ApduEdit edit;
    edit.setSendAllowed(true);
    edit.show();
    QSignalSpy sent(&edit, &ApduEdit::sendRequested);
    type(edit, text);

    const QList<QTextEdit::ExtraSelection> marks = textEdit(edit)->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectionStart(), markStart);
    QCOMPARE(marks.first().cursor.selectionEnd(), markStart + markLength);
    QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    auto *label = edit.findChild<QLabel *>("apduStatus");
    QVERIFY2(label->text().startsWith(status), qPrintable(label->text()));
    QCOMPARE(textEdit(edit)->toolTip(), edit.validation().errorMessage);
    auto *send = edit.findChild<QPushButton *>("sendButton");
    QVERIFY(!send->isEnabled());

    QTest::keyClick(textEdit(edit), Qt::Key_Return);
    QTest::mouseClick(send, Qt::LeftButton);
    edit.send();
    QCOMPARE(sent.count(), 0);
    QVERIFY(edit.history().isEmpty());
    QCOMPARE(textEdit(edit)->toPlainText(), text); // Enter did not insert a line either
}

void TestApduEditGui::validInputShowsCaseAndSends()
{
    ApduEdit edit;
    edit.setSendAllowed(true);
    edit.show();
    QSignalSpy sent(&edit, &ApduEdit::sendRequested);
    type(edit, QStringLiteral("00:84:00:00:08"));
    QCOMPARE(edit.findChild<QLabel *>("apduStatus")->text(), QStringLiteral("case 2 short (2S), 5 bytes"));
    QVERIFY(textEdit(edit)->extraSelections().isEmpty());
    QVERIFY(edit.findChild<QPushButton *>("sendButton")->isEnabled());
    QTest::keyClick(textEdit(edit), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().first().value<Bytes>(), (Bytes { 0x00, 0x84, 0x00, 0x00, 0x08 }));
    QCOMPARE(edit.history(), QStringList { QStringLiteral("00 84 00 00 08") });
}

void TestApduEditGui::nothingSentWhenNotAllowed()
{
    ApduEdit edit;
    edit.show();
    QSignalSpy sent(&edit, &ApduEdit::sendRequested);
    type(edit, QStringLiteral("00 84 00 00 08"));
    QVERIFY(!edit.findChild<QPushButton *>("sendButton")->isEnabled());
    QTest::keyClick(textEdit(edit), Qt::Key_Return);
    QCOMPARE(sent.count(), 0);
}

void TestApduEditGui::fillLc()
{
    ApduEdit edit;
    edit.show();
    type(edit, QStringLiteral("00a4040c 3f00"));
    QVERIFY(!edit.validation().isValid());
    auto *fill = edit.findChild<QAction *>("fillLcAction");
    QVERIFY(fill && fill->isEnabled());
    fill->trigger();
    QCOMPARE(edit.text(), QStringLiteral("00 A4 04 0C 02 3F 00"));
    QCOMPARE(edit.validation().caseCode(), QStringLiteral("3S"));
    edit.findChild<QAction *>("fillLcLeAction")->trigger();
    QCOMPARE(edit.text(), QStringLiteral("00 A4 04 0C 02 3F 00 00"));
    QCOMPARE(edit.validation().caseCode(), QStringLiteral("4S"));
}

void TestApduEditGui::sendThree(ApduEdit &edit)
{
    for (const char *apdu : { "00 84 00 00 01", "00 84 00 00 02", "00 84 00 00 03" }) {
        type(edit, QLatin1String(apdu));
        QTest::keyClick(textEdit(edit), Qt::Key_Return);
    }
}

void TestApduEditGui::historyUpDown()
{
    ApduEdit edit;
    edit.setSendAllowed(true);
    edit.show();
    sendThree(edit);
    type(edit, QStringLiteral("80 EE"));
    QTest::keyClick(textEdit(edit), Qt::Key_Up);
    QCOMPARE(edit.text(), QStringLiteral("00 84 00 00 03"));
    QTest::keyClick(textEdit(edit), Qt::Key_Up);
    QCOMPARE(edit.text(), QStringLiteral("00 84 00 00 02"));
    QTest::keyClick(textEdit(edit), Qt::Key_Up);
    QTest::keyClick(textEdit(edit), Qt::Key_Up); // past the oldest: stays
    QCOMPARE(edit.text(), QStringLiteral("00 84 00 00 01"));
    QTest::keyClick(textEdit(edit), Qt::Key_Down);
    QCOMPARE(edit.text(), QStringLiteral("00 84 00 00 02"));
    QTest::keyClick(textEdit(edit), Qt::Key_Down);
    QTest::keyClick(textEdit(edit), Qt::Key_Down);
    QCOMPARE(edit.text(), QStringLiteral("80 EE")); // back to the draft
}

void TestApduEditGui::historyIsDeduplicatedCappedAndPersistent()
{
    {
        ApduEdit edit;
        edit.setSendAllowed(true);
        sendThree(edit);
        type(edit, QStringLiteral("0084000001")); // the same bytes typed differently
        QTest::keyClick(textEdit(edit), Qt::Key_Return);
        QCOMPARE(edit.history(), (QStringList { "00 84 00 00 01", "00 84 00 00 03", "00 84 00 00 02" }));
    }
    ApduEdit reopened;
    QCOMPARE(reopened.history().size(), 3);
    QCOMPARE(reopened.history().first(), QStringLiteral("00 84 00 00 01"));

    reopened.setSendAllowed(true);
    for (int i = 0; i < ApduEdit::historyLimit + 5; ++i) {
        reopened.setText(QStringLiteral("80 EE 00 00 02 %1 %2")
                             .arg(i >> 8, 2, 16, QChar(u'0'))
                             .arg(i & 0xFF, 2, 16, QChar(u'0')));
        reopened.send();
    }
    QCOMPARE(reopened.history().size(), ApduEdit::historyLimit);
    QCOMPARE(reopened.history().first(), QStringLiteral("80 EE 00 00 02 00 CC"));
}

void TestApduEditGui::secretsStayOutOfTheSettings()
{
    const QString verify = QStringLiteral("00 20 00 81 04 31 32 33 34");
    {
        ApduEdit edit;
        edit.setSendAllowed(true);
        edit.setText(QStringLiteral("00 84 00 00 08"));
        edit.send();
        edit.setText(verify);
        edit.send();
        // This session can walk back to it...
        QCOMPARE(edit.history(), (QStringList { verify, QStringLiteral("00 84 00 00 08") }));
    }
    // ...but the PIN was never written to the settings.
    QCOMPARE(QSettings().value(QLatin1String(ApduEdit::historySettingsKey)).toStringList(),
        QStringList { QStringLiteral("00 84 00 00 08") });
    ApduEdit reopened;
    QCOMPARE(reopened.history(), QStringList { QStringLiteral("00 84 00 00 08") });
}

void TestApduEditGui::historySearch()
{
    ApduEdit edit;
    edit.setSendAllowed(true);
    edit.show();
    sendThree(edit);
    type(edit, QStringLiteral("00 A4 04 00 02 3F 00"));
    QTest::keyClick(textEdit(edit), Qt::Key_Return);
    textEdit(edit)->clear();

    QTest::keyClick(textEdit(edit), Qt::Key_R, Qt::ControlModifier);
    auto *panel = edit.findChild<QWidget *>("historyPanel");
    QVERIFY(panel->isVisible());
    auto *search = edit.findChild<QLineEdit *>("historySearch");
    auto *list = edit.findChild<QListWidget *>("historyList");
    QCOMPARE(list->count(), 4);
    QTest::keyClicks(search, QStringLiteral("a404"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("00 A4 04 00 02 3F 00"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("00 00 0"));
    QCOMPARE(list->count(), 3);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!panel->isVisible());
    QCOMPARE(edit.text(), QStringLiteral("00 84 00 00 02"));
}

// The console over the fake PC/SC: connected, bad input typed and Enter/Send pressed: the
// card gets nothing; a valid APDU then gets exactly one transmit.
void TestApduEditGui::consoleSendsNothingForBadInput()
{
    FakePcsc fake;
    fake.addReader("Fake Reader 0");
    fake.insertCard("Fake Reader 0", { 0x3B, 0x02, 0x14, 0x50 });
    {
        ApduConsole console(nullptr, &fake);
        console.setReader(QStringLiteral("Fake Reader 0"));
        console.show();
        QSignalSpy shown(&console, &ApduConsole::replyShown);
        QVERIFY(!console.findChild<QPushButton *>("connectButton")->icon().isNull()); // themed icons
        QVERIFY(!console.findChild<QPushButton *>("disconnectButton")->icon().isNull());
        QTest::mouseClick(console.findChild<QPushButton *>("connectButton"), Qt::LeftButton);
        QVERIFY(shown.wait(5000));
        QVERIFY(console.isConnected());

        auto *editor = console.findChild<QPlainTextEdit *>("apduEdit");
        auto *send = console.findChild<QPushButton *>("sendButton");
        for (const char *bad : { "00 84 00 0", "00 84 0Z 00", "00 84 00 00 05 01" }) {
            editor->clear();
            QTest::keyClicks(editor, QLatin1String(bad));
            QVERIFY(!send->isEnabled());
            QTest::keyClick(editor, Qt::Key_Return);
            QTest::mouseClick(send, Qt::LeftButton);
        }
        QCOMPARE(fake.callCount(FakePcsc::Call::Transmit), 0);
        QCOMPARE(shown.count(), 1);

        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("00 84 00 00 08"));
        QVERIFY(send->isEnabled());
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(shown.count(), 2);
        QCOMPARE(fake.callCount(FakePcsc::Call::Transmit), 1);
        const QString response = console.findChild<QPlainTextEdit *>("responseView")->toPlainText();
        QVERIFY2(response.contains(QLatin1String("SW 90 00")), qPrintable(response));
        QVERIFY2(response.contains(QString::fromUtf8(" µs")), qPrintable(response));
    }
    QCOMPARE(fake.openContexts(), 0);
}

QTEST_MAIN(TestApduEditGui)
#include "tst_apdueditgui.moc"
