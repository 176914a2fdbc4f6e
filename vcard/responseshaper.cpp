#include "responseshaper.h"

#include <algorithm>

namespace cardscope::vcard {

namespace {

uint16_t moreAvailable(std::size_t count)
{
    return sw::withCount(sw::bytesAvailable, std::min(count, CommandApdu::maxShortNe));
}

} // namespace

ResponseShaper::ResponseShaper(Protocol protocol)
    : m_protocol(protocol)
{ }

void ResponseShaper::clear()
{
    m_pending.clear();
    m_pendingSw = sw::ok;
}

Response ResponseShaper::shape(const CommandApdu &apdu, Response response)
{
    if (response.data.empty())
        return response;
    return m_protocol == Protocol::T0 ? shapeT0(apdu, std::move(response))
                                      : shapeT1(apdu, std::move(response));
}

Response ResponseShaper::shapeT0(const CommandApdu &apdu, Response response)
{
    const std::size_t size = response.data.size();
    if (apdu.caseNumber() != 2)
        return sendAndKeep(std::move(response), 0);
    if (size == apdu.ne())
        return response;
    if (size < apdu.ne() || response.fixedLength)
        return Response::status(sw::withCount(sw::wrongLe, size));
    return sendAndKeep(std::move(response), apdu.ne());
}

Response ResponseShaper::shapeT1(const CommandApdu &apdu, Response response)
{
    const std::size_t size = response.data.size();
    if (!apdu.hasLe() || apdu.ne() >= size)
        return response;
    if (response.fixedLength)
        return Response::status(sw::withCount(sw::wrongLe, size));
    return sendAndKeep(std::move(response), apdu.ne());
}

Response ResponseShaper::sendAndKeep(Response response, std::size_t count)
{
    const auto split = response.data.begin() + static_cast<std::ptrdiff_t>(count);
    m_pending.assign(split, response.data.end());
    m_pendingSw = response.sw;
    response.data.erase(split, response.data.end());
    response.sw = moreAvailable(m_pending.size());
    return response;
}

Response ResponseShaper::getResponse(const CommandApdu &apdu)
{
    if (apdu.p1p2() != 0)
        return Response::status(sw::wrongP1P2);
    if (apdu.hasData() || !apdu.hasLe())
        return Response::status(sw::wrongLength);
    if (m_pending.empty())
        return Response::status(sw::conditionsNotSatisfied);
    // T=0 cannot send fewer bytes than P3 announces: say how many there are instead.
    if (m_protocol == Protocol::T0 && apdu.ne() > m_pending.size())
        return Response::status(sw::withCount(sw::wrongLe, m_pending.size()));
    return takePending(std::min(apdu.ne(), m_pending.size()));
}

Response ResponseShaper::takePending(std::size_t count)
{
    const auto split = m_pending.begin() + static_cast<std::ptrdiff_t>(count);
    Response response { std::vector<uint8_t>(m_pending.begin(), split), m_pendingSw, false };
    m_pending.erase(m_pending.begin(), split);
    if (m_pending.empty())
        clear();
    else
        response.sw = moreAvailable(m_pending.size());
    return response;
}

} // namespace cardscope::vcard
