#pragma once

#include "atrprofile.h"
#include "commandapdu.h"
#include "response.h"

#include <cstddef>
#include <vector>

namespace cardscope::vcard {

// Turns an instruction's answer into what the transport protocol lets the
// card send, and serves GET RESPONSE from what is left over.
//
// T=0 (ISO/IEC 7816-3 12.2): a case-2 command gets its data at once if Le is
// exactly right, otherwise 6Cxx (for an answer of fixed length, or one shorter
// than Le) or Le bytes + 61xx (for a longer answer of variable length). Case 1,
// 3 and 4 commands cannot carry response data in a TPDU: they answer 61xx and
// the data waits for GET RESPONSE, 256 bytes at most per fetch, chained by 61xx.
//
// T=1: data comes back directly. Le is a maximum: an absent Le takes the whole
// answer (a lenient reading many cards share), a smaller Le gives 6Cxx for a
// fixed-length answer or Le bytes + 61xx for a variable one.
class ResponseShaper
{
public:
    explicit ResponseShaper(Protocol protocol);

    Response shape(const CommandApdu &apdu, Response response);
    // GET RESPONSE (00 C0 00 00 Le). With nothing pending: 6985, conditions of use not satisfied.
    Response getResponse(const CommandApdu &apdu);

    void clear();
    bool hasPending() const { return !m_pending.empty(); }
    std::size_t pendingSize() const { return m_pending.size(); }

private:
    Response shapeT0(const CommandApdu &apdu, Response response);
    Response shapeT1(const CommandApdu &apdu, Response response);
    // Keeps everything after the first `count` bytes for GET RESPONSE and answers the first ones + 61xx.
    Response sendAndKeep(Response response, std::size_t count);
    Response takePending(std::size_t count);

    Protocol m_protocol;
    std::vector<uint8_t> m_pending;
    uint16_t m_pendingSw = sw::ok;
};

} // namespace cardscope::vcard
