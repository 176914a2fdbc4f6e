#pragma once

#include "features/featurelist.h"
#include "features/pinproperties.h"
#include "features/readerattributes.h"
#include "features/tlvproperties.h"
#include "pcsc/returncode.h"

#include <optional>

namespace smartcard {

class CardConnection;
class SmartcardException;

// Everything a reader tells about itself: every attribute of ReaderAttributes::definitions()
// and its PC/SC part 10 features, with TLV and PIN properties when it has those features.
// Each item that the reader does not answer keeps its own failure (usually
// SCARD_E_UNSUPPORTED_FEATURE) and the others are still read. Only a failure that means the
// reader, card or service is gone (no service, invalid handle, reader unavailable, card
// removed or reset) stops the reading, by rethrowing the connection's exception.
class ReaderFeatures
{
public:
    // Why an item has no value.
    struct Failure
    {
        std::optional<pcsc::ReturnCode> code;
        QString message;
    };

    struct Attribute
    {
        const ReaderAttributes::Definition *definition = nullptr;
        Bytes value;
        ReaderAttributes::Decoded decoded;
        std::optional<Failure> failure;
        bool isSupported() const { return !failure; }
    };

    static ReaderFeatures read(CardConnection &connection);

    const std::vector<Attribute> &attributes() const { return m_attributes; }
    int supportedAttributeCount() const;

    // The feature request: a failure (the reader has no part 10 support), or the list, which
    // may be empty.
    const std::optional<Failure> &featureRequestFailure() const { return m_featureFailure; }
    const part10::FeatureList &featureList() const { return m_features; }
    bool hasFeatures() const { return !m_featureFailure && !m_features.isEmpty(); }

    // Present when the reader announced the feature and answered it; a failed answer is kept.
    const std::optional<part10::TlvProperties> &tlvProperties() const { return m_tlvProperties; }
    const std::optional<Failure> &tlvPropertiesFailure() const { return m_tlvFailure; }
    const std::optional<part10::PinProperties> &pinProperties() const { return m_pinProperties; }
    const std::optional<Failure> &pinPropertiesFailure() const { return m_pinFailure; }

    // Whether a failure means the reader, card or service is gone.
    static bool isFatal(const SmartcardException &error);

private:
    std::vector<Attribute> m_attributes;
    std::optional<Failure> m_featureFailure;
    part10::FeatureList m_features;
    std::optional<part10::TlvProperties> m_tlvProperties;
    std::optional<Failure> m_tlvFailure;
    std::optional<part10::PinProperties> m_pinProperties;
    std::optional<Failure> m_pinFailure;
};

} // namespace smartcard
