#pragma once

#include "hex.h"

#include <QString>
#include <QTest>

#include <cstdint>
#include <string>
#include <vector>

// Hex in test tables, bytes in the card API. Test-only helpers.
namespace cardscope::vcard::test {

inline std::vector<uint8_t> bytes(const QString &hex)
{
    const auto parsed = Hex::parse(hex.toStdString());
    if (!parsed)
        qFatal("bad hex in a test table: %s", qPrintable(hex));
    return *parsed;
}

inline QString hex(const std::vector<uint8_t> &data)
{
    return QString::fromStdString(Hex::format(data));
}

inline uint16_t statusOf(const std::vector<uint8_t> &response)
{
    if (response.size() < 2)
        return 0;
    return static_cast<uint16_t>(response[response.size() - 2] << 8 | response.back());
}

inline std::vector<uint8_t> dataOf(const std::vector<uint8_t> &response)
{
    if (response.size() < 2)
        return {};
    return std::vector<uint8_t>(response.begin(), response.end() - 2);
}

} // namespace cardscope::vcard::test
