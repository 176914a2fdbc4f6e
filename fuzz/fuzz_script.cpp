// ScriptParser on arbitrary text: it must never crash; every error points into the text
// (a line that exists, a column within it or just past its end); every step it keeps is
// a command of at least a header's four bytes or a reset.
#include "fuzzcheck.h"
#include "script/scriptparser.h"

#include <QString>

#include <cstdlib>

using fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    const smartcard::Script script = smartcard::ScriptParser::parse(text);
    for (const smartcard::ScriptError &error : script.errors) {
        check(error.line >= 1 && error.line <= lines.size() && !error.message.isEmpty());
        check(error.column >= 1 && error.column <= lines[error.line - 1].size() + 1);
    }
    return 0;
}
