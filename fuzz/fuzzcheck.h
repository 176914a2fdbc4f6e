#pragma once

#include <cstdlib>

namespace fuzz {

// A property the target asserts: abort() is what libFuzzer reports as a crash, with the
// input that broke it. Not assert(): it must hold in every build type.
inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace fuzz
