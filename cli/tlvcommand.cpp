#include "tlvcommand.h"

#include "clioutput.h"
#include "exitcode.h"
#include "inputvalues.h"
#include "tlv/bertlvdecoder.h"
#include "tlv/tlvtagnames.h"
#include "tlv/tlvtreetext.h"
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <optional>

using smartcard::BerTlvDecoder;
using smartcard::Bytes;
using smartcard::TlvNode;

namespace {

// Every value is read before any is decoded: one unreadable value means no output but
// the error, as `send` sends nothing when one APDU is malformed.
std::optional<std::vector<Bytes>> parseValues(const QStringList &values, const CliOutput &out)
{
    std::vector<Bytes> parsed;
    for (int i = 0; i < values.size(); ++i) {
        smartcard::HexParser::Result hex = smartcard::HexParser::parse(values[i]);
        if (!hex.isValid()) {
            out.error({ QStringLiteral("value %1 (\"%2\"), character %3: %4; nothing was decoded")
                            .arg(i + 1)
                            .arg(values[i])
                            .arg(hex.error->offset)
                            .arg(hex.error->message),
                {}, { { "value_index", i }, { "offset", int(hex.error->offset) }, { "kind", "hex" } } });
            return std::nullopt;
        }
        parsed.push_back(std::move(hex.bytes));
    }
    return parsed;
}

QJsonObject nodeJson(const BerTlvDecoder::Result &result, const TlvNode &node, std::uint32_t parentTag)
{
    QJsonObject object {
        { "tag",
            QString::number(node.tag, 16).toUpper().rightJustified(qsizetype(2) * node.tagLength, u'0') },
        { "offset", qint64(node.offset) },
        { "header_length", qint64(node.headerLength) },
        { "length", qint64(node.length) },
    };
    if (const QString name = smartcard::tlvTagName(node.tag, parentTag); !name.isEmpty())
        object.insert("name", name);
    if (node.isTruncated())
        object.insert("truncated", true);
    if (node.constructed) {
        QJsonArray children;
        for (const TlvNode &child : node.children)
            children.append(nodeJson(result, child, node.tag));
        object.insert("children", children);
    } else {
        object.insert("value", smartcard::toHexString(result.value(node), u""));
    }
    return object;
}

QJsonObject resultJson(const BerTlvDecoder::Result &result)
{
    QJsonArray objects;
    for (const TlvNode &node : result.nodes)
        objects.append(nodeJson(result, node, 0));
    QJsonArray errors;
    for (const BerTlvDecoder::Problem &problem : result.problems) {
        errors.append(QJsonObject { { "offset", qint64(problem.offset) },
            { "kind", BerTlvDecoder::kindName(problem.kind) }, { "message", problem.message } });
    }
    return { { "input", smartcard::toHexString(result.data, u"") }, { "objects", objects },
        { "errors", errors } };
}

void printText(const BerTlvDecoder::Result &result, int index, int count, const CliOutput &out)
{
    if (count > 1) {
        if (index > 0)
            out.text(QString());
        out.text(QStringLiteral("value %1: %2").arg(index + 1).arg(smartcard::toHexString(result.data)));
    }
    const QStringList lines = smartcard::tlvTreeLines(result);
    if (lines.isEmpty())
        out.text(QStringLiteral("(no data objects)"));
    for (const QString &line : lines)
        out.text(line);
}

} // namespace

int runTlvCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Decode BER-TLV data (ISO/IEC 7816-4), such as response data without SW1 SW2, into a tree.\n"
        "Malformed data is reported with its byte offset; what could be decoded is still shown.\n"
        "Values are arguments, or one per line on standard input.\n"
        "Exit status: 0 clean, 1 problems found, 2 unreadable hex or no value."));
    parser.addHelpOption();
    parser.addOption({ "json", QStringLiteral("One JSON object per value and line.") });
    parser.addPositionalArgument(QStringLiteral("HEX"),
        QStringLiteral("BER-TLV data in hex, e.g. \"6F 07 84 05 A0 00 00 00 03\"."),
        QStringLiteral("HEX..."));
    parser.process(arguments);
    const CliOutput out(parser.isSet("json"));

    const QStringList values = inputValues(parser.positionalArguments());
    if (values.isEmpty()) {
        out.error({ QStringLiteral("no value given; see cardscope-cli tlv --help"), {}, {} });
        return ExitBadInput;
    }
    const std::optional<std::vector<Bytes>> data = parseValues(values, out);
    if (!data)
        return ExitBadInput;

    bool clean = true;
    for (std::size_t i = 0; i < data->size(); ++i) {
        const BerTlvDecoder::Result result = BerTlvDecoder::decode((*data)[i]);
        clean = clean && result.isClean();
        if (out.isJson())
            out.json(resultJson(result));
        else
            printText(result, int(i), int(data->size()), out);
    }
    return clean ? ExitSuccess : ExitFailure;
}
