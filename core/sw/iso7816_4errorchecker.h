#pragma once

#include "sw/tableerrorchecker.h"

namespace smartcard {

// pyscard's ISO7816_4ErrorChecker: the status words ISO/IEC 7816-4 names, SW1 62 to 6F.
// Status words it does not list (62 80, any 65xx, 66xx or 6Cxx...) pass; chain an
// ISO7816_4_SW1ErrorChecker after it to catch those.
class ISO7816_4ErrorChecker : public TableErrorChecker
{
public:
    ISO7816_4ErrorChecker();
};

} // namespace smartcard
