#pragma once

// The data behind StatusWordExplainer; internal to core/sw.

#include "sw/statuswordexplainer.h"

#include <span>

namespace smartcard::statuswords {

enum class Context { Iso7816_4, Iso7816_8, GlobalPlatform, Uicc, Usim, Gsm, JavaCard };

// What "{n}" in a row's text stands for; "{x}" is always SW2 in hex.
enum class Count {
    None,
    Sw2, // SW2 as a number: 61 1A -> 26
    LowNibble, // SW2's low four bits: 63 C2 -> 2
};

// One row covers SW1 with SW2 from sw2First to sw2Last.
struct Row
{
    std::uint8_t sw1;
    std::uint8_t sw2First;
    std::uint8_t sw2Last;
    Context context;
    StatusWordCategory category;
    Count count;
    const char *text;
};

// Rows that give a status word its meaning, in order of precedence.
std::span<const Row> specificRows();
// Rows that say what an SW1 group means when no specific row covers its SW2.
std::span<const Row> groupRows();

QString contextName(Context context);

} // namespace smartcard::statuswords
