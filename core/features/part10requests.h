#pragma once

#include "features/featurelist.h"
#include "features/pinproperties.h"
#include "features/tlvproperties.h"

namespace smartcard {
class CardConnection;
}

namespace smartcard::part10 {

// pyscard's PCSCPart10 functions over a CardConnection (connected; SCARD_SHARE_DIRECT works
// without a card). They throw the connection's exceptions: CardConnectionException with
// SCARD_E_UNSUPPORTED_FEATURE from a reader without part 10 support (vpcd, for one).

// CM_IOCTL_GET_FEATURE_REQUEST, parsed.
FeatureList getFeatureRequest(CardConnection &connection);
// FEATURE_IFD_PIN_PROPERTIES / FEATURE_GET_TLV_PROPERTIES through the control code the list
// gives (asked for first when no list is given); nullopt when the reader lacks the feature.
std::optional<PinProperties> getPinProperties(
    CardConnection &connection, const std::optional<FeatureList> &features = std::nullopt);
std::optional<TlvProperties> getTlvProperties(
    CardConnection &connection, const std::optional<FeatureList> &features = std::nullopt);

} // namespace smartcard::part10
