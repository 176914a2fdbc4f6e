#include "readerdetailstree.h"

#include "features/part10.h"
#include "features/readerfeatures.h"
#include "util/hexstring.h"

#include <QHeaderView>

#include <map>

using smartcard::ReaderFeatures;
namespace part10 = smartcard::part10;

namespace {

QString codeName(const std::optional<smartcard::pcsc::ReturnCode> &code)
{
    return code ? QString::fromStdString(smartcard::pcsc::errorName(*code)) : ReaderDetailsTree::tr("error");
}

QTreeWidgetItem *addItem(
    QTreeWidgetItem *parent, const QString &item, const QString &value, const QString &details = {})
{
    auto *child = new QTreeWidgetItem(parent, { item, value, details });
    const QString tip = details.isEmpty() ? value : value + QLatin1Char('\n') + details;
    for (int column = 0; column < 3; ++column)
        child->setToolTip(column, tip);
    return child;
}

void addProblems(QTreeWidgetItem *parent, const std::vector<smartcard::ParseError> &problems)
{
    for (const smartcard::ParseError &problem : problems)
        addItem(parent, ReaderDetailsTree::tr("problem"),
            ReaderDetailsTree::tr("at byte %1").arg(problem.offset), problem.message);
}

void addFailure(QTreeWidgetItem *parent, const QString &what, const ReaderFeatures::Failure &failure)
{
    addItem(parent, what, codeName(failure.code), failure.message);
}

void addAttributes(QTreeWidgetItem *root, const ReaderFeatures &features)
{
    const int supported = features.supportedAttributeCount();
    auto *section = addItem(root, ReaderDetailsTree::tr("Attributes"),
        ReaderDetailsTree::tr("%1 of %2 answered").arg(supported).arg(features.attributes().size()));
    std::map<QString, QStringList> notAnswered;
    for (const ReaderFeatures::Attribute &attribute : features.attributes()) {
        const QString name = QLatin1String(attribute.definition->name);
        if (!attribute.isSupported()) {
            notAnswered[codeName(attribute.failure->code)] << name;
            continue;
        }
        QString details = name;
        if (!attribute.decoded.problem.isEmpty())
            details += ReaderDetailsTree::tr(" — problem: %1").arg(attribute.decoded.problem);
        auto *item
            = addItem(section, QLatin1String(attribute.definition->label), attribute.decoded.text, details);
        item->setToolTip(1,
            ReaderDetailsTree::tr("%1\nraw: %2")
                .arg(attribute.decoded.text, smartcard::toHexString(attribute.value)));
    }
    for (const auto &[code, names] : notAnswered) {
        auto *group = addItem(section, ReaderDetailsTree::tr("not answered"), code,
            ReaderDetailsTree::tr("%n attribute(s)", nullptr, int(names.size())));
        for (const QString &name : names)
            addItem(group, name, code);
    }
}

void addFeatureList(QTreeWidgetItem *root, const ReaderFeatures &features)
{
    auto *section = addItem(root, ReaderDetailsTree::tr("PC/SC part 10 features"), {});
    if (const auto &failure = features.featureRequestFailure()) {
        section->setText(1, ReaderDetailsTree::tr("none (%1)").arg(codeName(failure->code)));
        addFailure(section, ReaderDetailsTree::tr("feature request not answered"), *failure);
        return;
    }
    const part10::FeatureList &list = features.featureList();
    section->setText(1,
        list.isEmpty() ? ReaderDetailsTree::tr("none announced")
                       : ReaderDetailsTree::tr("%n feature(s)", nullptr, int(list.features().size())));
    for (const part10::Feature &feature : list.features())
        addItem(section, feature.name,
            ReaderDetailsTree::tr("control code %1").arg(part10::hexValue(feature.controlCode, 8)),
            ReaderDetailsTree::tr("tag %1").arg(part10::hexValue(feature.tag, 2)));
    addProblems(section, list.problems());
}

void addProperties(QTreeWidgetItem *root, const ReaderFeatures &features)
{
    if (const auto &failure = features.tlvPropertiesFailure())
        addFailure(root, ReaderDetailsTree::tr("TLV properties"), *failure);
    if (const auto &tlv = features.tlvProperties()) {
        auto *section = addItem(root, ReaderDetailsTree::tr("TLV properties"),
            ReaderDetailsTree::tr("%n property(ies)", nullptr, int(tlv->properties().size())));
        for (const part10::TlvProperty &property : tlv->properties())
            addItem(section, property.name, property.text,
                ReaderDetailsTree::tr("raw %1").arg(smartcard::toHexString(property.value)));
        addProblems(section, tlv->problems());
    }
    if (const auto &failure = features.pinPropertiesFailure())
        addFailure(root, ReaderDetailsTree::tr("PIN properties"), *failure);
    if (const auto &pin = features.pinProperties()) {
        auto *section = addItem(root, ReaderDetailsTree::tr("PIN properties"), {});
        if (pin->lcdLayout())
            addItem(section, QStringLiteral("wLcdLayout"), part10::lcdLayoutText(*pin->lcdLayout()),
                part10::hexValue(*pin->lcdLayout(), 4));
        if (pin->entryValidationCondition())
            addItem(section, QStringLiteral("bEntryValidationCondition"),
                part10::entryValidationText(*pin->entryValidationCondition()),
                part10::hexValue(*pin->entryValidationCondition(), 2));
        if (pin->timeOut2())
            addItem(
                section, QStringLiteral("bTimeOut2"), ReaderDetailsTree::tr("%1 s").arg(*pin->timeOut2()));
        if (pin->problem())
            addProblems(section, { *pin->problem() });
    }
}

} // namespace

ReaderDetailsTree::ReaderDetailsTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("readerDetailsTree"));
    setAccessibleName(tr("Reader attributes and features"));
    setToolTip(tr("The reader's attributes (SCardGetAttrib) and PC/SC part 10 features (SCardControl)"));
    setHeaderLabels({ tr("Item"), tr("Value"), tr("Details") });
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    // Wide enough for the longest part 10 names and the attribute values, not by contents.
    header()->resizeSection(0,
        fontMetrics().horizontalAdvance(QStringLiteral("FEATURE_MODIFY_PIN_DIRECT_APP_ID"))
            + 3 * indentation());
    header()->resizeSection(
        1, fontMetrics().horizontalAdvance(QStringLiteral("SCARD_E_UNSUPPORTED_FEATURE")) + indentation());
}

void ReaderDetailsTree::showFeatures(const ReaderFeatures &features)
{
    clear();
    addAttributes(invisibleRootItem(), features);
    addFeatureList(invisibleRootItem(), features);
    addProperties(invisibleRootItem(), features);
    // The answered items open; the groups of attributes not answered stay closed.
    for (int i = 0; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setExpanded(true);
}
