#pragma once

#include <QStringList>

// The values a verb works on: its positional arguments, or when there are none and standard
// input is not a terminal, one value per line of standard input (blank lines skipped), so
// that `cardscope-cli atr 3B0214 3B8F80` and `cut -f1 atrs.txt | cardscope-cli atr` agree.
QStringList inputValues(const QStringList &positionalArguments);
