#pragma once

#include <QStringList>

namespace smartcard {

class ATR;

// The readable multi-line analysis of an ATR: every byte with its name and meaning, then the
// protocols, the transmission parameters in force (ISO defaults named as such), the
// historical bytes, the problems found, and `identified` (card descriptions) when given.
QString renderAtr(const ATR &atr, const QStringList &identified = {});

} // namespace smartcard
