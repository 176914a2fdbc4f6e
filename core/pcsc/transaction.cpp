#include "pcsc/transaction.h"

namespace smartcard::pcsc {

Transaction::Transaction(const CardHandle &card)
    : m_card(card)
{ }

Transaction::~Transaction()
{
    end();
}

ReturnCode Transaction::begin()
{
    if (m_active)
        return ReturnCode::Success;
    const ReturnCode rc = m_card.beginTransaction();
    m_active = succeeded(rc);
    return rc;
}

ReturnCode Transaction::end(Disposition disposition)
{
    if (!m_active)
        return ReturnCode::Success;
    m_active = false;
    return m_card.endTransaction(disposition);
}

} // namespace smartcard::pcsc
