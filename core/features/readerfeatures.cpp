#include "features/readerfeatures.h"

#include "connection/cardconnection.h"
#include "exceptions/exceptions.h"
#include "features/part10.h"
#include "features/part10requests.h"

#include <algorithm>

namespace smartcard {
namespace {

using pcsc::ReturnCode;

// Runs one query; a failure that is not fatal becomes the item's Failure.
template<class Query> std::optional<ReaderFeatures::Failure> attempt(Query &&query)
{
    try {
        query();
    } catch (const SmartcardException &error) {
        if (ReaderFeatures::isFatal(error))
            throw;
        return ReaderFeatures::Failure { error.hresult(), QString::fromUtf8(error.what()) };
    }
    return std::nullopt;
}

} // namespace

bool ReaderFeatures::isFatal(const SmartcardException &error)
{
    if (!error.hresult())
        return true; // not connected, released: nothing more can be read
    switch (*error.hresult()) {
    case ReturnCode::E_NoService:
    case ReturnCode::E_ServiceStopped:
    case ReturnCode::F_CommError:
    case ReturnCode::E_InvalidHandle:
    case ReturnCode::E_ReaderUnavailable:
    case ReturnCode::E_UnknownReader:
    case ReturnCode::E_NoSmartcard:
    case ReturnCode::W_RemovedCard:
    case ReturnCode::W_ResetCard:
        return true;
    default:
        return false;
    }
}

int ReaderFeatures::supportedAttributeCount() const
{
    return int(std::count_if(
        m_attributes.begin(), m_attributes.end(), [](const Attribute &a) { return a.isSupported(); }));
}

ReaderFeatures ReaderFeatures::read(CardConnection &connection)
{
    ReaderFeatures result;
    for (const ReaderAttributes::Definition &definition : ReaderAttributes::definitions()) {
        Attribute attribute;
        attribute.definition = &definition;
        attribute.failure = attempt([&] { attribute.value = connection.getAttrib(definition.id); });
        if (!attribute.failure)
            attribute.decoded = ReaderAttributes::decode(definition.encoding, attribute.value);
        result.m_attributes.push_back(std::move(attribute));
    }

    result.m_featureFailure = attempt([&] { result.m_features = part10::getFeatureRequest(connection); });
    if (result.m_featureFailure)
        return result;
    if (result.m_features.hasFeature(part10::feature::GetTlvProperties)) {
        result.m_tlvFailure = attempt(
            [&] { result.m_tlvProperties = part10::getTlvProperties(connection, result.m_features); });
    }
    if (result.m_features.hasFeature(part10::feature::IfdPinProperties)) {
        result.m_pinFailure = attempt(
            [&] { result.m_pinProperties = part10::getPinProperties(connection, result.m_features); });
    }
    return result;
}

} // namespace smartcard
