#pragma once

#include "commandsetfile.h"

#include <QWidget>

class ApduEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Named commands beside the APDU editor: "commandSetList" (name -> APDU; a double click or
// Enter puts the APDU in the editor), "commandNameEdit" + "addCommandButton" store the
// editor's valid APDU under a name, "removeCommandButton", and "saveCommandSetButton" /
// "loadCommandSetButton" write and read a JSON file of the user's choice (CommandSetFile).
// What went wrong with a file is shown in "commandSetStatus".
class CommandSetPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CommandSetPanel(ApduEdit *editor, QWidget *parent = nullptr);

    QList<CommandSetEntry> entries() const;
    void setEntries(const QList<CommandSetEntry> &entries);
    // The file operations behind the buttons, without a dialog. Errors are also shown.
    QString saveTo(const QString &path);
    bool loadFrom(const QString &path);
    QString statusText() const;

public Q_SLOTS:
    void addCurrent();
    void removeSelected();

private:
    void askForFile(bool save);
    void setStatus(const QString &text, bool error);

    ApduEdit *m_editor;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
};
