#pragma once

#include "atr/atrpattern.h"
#include "util/bytes.h"

#include <QStringList>

#include <vector>

namespace smartcard {

// Card identification by pcsc-tools' smartcard_list.txt, read at run time (GPL data: it is
// never bundled). Its format: an ATR pattern line (ATRPattern), then tab-indented description
// lines; '#' starts a comment line; blank lines separate entries. Parsing never throws:
// problems are collected with their file and line, and the good entries are kept.
//
// loadDefault() reads, in this order, the user's lists that exist, then the system list:
//   $XDG_CONFIG_HOME/cardscope/smartcard_list.txt (default ~/.config/cardscope/...)
//   ~/.smartcard_list.txt (where pcsc_scan users keep their own)
//   /usr/share/pcsc/smartcard_list.txt (Debian's pcsc-tools)
// so a user's own descriptions are listed first.
class SmartcardList
{
public:
    struct Entry
    {
        ATRPattern pattern;
        QStringList descriptions;
        QString source; // the file, or what parse() was told
        int line = 0;
    };

    struct Problem
    {
        QString source;
        int line = 0;
        QString message;
    };

    enum class State {
        NotLoaded, // nothing asked yet
        NotInstalled, // no list file exists
        Loaded, // at least one list file was read
    };

    static QString systemPath();
    static QStringList userPaths();

    void loadDefault();
    // Reads every path that exists; State::NotInstalled when none does.
    void load(const QStringList &paths);
    // Reads one file; false (and a problem) when it exists but cannot be read.
    bool loadFile(const QString &path);
    void parse(QStringView text, const QString &source);

    State state() const { return m_state; }
    bool isInstalled() const { return m_state == State::Loaded; }
    const QStringList &loadedFiles() const { return m_loadedFiles; }
    const std::vector<Entry> &entries() const { return m_entries; }
    const std::vector<Problem> &problems() const { return m_problems; }

    // Every entry whose pattern matches the ATR, in file order.
    std::vector<const Entry *> match(const Bytes &atr) const;
    // Their description lines, all of them, in order.
    QStringList identify(const Bytes &atr) const;

private:
    void finishEntry();

    State m_state = State::NotLoaded;
    QStringList m_loadedFiles;
    std::vector<Entry> m_entries;
    std::vector<Problem> m_problems;
    bool m_entryOpen = false; // the last pattern line read was good: descriptions go to it
    bool m_skipping = false; // the last pattern line was bad: its descriptions are skipped quietly
};

} // namespace smartcard
