#include "featurescommand.h"

#include "clioutput.h"
#include "connection/pcsccardconnection.h"
#include "exceptions/exceptions.h"
#include "exitcode.h"
#include "features/part10.h"
#include "features/readerfeatures.h"
#include "reader/reader.h"
#include "readerchoice.h"
#include "util/hexstring.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

using namespace smartcard;

namespace {

using Failure = ReaderFeatures::Failure;

QString codeName(const std::optional<pcsc::ReturnCode> &code)
{
    return code ? QString::fromStdString(pcsc::errorName(*code)) : QStringLiteral("error");
}

QJsonObject failureJson(const Failure &failure)
{
    QJsonObject object { { "message", failure.message } };
    if (failure.code) {
        object.insert("pcsc_error", codeName(failure.code));
        object.insert("pcsc_code", qint64(pcsc::toUint(*failure.code)));
    }
    return object;
}

QJsonArray problemsJson(const std::vector<ParseError> &problems)
{
    QJsonArray array;
    for (const ParseError &problem : problems)
        array.append(QJsonObject { { "offset", int(problem.offset) }, { "message", problem.message } });
    return array;
}

QJsonArray attributesJson(const ReaderFeatures &features)
{
    QJsonArray array;
    for (const ReaderFeatures::Attribute &attribute : features.attributes()) {
        QJsonObject object { { "name", QLatin1String(attribute.definition->name) },
            { "id", part10::hexValue(attribute.definition->id, 8) },
            { "label", QLatin1String(attribute.definition->label) },
            { "supported", attribute.isSupported() } };
        if (attribute.isSupported()) {
            object.insert("value", toHexString(attribute.value, u""));
            object.insert("text", attribute.decoded.text);
            if (!attribute.decoded.problem.isEmpty())
                object.insert("problem", attribute.decoded.problem);
        } else {
            object.insert("error", failureJson(*attribute.failure));
        }
        array.append(object);
    }
    return array;
}

QJsonObject featuresJson(const ReaderFeatures &features)
{
    if (const auto &failure = features.featureRequestFailure())
        return { { "supported", false }, { "error", failureJson(*failure) } };
    QJsonArray list;
    for (const part10::Feature &feature : features.featureList().features())
        list.append(QJsonObject { { "tag", part10::hexValue(feature.tag, 2) }, { "name", feature.name },
            { "control_code", part10::hexValue(feature.controlCode, 8) } });
    return { { "supported", true }, { "list", list },
        { "problems", problemsJson(features.featureList().problems()) } };
}

QJsonValue tlvJson(const ReaderFeatures &features)
{
    if (const auto &failure = features.tlvPropertiesFailure())
        return QJsonObject { { "error", failureJson(*failure) } };
    if (!features.tlvProperties())
        return QJsonValue();
    QJsonArray properties;
    for (const part10::TlvProperty &property : features.tlvProperties()->properties()) {
        QJsonObject object { { "tag", part10::hexValue(property.tag, 2) }, { "name", property.name },
            { "value", toHexString(property.value, u"") }, { "text", property.text } };
        if (property.number)
            object.insert("number", qint64(*property.number));
        properties.append(object);
    }
    return QJsonObject { { "properties", properties },
        { "problems", problemsJson(features.tlvProperties()->problems()) } };
}

QJsonValue pinJson(const ReaderFeatures &features)
{
    if (const auto &failure = features.pinPropertiesFailure())
        return QJsonObject { { "error", failureJson(*failure) } };
    const auto &pin = features.pinProperties();
    if (!pin)
        return QJsonValue();
    auto optional = [](auto value) { return value ? QJsonValue(int(*value)) : QJsonValue(); };
    QJsonObject object { { "wLcdLayout", optional(pin->lcdLayout()) }, { "lcd_lines", pin->lcdLines() },
        { "lcd_characters", pin->lcdCharacters() },
        { "bEntryValidationCondition", optional(pin->entryValidationCondition()) },
        { "bTimeOut2", optional(pin->timeOut2()) } };
    object.insert("problem", pin->problem() ? QJsonValue(pin->problem()->message) : QJsonValue());
    return object;
}

void printJson(const CliOutput &out, const QString &reader, const ReaderFeatures &features)
{
    out.json({ { "reader", reader }, { "has_attributes", features.supportedAttributeCount() > 0 },
        { "has_features", features.hasFeatures() }, { "attributes", attributesJson(features) },
        { "features", featuresJson(features) }, { "tlv_properties", tlvJson(features) },
        { "pin_properties", pinJson(features) } });
}

void printProblems(const CliOutput &out, const std::vector<ParseError> &problems)
{
    for (const ParseError &problem : problems)
        out.text(QStringLiteral("    problem at byte %1: %2").arg(problem.offset).arg(problem.message));
}

void printAttributes(const CliOutput &out, const ReaderFeatures &features)
{
    const int supported = features.supportedAttributeCount();
    const auto total = features.attributes().size();
    out.text(supported == 0 ? QStringLiteral("Attributes: none of the %1 CardScope asks for").arg(total)
                            : QStringLiteral("Attributes: %1 of %2").arg(supported).arg(total));
    std::map<QString, QStringList> notAnswered;
    for (const ReaderFeatures::Attribute &attribute : features.attributes()) {
        const QString name = QLatin1String(attribute.definition->name);
        if (!attribute.isSupported()) {
            notAnswered[codeName(attribute.failure->code)] << name;
            continue;
        }
        QString line = QStringLiteral("  %1: %2  [%3]")
                           .arg(QLatin1String(attribute.definition->label), attribute.decoded.text, name);
        if (!attribute.decoded.problem.isEmpty())
            line += QStringLiteral("  (problem: %1)").arg(attribute.decoded.problem);
        out.text(line);
    }
    for (const auto &[code, names] : notAnswered)
        out.text(QStringLiteral("  not answered (%1): %2").arg(code, names.join(QStringLiteral(", "))));
}

void printPart10(const CliOutput &out, const ReaderFeatures &features)
{
    if (const auto &failure = features.featureRequestFailure()) {
        out.text(QStringLiteral("PC/SC part 10 features: none, the reader does not answer the feature "
                                "request (%1)")
                     .arg(codeName(failure->code)));
        return;
    }
    const auto &list = features.featureList();
    out.text(list.isEmpty() ? QStringLiteral("PC/SC part 10 features: none, the reader announces no feature")
                            : QStringLiteral("PC/SC part 10 features: %1").arg(list.features().size()));
    for (const part10::Feature &feature : list.features())
        out.text(QStringLiteral("  %1 (%2): control code %3")
                     .arg(feature.name, part10::hexValue(feature.tag, 2),
                         part10::hexValue(feature.controlCode, 8)));
    printProblems(out, list.problems());
    if (const auto &failure = features.tlvPropertiesFailure())
        out.text(QStringLiteral("TLV properties: no answer (%1)").arg(codeName(failure->code)));
    if (const auto &tlv = features.tlvProperties()) {
        out.text(QStringLiteral("TLV properties:"));
        for (const part10::TlvProperty &property : tlv->properties())
            out.text(QStringLiteral("  %1: %2").arg(property.name, property.text));
        printProblems(out, tlv->problems());
    }
    if (const auto &failure = features.pinPropertiesFailure())
        out.text(QStringLiteral("PIN properties: no answer (%1)").arg(codeName(failure->code)));
    if (const auto &pin = features.pinProperties()) {
        out.text(QStringLiteral("PIN properties:"));
        if (pin->lcdLayout())
            out.text(QStringLiteral("  wLcdLayout: %1").arg(part10::lcdLayoutText(*pin->lcdLayout())));
        if (pin->entryValidationCondition())
            out.text(QStringLiteral("  bEntryValidationCondition: %1")
                         .arg(part10::entryValidationText(*pin->entryValidationCondition())));
        if (pin->timeOut2())
            out.text(QStringLiteral("  bTimeOut2: %1 s").arg(*pin->timeOut2()));
        if (pin->problem())
            printProblems(out, { *pin->problem() });
    }
}

void printText(const CliOutput &out, const QString &reader, const ReaderFeatures &features)
{
    out.text(QStringLiteral("Reader: %1").arg(reader));
    printAttributes(out, features);
    printPart10(out, features);
    if (features.supportedAttributeCount() == 0 && !features.hasFeatures())
        out.text(QStringLiteral("The reader has no attributes and no PC/SC part 10 features to show."));
}

int failed(const CliOutput &out, const QString &what, const SmartcardException &error)
{
    QString message = what + QStringLiteral(": ") + QString::fromUtf8(error.what());
    const bool noService = error.hresult() == pcsc::ReturnCode::E_NoService;
    if (noService)
        message += QStringLiteral(" Start it (pcscd) or check PCSCLITE_CSOCK_NAME.");
    out.error({ message, error.hresult(), {} });
    return noService ? ExitNoService : ExitFailure;
}

} // namespace

int runFeaturesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show a reader's attributes and PC/SC part 10 features (PIN pad, display, TLV "
        "properties).\nConnects in direct mode: no card is needed, and a card is not touched."));
    parser.addHelpOption();
    parser.addOption(
        { "reader", QStringLiteral("The reader: its name or a unique part of it."), QStringLiteral("name") });
    parser.addOption({ "json", QStringLiteral("One JSON object.") });
    parser.process(arguments);
    const CliOutput out(parser.isSet("json"));
    if (!parser.positionalArguments().isEmpty()) {
        out.error({ QStringLiteral("unexpected argument \"%1\"; see cardscope-cli features --help")
                        .arg(parser.positionalArguments().first()),
            {}, {} });
        return ExitBadInput;
    }
    if (!parser.isSet("reader")) {
        out.error({ QStringLiteral("no reader given: name one with --reader"), {}, {} });
        return ExitBadInput;
    }

    std::vector<std::string> names;
    try {
        for (const Reader &reader : readers())
            names.push_back(reader.name().toStdString());
    } catch (const SmartcardException &e) {
        return failed(out, QStringLiteral("cannot reach the PC/SC service"), e);
    }
    QString problem;
    const QString reader = chooseReader(names, parser.value("reader"), &problem);
    if (reader.isEmpty()) {
        out.error({ problem, pcsc::ReturnCode::E_UnknownReader, {} });
        return ExitBadInput;
    }
    try {
        PCSCCardConnection connection(reader);
        connection.connect(0, pcsc::ShareMode::Direct);
        const ReaderFeatures features = ReaderFeatures::read(connection);
        if (out.isJson())
            printJson(out, reader, features);
        else
            printText(out, reader, features);
    } catch (const SmartcardException &e) {
        return failed(out, QStringLiteral("cannot read the features of \"%1\"").arg(reader), e);
    }
    return ExitSuccess;
}
