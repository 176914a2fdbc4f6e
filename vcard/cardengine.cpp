#include "cardengine.h"

#include <algorithm>

namespace cardscope::vcard {

namespace {

constexpr uint8_t insSelect = 0xA4;
constexpr uint8_t insReadBinary = 0xB0;
constexpr uint8_t insUpdateBinary = 0xD6;
constexpr uint8_t insReadRecord = 0xB2;
constexpr uint8_t insGetChallenge = 0x84;
constexpr uint8_t insVerify = 0x20;
constexpr uint8_t insGetData = 0xCA;
constexpr uint8_t insGetResponse = 0xC0;
constexpr uint8_t pinReference = 0x81;

std::vector<uint8_t> countingPattern(std::size_t size)
{
    std::vector<uint8_t> bytes(size);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<uint8_t>(i & 0xFF);
    return bytes;
}

std::vector<uint8_t> tlv(std::vector<uint8_t> tag, const std::vector<uint8_t> &value)
{
    tag.push_back(static_cast<uint8_t>(value.size()));
    tag.insert(tag.end(), value.begin(), value.end());
    return tag;
}

// Card production life cycle data in the GlobalPlatform layout: 18 fields, 42 bytes.
std::vector<uint8_t> cplc()
{
    return {
        0x43, 0x53, // IC fabricator
        0x56, 0x43, // IC type
        0x00, 0x01, // operating system identifier
        0x42, 0x33, // operating system release date (YDDD)
        0x01, 0x00, // operating system release level
        0x42, 0x10, // IC fabrication date
        0x00, 0x00, 0x12, 0x34, // IC serial number
        0x00, 0x07, // IC batch identifier
        0x43, 0x53, // IC module fabricator
        0x42, 0x20, // IC module packaging date
        0x43, 0x53, // ICC manufacturer
        0x42, 0x21, // IC embedding date
        0x00, 0x00, // IC pre-personalizer
        0x42, 0x22, // IC pre-personalization date
        0x00, 0x00, 0x00, 0x01, // IC pre-personalization equipment identifier
        0x43, 0x53, // IC personalizer
        0x42, 0x23, // IC personalization date
        0x00, 0x00, 0x00, 0x02, // IC personalization equipment identifier
    };
}

} // namespace

CardEngine::CardEngine(AtrProfile profile, std::string_view pin, uint32_t seed)
    : m_profile(std::move(profile))
    , m_pin(pin)
    , m_files(m_fileSystem, m_pin)
    , m_shaper(m_profile.protocol())
    , m_random(seed)
{ }

void CardEngine::powerOn()
{
    m_powered = true;
    clearSession();
}

void CardEngine::powerOff()
{
    m_powered = false;
    clearSession();
}

void CardEngine::reset()
{
    m_powered = true;
    clearSession();
}

void CardEngine::clearSession()
{
    m_files.reset();
    m_pin.clearVerified();
    m_shaper.clear();
}

std::vector<uint8_t> CardEngine::process(const std::vector<uint8_t> &bytes)
{
    const auto apdu = CommandApdu::parse(bytes);
    const bool isGetResponse = apdu && apdu->cla() == 0x00 && apdu->ins() == insGetResponse;
    if (!isGetResponse)
        m_shaper.clear(); // any other command discards what GET RESPONSE could have fetched
    if (!apdu || (apdu->isExtended() && !m_profile.supportsExtendedLength()))
        return Response::status(sw::wrongLength).toBytes();
    if (const uint16_t status = checkClass(apdu->cla(), apdu->ins()); status != sw::ok)
        return Response::status(status).toBytes();
    if (isGetResponse)
        return m_shaper.getResponse(*apdu).toBytes();
    return m_shaper.shape(*apdu, dispatch(*apdu)).toBytes();
}

uint16_t CardEngine::checkClass(uint8_t cla, uint8_t ins) const
{
    if ((cla & 0xE0) == 0x00) { // first interindustry class: b4-b3 SM, b5 chaining, b2-b1 channel
        if (cla & 0x0C)
            return sw::smNotSupported;
        if (cla & 0x10)
            return sw::chainingNotSupported;
        return (cla & 0x03) ? sw::channelNotSupported : sw::ok;
    }
    if ((cla & 0xC0) == 0x40) { // further interindustry class: b6 SM, b5 chaining, b4-b1 channel 4..19
        if (cla & 0x20)
            return sw::smNotSupported;
        return (cla & 0x10) ? sw::chainingNotSupported : sw::channelNotSupported;
    }
    if (cla == echoCla)
        return ins == echoIns ? sw::ok : sw::insNotSupported;
    if (cla == (echoCla | 0x04))
        return sw::smNotSupported; // the proprietary class with its SM bit, as GlobalPlatform codes it
    return sw::claNotSupported;
}

Response CardEngine::dispatch(const CommandApdu &apdu)
{
    if (apdu.cla() == echoCla)
        return echo(apdu);
    switch (apdu.ins()) {
    case insSelect:
        return m_files.select(apdu);
    case insReadBinary:
        return m_files.readBinary(apdu);
    case insUpdateBinary:
        return m_files.updateBinary(apdu);
    case insReadRecord:
        return m_files.readRecord(apdu);
    case insGetChallenge:
        return getChallenge(apdu);
    case insVerify:
        return verify(apdu);
    case insGetData:
        return getData(apdu);
    default:
        return Response::status(sw::insNotSupported);
    }
}

Response CardEngine::getChallenge(const CommandApdu &apdu)
{
    if (apdu.p1p2() != 0)
        return Response::status(sw::wrongP1P2);
    if (apdu.hasData() || !apdu.hasLe() || apdu.ne() > CommandApdu::maxShortNe)
        return Response::status(sw::wrongLength);
    std::vector<uint8_t> challenge(apdu.ne());
    std::uniform_int_distribution<int> byte(0, 255);
    for (auto &value : challenge)
        value = static_cast<uint8_t>(byte(m_random));
    return Response { std::move(challenge), sw::ok, false };
}

Response CardEngine::verify(const CommandApdu &apdu)
{
    if (apdu.p1() != 0)
        return Response::status(sw::wrongP1P2);
    if (apdu.p2() != pinReference)
        return Response::status(sw::dataNotFound);
    if (!apdu.hasData())
        return Response::status(m_pin.query());
    if (apdu.data().size() != PinState::paddedSize)
        return Response::status(sw::wrongLength);
    return Response::status(m_pin.verify(apdu.data()));
}

Response CardEngine::getData(const CommandApdu &apdu) const
{
    // Each data object comes back whole, tag and length included, as GlobalPlatform cards return CPLC.
    if (apdu.hasData())
        return Response::status(sw::wrongLength);
    switch (apdu.p1p2()) {
    case 0x9F7F:
        return Response::fixed(tlv({ 0x9F, 0x7F }, cplc()));
    case 0x5F52:
        return Response::fixed(tlv({ 0x5F, 0x52 }, m_profile.historicalBytes()));
    case 0x0066: // card data template: the card number of EF 2F02
        return Response::fixed(tlv({ 0x66 }, FileSystem::serialNumber()));
    default:
        return Response::status(sw::dataNotFound);
    }
}

Response CardEngine::echo(const CommandApdu &apdu) const
{
    if (apdu.hasData())
        return Response { apdu.data(), sw::ok, false };
    const std::size_t wanted = apdu.p1p2() != 0 ? apdu.p1p2() : apdu.ne();
    return Response { countingPattern(std::min(wanted, maxResponseData)), sw::ok, false };
}

} // namespace cardscope::vcard
