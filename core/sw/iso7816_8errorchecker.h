#pragma once

#include "sw/tableerrorchecker.h"

namespace smartcard {

// pyscard's ISO7816_8ErrorChecker: the status words of ISO/IEC 7816-8 (security
// operations: PIN counters, security environments, command chaining).
class ISO7816_8ErrorChecker : public TableErrorChecker
{
public:
    ISO7816_8ErrorChecker();
};

} // namespace smartcard
