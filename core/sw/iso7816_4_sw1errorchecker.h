#pragma once

#include "sw/tableerrorchecker.h"

namespace smartcard {

// pyscard's ISO7816_4_SW1ErrorChecker: judges by SW1 alone, 62 to 6F, whatever SW2 is.
// pyscard gives these exceptions no text; ours carry ISO 7816-4's meaning of the SW1 group.
class ISO7816_4_SW1ErrorChecker : public TableErrorChecker
{
public:
    ISO7816_4_SW1ErrorChecker();
};

} // namespace smartcard
