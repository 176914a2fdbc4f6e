#pragma once

#include "sw/tableerrorchecker.h"

namespace smartcard {

// pyscard's ISO7816_9ErrorChecker: the status words of ISO/IEC 7816-9 (file and
// application management: creating files that already exist, memory).
class ISO7816_9ErrorChecker : public TableErrorChecker
{
public:
    ISO7816_9ErrorChecker();
};

} // namespace smartcard
