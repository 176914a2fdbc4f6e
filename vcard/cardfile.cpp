#include "cardfile.h"

#include <algorithm>

namespace cardscope::vcard {

namespace {

// File descriptor bytes (ISO/IEC 7816-4 table 12): shareable DF, working EF transparent, linear fixed.
constexpr uint8_t dfDescriptor = 0x38;
constexpr uint8_t transparentDescriptor = 0x01;
constexpr uint8_t linearFixedDescriptor = 0x02;
// Data coding byte as in the ATR's card capabilities: proprietary write behaviour, 1-byte data units.
constexpr uint8_t dataCoding = 0x21;
constexpr uint8_t lcsOperationalActivated = 0x05;

void appendTlv(std::vector<uint8_t> &out, uint8_t tag, const std::vector<uint8_t> &value)
{
    out.push_back(tag);
    out.push_back(static_cast<uint8_t>(value.size()));
    out.insert(out.end(), value.begin(), value.end());
}

std::vector<uint8_t> twoBytes(std::size_t value)
{
    return { static_cast<uint8_t>(value >> 8), static_cast<uint8_t>(value & 0xFF) };
}

} // namespace

CardFile::CardFile(Kind kind, uint16_t fid)
    : m_kind(kind)
    , m_fid(fid)
{ }

std::unique_ptr<CardFile> CardFile::makeDf(uint16_t fid, std::vector<uint8_t> name)
{
    std::unique_ptr<CardFile> file(new CardFile(Kind::Df, fid));
    file->m_name = std::move(name);
    return file;
}

std::unique_ptr<CardFile> CardFile::makeTransparent(
    uint16_t fid, std::vector<uint8_t> content, UpdateRule rule)
{
    std::unique_ptr<CardFile> file(new CardFile(Kind::Transparent, fid));
    file->m_content = std::move(content);
    file->m_updateRule = rule;
    return file;
}

std::unique_ptr<CardFile> CardFile::makeLinearFixed(
    uint16_t fid, std::size_t recordSize, const std::vector<std::vector<uint8_t>> &records, UpdateRule rule)
{
    std::unique_ptr<CardFile> file(new CardFile(Kind::LinearFixed, fid));
    file->m_recordSize = recordSize;
    file->m_updateRule = rule;
    for (const auto &record : records) {
        std::vector<uint8_t> padded(record.begin(),
            record.begin() + static_cast<std::ptrdiff_t>(std::min(record.size(), recordSize)));
        padded.resize(recordSize, 0xFF);
        file->m_content.insert(file->m_content.end(), padded.begin(), padded.end());
    }
    return file;
}

CardFile *CardFile::addChild(std::unique_ptr<CardFile> child)
{
    child->m_parent = this;
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

CardFile *CardFile::child(uint16_t fid) const
{
    for (const auto &entry : m_children) {
        if (entry->fid() == fid)
            return entry.get();
    }
    return nullptr;
}

std::vector<uint8_t> CardFile::record(std::size_t number) const
{
    if (number == 0 || number > recordCount())
        return {};
    const auto begin = m_content.begin() + static_cast<std::ptrdiff_t>((number - 1) * m_recordSize);
    return { begin, begin + static_cast<std::ptrdiff_t>(m_recordSize) };
}

std::vector<uint8_t> CardFile::fcp() const
{
    std::vector<uint8_t> body;
    switch (m_kind) {
    case Kind::Df:
        appendTlv(body, 0x82, { dfDescriptor });
        break;
    case Kind::Transparent:
        appendTlv(body, 0x82, { transparentDescriptor, dataCoding });
        break;
    case Kind::LinearFixed: {
        // Descriptor, data coding, maximum record size (2 bytes), number of records.
        std::vector<uint8_t> descriptor { linearFixedDescriptor, dataCoding };
        const auto size = twoBytes(m_recordSize);
        descriptor.insert(descriptor.end(), size.begin(), size.end());
        descriptor.push_back(static_cast<uint8_t>(recordCount()));
        appendTlv(body, 0x82, descriptor);
        break;
    }
    }
    appendTlv(body, 0x83, twoBytes(m_fid));
    if (isDf() && !m_name.empty())
        appendTlv(body, 0x84, m_name);
    if (!isDf())
        appendTlv(body, 0x80, twoBytes(m_content.size()));
    appendTlv(body, 0x8A, { lcsOperationalActivated });

    std::vector<uint8_t> fcp;
    appendTlv(fcp, 0x62, body);
    return fcp;
}

} // namespace cardscope::vcard
