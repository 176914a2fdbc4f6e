#include "commandsetpanel.h"

#include "apduedit.h"

#include <QBoxLayout>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

CommandSetPanel::CommandSetPanel(ApduEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_status(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("commandSetList"));
    m_list->setAccessibleName(tr("Command set"));
    m_list->setToolTip(tr("Named commands: double click to put one in the editor"));
    m_list->setUniformItemSizes(true);
    m_name->setObjectName(QStringLiteral("commandNameEdit"));
    m_name->setPlaceholderText(tr("Name"));
    m_name->setAccessibleName(tr("Command name"));
    m_add->setObjectName(QStringLiteral("addCommandButton"));
    m_add->setToolTip(tr("Add the APDU in the editor under this name"));
    m_remove->setObjectName(QStringLiteral("removeCommandButton"));
    m_remove->setToolTip(tr("Remove the selected command"));
    auto *save = new QPushButton(tr("Save…"), this);
    save->setObjectName(QStringLiteral("saveCommandSetButton"));
    save->setToolTip(tr("Save the command set to a JSON file"));
    auto *load = new QPushButton(tr("Load…"), this);
    load->setObjectName(QStringLiteral("loadCommandSetButton"));
    load->setToolTip(tr("Load a command set from a JSON file"));
    m_status->setObjectName(QStringLiteral("commandSetStatus"));
    m_status->setWordWrap(true);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_add);
    nameRow->addWidget(m_remove);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(save);
    fileRow->addWidget(load);
    fileRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(nameRow);
    layout->addLayout(fileRow);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &CommandSetPanel::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &CommandSetPanel::removeSelected);
    connect(save, &QPushButton::clicked, this, [this] { askForFile(true); });
    connect(load, &QPushButton::clicked, this, [this] { askForFile(false); });
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { m_editor->setText(item->data(Qt::UserRole).toString()); });
}

QList<CommandSetEntry> CommandSetPanel::entries() const
{
    QList<CommandSetEntry> entries;
    for (int i = 0; i < m_list->count(); ++i)
        entries.append({ m_list->item(i)->text(), m_list->item(i)->data(Qt::UserRole).toString() });
    return entries;
}

void CommandSetPanel::setEntries(const QList<CommandSetEntry> &entries)
{
    m_list->clear();
    for (const CommandSetEntry &entry : entries) {
        auto *item = new QListWidgetItem(entry.name, m_list);
        item->setData(Qt::UserRole, entry.apdu);
        item->setToolTip(entry.apdu);
    }
}

void CommandSetPanel::addCurrent()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || !m_editor->validation().isValid()) {
        setStatus(tr("To add a command, give it a name and type a valid APDU"), true);
        return;
    }
    QList<CommandSetEntry> all = entries();
    all.append({ name, m_editor->text().simplified() });
    setEntries(all);
    m_name->clear();
    setStatus(tr("Added \"%1\"").arg(name), false);
}

void CommandSetPanel::removeSelected()
{
    delete m_list->currentItem();
}

QString CommandSetPanel::saveTo(const QString &path)
{
    const QString error = CommandSetFile::save(path, entries());
    setStatus(error.isEmpty() ? tr("Saved %n command(s) to %1", nullptr, m_list->count()).arg(path) : error,
        !error.isEmpty());
    return error;
}

bool CommandSetPanel::loadFrom(const QString &path)
{
    const CommandSetLoadResult result = CommandSetFile::load(path);
    if (!result.isValid()) {
        setStatus(tr("%1 was not loaded: %2").arg(path, result.error), true);
        return false;
    }
    setEntries(result.entries);
    setStatus(tr("Loaded %n command(s) from %1", nullptr, int(result.entries.size())).arg(path), false);
    return true;
}

QString CommandSetPanel::statusText() const
{
    return m_status->text();
}

void CommandSetPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

// A non-modal dialog (no nested event loop): the file is handled when one is chosen.
void CommandSetPanel::askForFile(bool save)
{
    auto *dialog = new QFileDialog(this, save ? tr("Save command set") : tr("Load command set"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilter(tr("Command sets (*.json);;All files (*)"));
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save)
        dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString &path) {
        if (save)
            saveTo(path);
        else
            loadFrom(path);
    });
    dialog->open();
}
