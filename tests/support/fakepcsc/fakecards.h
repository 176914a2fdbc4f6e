#pragma once

#include "util/bytes.h"

namespace cardscope::testing {

// Card behaviours for FakePcsc::insertCard(), for unit tests of what sits above a transmit
// (the connection's 61xx / 6Cxx handling, the session recorder).
//
// A T=0-like card: SELECT (INS A4) answers 61 05 and GET RESPONSE 00 C0 00 00 05 the five
// bytes 01..05; a GET RESPONSE with another Le gets 6C 05. READ BINARY (B0) with Le 08
// gets eight bytes 11..88, any other Le 6C 08. VERIFY (20) answers 63 C2 (two tries left),
// GET CHALLENGE with Le 00 (00 84 00 00 00) 6A 82; anything else 90 00.
smartcard::Bytes fakeT0Card(const smartcard::Bytes &command);

} // namespace cardscope::testing
