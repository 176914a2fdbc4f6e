#include "script/scriptparser.h"

#include "apdu/commandapdu.h"
#include "script/responsepatternparser.h"
#include "util/hexparser.h"

#include <QCoreApplication>

#include <utility>

namespace smartcard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smartcard::ScriptParser", text);
}

// A statement after `\` continuations are joined, and where each of its characters came from.
struct LogicalLine
{
    struct Piece
    {
        qsizetype start = 0; // in text
        int line = 0;
        qsizetype column = 0; // 0-based, in the physical line
    };
    QString text;
    std::vector<Piece> pieces;

    void append(QStringView part, int line, qsizetype column)
    {
        if (!text.isEmpty())
            text += u' '; // scriptor joins continued lines with one space
        pieces.push_back({ text.size(), line, column });
        text += part;
    }
    int firstLine() const { return pieces.front().line; }
    int lastLine() const { return pieces.back().line; }
    ScriptError errorAt(qsizetype offset, const QString &message) const
    {
        const Piece *piece = &pieces.front();
        for (const Piece &candidate : pieces) {
            if (candidate.start <= offset)
                piece = &candidate;
        }
        return { piece->line, int(piece->column + (offset - piece->start)) + 1, message };
    }
};

qsizetype firstNonSpace(QStringView text, qsizetype from = 0)
{
    while (from < text.size() && text[from].isSpace())
        ++from;
    return from;
}

// The character offset in `text` of the hex digit that starts byte `index` (or the end).
qsizetype offsetOfByte(QStringView text, qsizetype index)
{
    qsizetype digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isLetterOrNumber()) {
            if (digits == 2 * index)
                return i;
            ++digits;
        }
    }
    return text.size();
}

bool isKeyword(QStringView word, QLatin1StringView keyword)
{
    return word.compare(keyword, Qt::CaseInsensitive) == 0;
}

class Parser
{
public:
    explicit Parser(ScriptParser::Options options)
        : m_options(options)
    { }

    Script run(QStringView text);

private:
    // Returns false at `exit`.
    bool statement(const LogicalLine &line);
    void command(const LogicalLine &line, qsizetype begin);
    void expectation(const LogicalLine &line, qsizetype begin);
    void error(const ScriptError &error) { m_script.errors << error; }

    ScriptParser::Options m_options;
    Script m_script;
    // The previous statement was a command (read or not), so a `<` line may follow it.
    bool m_afterCommand = false;
    int m_commandLine = 0;
    bool m_commandHasExpectation = false;
};

Script Parser::run(QStringView text)
{
    LogicalLine pending;
    qsizetype backslashColumn = 0;
    int lineNumber = 0;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1); // a byte order mark: columns count from after it, as editors show them
    for (QStringView physical : text.split(u'\n')) {
        ++lineNumber;
        if (physical.endsWith(u'\r'))
            physical.chop(1);
        const qsizetype hash = physical.indexOf(u'#');
        QStringView content = hash < 0 ? physical : physical.left(hash);
        while (!content.isEmpty() && content.back().isSpace())
            content.chop(1);
        if (content.trimmed().isEmpty())
            continue; // blank or comment: also inside a continuation, as in scriptor
        const bool continues = content.endsWith(u'\\');
        if (continues) {
            backslashColumn = content.size();
            content.chop(1);
        }
        pending.append(content, lineNumber, 0);
        if (continues)
            continue;
        LogicalLine line = std::exchange(pending, {});
        if (!statement(line))
            return std::move(m_script);
    }
    if (!pending.pieces.empty()) {
        error({ pending.lastLine(), int(backslashColumn),
            tr("the script ends after a '\\': the continued line is missing") });
    }
    return std::move(m_script);
}

bool Parser::statement(const LogicalLine &line)
{
    const QStringView text = line.text;
    const qsizetype begin = firstNonSpace(text);
    // "> RESET" as scriptor prints it reads as a reset, like "> 00 A4 ..." as a command.
    const qsizetype wordBegin = text[begin] == u'>' ? begin + 1 : begin;
    const QStringView word = text.mid(wordBegin).trimmed();
    if (isKeyword(word, QLatin1StringView("exit"))) {
        m_script.exitLine = line.firstLine();
        return false;
    }
    if (isKeyword(word, QLatin1StringView("reset"))) {
        ScriptStep step;
        step.kind = ScriptStep::Kind::Reset;
        step.line = line.firstLine();
        step.lastLine = line.lastLine();
        m_script.steps.push_back(step);
        m_afterCommand = false;
        m_commandHasExpectation = false;
        return true;
    }
    if (text[begin] == u'<') {
        expectation(line, begin + 1);
        m_afterCommand = false;
        return true;
    }
    command(line, text[begin] == u'>' ? begin + 1 : begin);
    return true;
}

void Parser::command(const LogicalLine &line, qsizetype begin)
{
    m_afterCommand = true;
    m_commandLine = line.firstLine();
    m_commandHasExpectation = false;
    const QStringView hex = QStringView(line.text).mid(begin);
    const qsizetype start = firstNonSpace(hex);
    const qsizetype wordEnd = [&] {
        qsizetype end = start;
        while (end < hex.size() && hex[end].isLetter())
            ++end;
        return end;
    }();
    const QStringView word = hex.mid(start, wordEnd - start);
    const bool isWord = word.size() > 2 && (wordEnd == hex.size() || hex[wordEnd].isSpace());
    if (isWord && !HexParser::parse(word).isValid()) {
        error(line.errorAt(begin + start,
            tr("'%1' is not a command: write hex bytes, reset, exit, or '<' and an expected response")
                .arg(word)));
        return;
    }
    HexParser::Result parsed = HexParser::parse(hex);
    if (!parsed.isValid()) {
        error(line.errorAt(begin + parsed.error->offset, parsed.error->message));
        return;
    }
    if (parsed.bytes.empty()) {
        error(line.errorAt(begin, tr("no APDU after '>'")));
        return;
    }
    if (m_options.checkStructure) {
        const CommandApdu structure = CommandApdu::check(parsed.bytes);
        if (!structure.isValid()) {
            const qsizetype at = offsetOfByte(hex, structure.error()->offset);
            error(line.errorAt(begin + at, structure.error()->message));
            return;
        }
    }
    ScriptStep step;
    step.apdu = std::move(parsed.bytes);
    step.line = line.firstLine();
    step.lastLine = line.lastLine();
    m_script.steps.push_back(std::move(step));
}

void Parser::expectation(const LogicalLine &line, qsizetype begin)
{
    const QStringView text = QStringView(line.text).mid(begin);
    const ResponsePatternParser::Result parsed = ResponsePatternParser::parse(text);
    if (!parsed.pattern) {
        error(line.errorAt(begin + parsed.error->offset, parsed.error->message));
        return;
    }
    if (!m_afterCommand) {
        error(line.errorAt(begin - 1,
            m_commandHasExpectation
                ? tr("a second expectation for the command on line %1: give alternatives on one line, "
                     "separated by '|'")
                      .arg(m_commandLine)
                : tr("an expected response must follow a command")));
        return;
    }
    m_commandHasExpectation = true;
    // The command itself may have been unreadable (already reported): nothing to attach to.
    ScriptStep *step = m_script.steps.empty() ? nullptr : &m_script.steps.back();
    if (!step || step->kind != ScriptStep::Kind::Command || step->line != m_commandLine)
        return;
    step->expectation = parsed.pattern;
    step->expectationLine = line.firstLine();
}

} // namespace

QString ScriptError::toString() const
{
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

Script ScriptParser::parse(QStringView text, Options options)
{
    return Parser(options).run(text);
}

} // namespace smartcard
