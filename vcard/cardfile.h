#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace cardscope::vcard {

// One node of the card's file tree: a DF (with children and an optional DF
// name) or a working EF, transparent or linear-fixed. Content is persistent
// card memory: it survives resets, only the selection state does not.
class CardFile
{
public:
    enum class Kind { Df, Transparent, LinearFixed };
    enum class UpdateRule { Always, Pin, Never };

    static std::unique_ptr<CardFile> makeDf(uint16_t fid, std::vector<uint8_t> name = {});
    static std::unique_ptr<CardFile> makeTransparent(
        uint16_t fid, std::vector<uint8_t> content, UpdateRule rule);
    // Every record is padded with FF (or cut) to recordSize: a linear-fixed file.
    static std::unique_ptr<CardFile> makeLinearFixed(uint16_t fid, std::size_t recordSize,
        const std::vector<std::vector<uint8_t>> &records, UpdateRule rule);

    CardFile *addChild(std::unique_ptr<CardFile> child);

    uint16_t fid() const { return m_fid; }
    Kind kind() const { return m_kind; }
    bool isDf() const { return m_kind == Kind::Df; }
    UpdateRule updateRule() const { return m_updateRule; }
    const std::vector<uint8_t> &name() const { return m_name; }
    CardFile *parent() const { return m_parent; }
    const std::vector<std::unique_ptr<CardFile>> &children() const { return m_children; }
    CardFile *child(uint16_t fid) const;

    std::vector<uint8_t> &content() { return m_content; }
    const std::vector<uint8_t> &content() const { return m_content; }
    std::size_t recordSize() const { return m_recordSize; }
    std::size_t recordCount() const { return m_recordSize == 0 ? 0 : m_content.size() / m_recordSize; }
    // Record numbers start at 1; an empty vector when there is no such record.
    std::vector<uint8_t> record(std::size_t number) const;

    // The FCP template (tag 62) that SELECT returns.
    std::vector<uint8_t> fcp() const;

private:
    CardFile(Kind kind, uint16_t fid);

    Kind m_kind;
    uint16_t m_fid;
    UpdateRule m_updateRule = UpdateRule::Never;
    std::vector<uint8_t> m_name;
    std::vector<uint8_t> m_content;
    std::size_t m_recordSize = 0;
    CardFile *m_parent = nullptr;
    std::vector<std::unique_ptr<CardFile>> m_children;
};

} // namespace cardscope::vcard
