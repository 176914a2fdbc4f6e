#pragma once

#include "statusword.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace cardscope::vcard {

// What an instruction handler produces before the transport protocol shapes
// it (T=0 61xx/6Cxx, T=1 direct). `fixedLength` marks answers whose length the
// card decides (FCP, a record, a data object): asking for fewer bytes is a
// wrong Le (6Cxx) rather than a request to chain the rest through GET RESPONSE.
struct Response
{
    std::vector<uint8_t> data;
    uint16_t sw = sw::ok;
    bool fixedLength = false;

    static Response status(uint16_t statusWord) { return Response { {}, statusWord, false }; }
    static Response fixed(std::vector<uint8_t> bytes) { return Response { std::move(bytes), sw::ok, true }; }

    std::vector<uint8_t> toBytes() const
    {
        std::vector<uint8_t> out(data);
        out.push_back(static_cast<uint8_t>(sw >> 8));
        out.push_back(static_cast<uint8_t>(sw & 0xFF));
        return out;
    }
};

} // namespace cardscope::vcard
