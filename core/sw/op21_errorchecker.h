#pragma once

#include "sw/tableerrorchecker.h"

namespace smartcard {

// pyscard's op21_ErrorChecker: the status words of Open Platform 2.1 (GlobalPlatform's
// predecessor), including its own 94 84 and 94 85 for key loading.
class op21_ErrorChecker : public TableErrorChecker
{
public:
    op21_ErrorChecker();
};

} // namespace smartcard
