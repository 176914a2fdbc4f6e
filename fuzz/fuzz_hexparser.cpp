// HexParser on arbitrary text: it must never crash, and what it reports must be coherent.
#include "util/hexparser.h"
#include "util/hexstring.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const smartcard::HexParser::Result result = smartcard::HexParser::parse(text);
    if (result.error && (result.error->offset < 0 || result.error->offset > text.size()))
        std::abort();
    // Whatever was read renders back to hex that reads back to the same bytes.
    if (smartcard::HexParser::parse(smartcard::toHexString(result.bytes)).bytes != result.bytes)
        std::abort();
    return 0;
}
