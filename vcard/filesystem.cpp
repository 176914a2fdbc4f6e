#include "filesystem.h"

#include <algorithm>
#include <string_view>

namespace cardscope::vcard {

namespace {

std::vector<uint8_t> ascii(std::string_view text)
{
    return { text.begin(), text.end() };
}

// EF.DIR record: application template 61 with the AID (4F) and a label (50).
std::vector<uint8_t> dirRecord()
{
    const auto aid = FileSystem::applicationName();
    const auto label = ascii("CardScope");
    std::vector<uint8_t> body { 0x4F, static_cast<uint8_t>(aid.size()) };
    body.insert(body.end(), aid.begin(), aid.end());
    body.push_back(0x50);
    body.push_back(static_cast<uint8_t>(label.size()));
    body.insert(body.end(), label.begin(), label.end());
    std::vector<uint8_t> record { 0x61, static_cast<uint8_t>(body.size()) };
    record.insert(record.end(), body.begin(), body.end());
    return record;
}

std::vector<uint8_t> countingPattern(std::size_t size)
{
    std::vector<uint8_t> bytes(size);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<uint8_t>(i & 0xFF);
    return bytes;
}

} // namespace

FileSystem::FileSystem()
    : m_mf(CardFile::makeDf(mfFid))
{
    using Rule = CardFile::UpdateRule;
    const auto dir = dirRecord();
    m_mf->addChild(CardFile::makeLinearFixed(dirFid, dir.size(), { dir }, Rule::Never));
    m_mf->addChild(CardFile::makeTransparent(serialFid, serialNumber(), Rule::Never));

    CardFile *app = m_mf->addChild(CardFile::makeDf(appFid, applicationName()));
    app->addChild(CardFile::makeTransparent(patternFid, countingPattern(patternSize), Rule::Always));
    app->addChild(
        CardFile::makeTransparent(protectedFid, std::vector<uint8_t>(protectedSize, 0x00), Rule::Pin));
    app->addChild(CardFile::makeLinearFixed(recordsFid, recordSize,
        { ascii("RECORD ONE"), ascii("record two: 2222"), { 0x03, 0x33, 0x03, 0x33 }, ascii("four") },
        Rule::Always));
}

std::vector<uint8_t> FileSystem::applicationName()
{
    std::vector<uint8_t> name { 0xA0, 0x00, 0x00, 0x03, 0x97 };
    const auto label = ascii("CARDSCOPE");
    name.insert(name.end(), label.begin(), label.end());
    name.push_back(0x01);
    return name;
}

std::vector<uint8_t> FileSystem::serialNumber()
{
    return { 0x5A, 0x0A, 0x89, 0x49, 0x01, 0x20, 0x24, 0x00, 0x00, 0x12, 0x34, 0x5F };
}

CardFile *FileSystem::findByName(const std::vector<uint8_t> &prefix) const
{
    return findByName(m_mf.get(), prefix);
}

CardFile *FileSystem::findByName(CardFile *from, const std::vector<uint8_t> &prefix)
{
    const auto &name = from->name();
    if (from->isDf() && !prefix.empty() && name.size() >= prefix.size()
        && std::equal(prefix.begin(), prefix.end(), name.begin()))
        return from;
    for (const auto &child : from->children()) {
        if (CardFile *found = findByName(child.get(), prefix))
            return found;
    }
    return nullptr;
}

CardFile *FileSystem::followPath(CardFile *start, const std::vector<uint8_t> &path) const
{
    CardFile *current = start;
    for (std::size_t i = 0; current && i + 1 < path.size(); i += 2) {
        if (!current->isDf())
            return nullptr;
        current = current->child(static_cast<uint16_t>(path[i] << 8 | path[i + 1]));
    }
    return current;
}

} // namespace cardscope::vcard
