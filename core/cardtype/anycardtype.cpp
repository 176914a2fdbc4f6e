#include "cardtype/anycardtype.h"

namespace smartcard {

bool AnyCardType::matches(std::span<const std::uint8_t>, const QString &) const
{
    return true;
}

} // namespace smartcard
