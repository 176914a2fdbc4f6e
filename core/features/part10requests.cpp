#include "features/part10requests.h"

#include "connection/cardconnection.h"
#include "features/part10.h"
#include "pcsc/types.h"

namespace smartcard::part10 {
namespace {

std::optional<Bytes> controlFeature(
    CardConnection &connection, const std::optional<FeatureList> &features, std::uint8_t tag)
{
    const FeatureList list = features ? *features : getFeatureRequest(connection);
    const std::optional<std::uint32_t> code = list.controlCode(tag);
    if (!code)
        return std::nullopt;
    return connection.control(*code);
}

} // namespace

FeatureList getFeatureRequest(CardConnection &connection)
{
    return FeatureList::parse(connection.control(pcsc::GetFeatureRequestControlCode));
}

std::optional<PinProperties> getPinProperties(
    CardConnection &connection, const std::optional<FeatureList> &features)
{
    const std::optional<Bytes> answer = controlFeature(connection, features, feature::IfdPinProperties);
    if (!answer)
        return std::nullopt;
    return PinProperties::parse(*answer);
}

std::optional<TlvProperties> getTlvProperties(
    CardConnection &connection, const std::optional<FeatureList> &features)
{
    const std::optional<Bytes> answer = controlFeature(connection, features, feature::GetTlvProperties);
    if (!answer)
        return std::nullopt;
    return TlvProperties::parse(*answer);
}

} // namespace smartcard::part10
