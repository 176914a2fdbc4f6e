#include "atr/smartcardlist.h"

#include "util/hexstring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace smartcard {

QString SmartcardList::systemPath()
{
    return QStringLiteral("/usr/share/pcsc/smartcard_list.txt");
}

QStringList SmartcardList::userPaths()
{
    return { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/cardscope/smartcard_list.txt"),
        QDir::homePath() + QStringLiteral("/.smartcard_list.txt") };
}

void SmartcardList::loadDefault()
{
    load(userPaths() << systemPath());
}

void SmartcardList::load(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            loadFile(path);
    }
    if (m_state != State::Loaded)
        m_state = State::NotInstalled;
}

bool SmartcardList::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.push_back({ path, 0, QStringLiteral("cannot read: %1").arg(file.errorString()) });
        return false;
    }
    parse(QString::fromUtf8(file.readAll()), path);
    m_loadedFiles << path;
    m_state = State::Loaded;
    return true;
}

void SmartcardList::parse(QStringView text, const QString &source)
{
    m_entryOpen = false;
    m_skipping = false;
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue; // a description after a blank line still belongs to the entry before
        if (line.front().isSpace()) {
            if (m_entryOpen)
                m_entries.back().descriptions << line.trimmed().toString();
            else if (!m_skipping)
                m_problems.push_back({ source, lineNumber,
                    QStringLiteral("description line without an ATR pattern before it") });
            continue;
        }
        finishEntry();
        ATRPattern pattern = ATRPattern::compile(line);
        if (!pattern.isValid()) {
            m_problems.push_back({ source, lineNumber,
                QStringLiteral("bad ATR pattern, column %1: %2")
                    .arg(pattern.error()->offset + 1)
                    .arg(pattern.error()->message) });
            m_skipping = true;
            continue;
        }
        m_entries.push_back({ std::move(pattern), {}, source, lineNumber });
        m_entryOpen = true;
    }
    finishEntry();
}

void SmartcardList::finishEntry()
{
    if (m_entryOpen && m_entries.back().descriptions.isEmpty())
        m_problems.push_back({ m_entries.back().source, m_entries.back().line,
            QStringLiteral("ATR pattern without a description") });
    m_entryOpen = false;
    m_skipping = false;
}

std::vector<const SmartcardList::Entry *> SmartcardList::match(const Bytes &atr) const
{
    const QString text = toHexString(atr);
    std::vector<const Entry *> matches;
    for (const Entry &entry : m_entries) {
        if (entry.pattern.matchesText(text))
            matches.push_back(&entry);
    }
    return matches;
}

QStringList SmartcardList::identify(const Bytes &atr) const
{
    QStringList lines;
    for (const Entry *entry : match(atr))
        lines << entry->descriptions;
    return lines;
}

} // namespace smartcard
