// smartcard::ATR on arbitrary bytes: it must never crash, and what it reports must stay inside
// the input: every byte described once and in order, problems at offsets within (or just
// after) the bytes, a TCK verdict that matches the XOR.
#include "atr/atr.h"
#include "fuzzcheck.h"

#include <cstdlib>

using fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const smartcard::ATR atr(smartcard::Bytes(data, data + size));
    check(atr.breakdown().size() == size);
    for (std::size_t i = 0; i < atr.breakdown().size(); ++i) {
        const smartcard::AtrByte &byte = atr.breakdown()[i];
        check(byte.offset == int(i) && byte.value == data[i] && !byte.name.isEmpty());
    }
    for (const smartcard::ParseError &error : atr.errors())
        check(error.offset >= 0 && std::size_t(error.offset) <= size && !error.message.isEmpty());
    check(atr.isValid() == atr.errors().empty());
    check(!atr.isValid() || size <= std::size_t(smartcard::ATR::MaxLength));
    check(atr.historical().bytes().size() <= std::size_t(atr.declaredHistoricalCount()));
    for (const auto &object : atr.historical().objects())
        check(object.offset >= 0 && std::size_t(object.offset) + 1 + object.value.size() <= size);
    if (atr.tck()) {
        // The TCK is the byte after the historical bytes; T0..TCK XOR to 0 exactly when it is valid.
        std::size_t tckOffset = 0;
        for (const smartcard::AtrByte &byte : atr.breakdown()) {
            if (byte.name == QLatin1String("TCK"))
                tckOffset = std::size_t(byte.offset);
        }
        check(tckOffset > 0 && data[tckOffset] == *atr.tck());
        std::uint8_t sum = 0;
        for (std::size_t i = 1; i <= tckOffset; ++i)
            sum ^= data[i];
        check(atr.isTckValid() == std::optional<bool>(sum == 0));
    }
    check(!atr.render().isEmpty());
    (void)atr.getProgrammingVoltage();
    (void)atr.ifsc();
    return 0;
}
