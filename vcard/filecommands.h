#pragma once

#include "commandapdu.h"
#include "response.h"

#include <cstddef>

namespace cardscope::vcard {

class CardFile;
class FileSystem;
class PinState;

// SELECT, READ BINARY, UPDATE BINARY and READ RECORD over a FileSystem, with
// the volatile selection state (current DF, current EF, current record) that
// a reset clears.
class FileCommands
{
public:
    FileCommands(FileSystem &fileSystem, const PinState &pin);

    // Back to the state after ATR: MF selected, no current EF or record.
    void reset();

    Response select(const CommandApdu &apdu);
    Response readBinary(const CommandApdu &apdu);
    Response updateBinary(const CommandApdu &apdu);
    Response readRecord(const CommandApdu &apdu);

    CardFile *currentDf() const { return m_currentDf; }
    CardFile *currentEf() const { return m_currentEf; }

private:
    // The file a SELECT names, or nullptr with `status` set to the error SW.
    CardFile *locate(const CommandApdu &apdu, uint16_t &status) const;
    CardFile *locateByFid(const std::vector<uint8_t> &data) const;
    CardFile *locatePath(CardFile *start, std::vector<uint8_t> path, uint16_t &status) const;
    // Shared checks of READ/UPDATE BINARY; 9000 when the current EF can take `offset`.
    uint16_t checkBinaryTarget(const CommandApdu &apdu, std::size_t &offset) const;

    FileSystem &m_fileSystem;
    const PinState &m_pin;
    CardFile *m_currentDf = nullptr;
    CardFile *m_currentEf = nullptr;
    std::size_t m_currentRecord = 0;
};

} // namespace cardscope::vcard
