#include "filecommands.h"

#include "cardfile.h"
#include "filesystem.h"
#include "pinstate.h"

#include <algorithm>

namespace cardscope::vcard {

namespace {

constexpr std::size_t maxDfNameSize = 16;

// SELECT P2: b4-b3 response (00 FCI, 04 FCP, 0C none; 08 FMD is not offered), b2-b1 first occurrence only.
bool isSupportedSelectP2(uint8_t p2)
{
    return p2 == 0x00 || p2 == 0x04 || p2 == 0x0C;
}

uint16_t fidOf(const std::vector<uint8_t> &data)
{
    return static_cast<uint16_t>(data[0] << 8 | data[1]);
}

} // namespace

FileCommands::FileCommands(FileSystem &fileSystem, const PinState &pin)
    : m_fileSystem(fileSystem)
    , m_pin(pin)
{
    reset();
}

void FileCommands::reset()
{
    m_currentDf = m_fileSystem.mf();
    m_currentEf = nullptr;
    m_currentRecord = 0;
}

Response FileCommands::select(const CommandApdu &apdu)
{
    if (!isSupportedSelectP2(apdu.p2()))
        return Response::status(sw::wrongP1P2);
    uint16_t status = sw::ok;
    CardFile *file = locate(apdu, status);
    if (!file)
        return Response::status(status);

    if (file->isDf()) {
        m_currentDf = file;
        m_currentEf = nullptr;
    } else {
        m_currentDf = file->parent();
        m_currentEf = file;
    }
    m_currentRecord = 0;
    if (apdu.p2() == 0x0C)
        return Response::status(sw::ok);
    return Response::fixed(file->fcp());
}

CardFile *FileCommands::locate(const CommandApdu &apdu, uint16_t &status) const
{
    const auto &data = apdu.data();
    const bool fidSized = data.size() == 2;
    status = sw::fileNotFound;
    switch (apdu.p1()) {
    case 0x00: // MF, DF or EF by FID; no data selects the MF
        if (data.empty())
            return m_fileSystem.mf();
        if (!fidSized)
            break;
        return locateByFid(data);
    case 0x01: // child DF
    case 0x02: { // EF under the current DF
        if (!fidSized)
            break;
        CardFile *child = m_currentDf->child(fidOf(data));
        return child && child->isDf() == (apdu.p1() == 0x01) ? child : nullptr;
    }
    case 0x03: // parent DF
        if (!data.empty())
            break;
        return m_currentDf->parent();
    case 0x04: // DF name, first (or only) occurrence, partial names match by prefix
        if (data.empty() || data.size() > maxDfNameSize)
            break;
        return m_fileSystem.findByName(data);
    case 0x08:
        return locatePath(m_fileSystem.mf(), data, status);
    case 0x09:
        return locatePath(m_currentDf, data, status);
    default:
        status = sw::wrongP1P2;
        return nullptr;
    }
    status = sw::wrongLength;
    return nullptr;
}

CardFile *FileCommands::locateByFid(const std::vector<uint8_t> &data) const
{
    // Search order: the MF, the current DF, its children, its parent and the parent's children (siblings).
    const uint16_t fid = fidOf(data);
    if (fid == FileSystem::mfFid)
        return m_fileSystem.mf();
    if (fid == m_currentDf->fid())
        return m_currentDf;
    if (CardFile *child = m_currentDf->child(fid))
        return child;
    if (CardFile *parent = m_currentDf->parent()) {
        if (fid == parent->fid())
            return parent;
        return parent->child(fid);
    }
    return nullptr;
}

CardFile *FileCommands::locatePath(CardFile *start, std::vector<uint8_t> path, uint16_t &status) const
{
    if (path.empty() || path.size() % 2 != 0) {
        status = sw::wrongLength;
        return nullptr;
    }
    // A path from the MF should not name the MF; tolerate callers that do.
    if (start == m_fileSystem.mf() && fidOf(path) == FileSystem::mfFid)
        path.erase(path.begin(), path.begin() + 2);
    status = sw::fileNotFound;
    return m_fileSystem.followPath(start, path);
}

uint16_t FileCommands::checkBinaryTarget(const CommandApdu &apdu, std::size_t &offset) const
{
    if (apdu.p1() & 0x80)
        return sw::functionNotSupported; // P1 b8 = 1 names a short EF identifier: not offered
    if (!m_currentEf)
        return sw::noCurrentEf;
    if (m_currentEf->kind() != CardFile::Kind::Transparent)
        return sw::incompatibleFile;
    offset = apdu.p1p2();
    if (offset >= m_currentEf->content().size())
        return sw::offsetOutside;
    return sw::ok;
}

Response FileCommands::readBinary(const CommandApdu &apdu)
{
    if (apdu.hasData() || !apdu.hasLe())
        return Response::status(sw::wrongLength);
    std::size_t offset = 0;
    if (const uint16_t status = checkBinaryTarget(apdu, offset); status != sw::ok)
        return Response::status(status);

    const auto &content = m_currentEf->content();
    const std::size_t count = std::min(apdu.ne(), content.size() - offset);
    const auto begin = content.begin() + static_cast<std::ptrdiff_t>(offset);
    Response response { std::vector<uint8_t>(begin, begin + static_cast<std::ptrdiff_t>(count)), sw::ok,
        false };
    if (count < apdu.ne())
        response.sw = sw::endReached;
    return response;
}

Response FileCommands::updateBinary(const CommandApdu &apdu)
{
    if (!apdu.hasData() || apdu.hasLe())
        return Response::status(sw::wrongLength);
    std::size_t offset = 0;
    if (const uint16_t status = checkBinaryTarget(apdu, offset); status != sw::ok)
        return Response::status(status);
    const auto rule = m_currentEf->updateRule();
    if (rule == CardFile::UpdateRule::Never || (rule == CardFile::UpdateRule::Pin && !m_pin.isVerified()))
        return Response::status(sw::securityNotSatisfied);

    auto &content = m_currentEf->content();
    if (apdu.data().size() > content.size() - offset)
        return Response::status(sw::notEnoughMemory);
    std::copy(apdu.data().begin(), apdu.data().end(), content.begin() + static_cast<std::ptrdiff_t>(offset));
    return Response::status(sw::ok);
}

Response FileCommands::readRecord(const CommandApdu &apdu)
{
    if (apdu.hasData())
        return Response::status(sw::wrongLength);
    if (apdu.p2() >> 3 != 0)
        return Response::status(sw::functionNotSupported); // short EF identifiers are not offered
    if ((apdu.p2() & 0x07) != 0x04)
        return Response::status(sw::wrongP1P2); // only "record number P1" (00 = current record)
    if (!m_currentEf)
        return Response::status(sw::noCurrentEf);
    if (m_currentEf->kind() != CardFile::Kind::LinearFixed)
        return Response::status(sw::incompatibleFile);

    const std::size_t number = apdu.p1() == 0 ? m_currentRecord : apdu.p1();
    std::vector<uint8_t> record = m_currentEf->record(number);
    if (record.empty())
        return Response::status(sw::recordNotFound);
    m_currentRecord = number;
    return Response::fixed(std::move(record));
}

} // namespace cardscope::vcard
