#pragma once

#include "pcsc/cardhandle.h"

namespace smartcard::pcsc {

// An exclusive-access section on a card (SCardBeginTransaction / SCardEndTransaction).
// The destructor ends a transaction still open with Disposition::LeaveCard; never throws.
class Transaction
{
public:
    explicit Transaction(const CardHandle &card);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    ReturnCode begin();
    ReturnCode end(Disposition disposition = Disposition::LeaveCard);
    bool isActive() const { return m_active; }

private:
    const CardHandle &m_card;
    bool m_active = false;
};

} // namespace smartcard::pcsc
