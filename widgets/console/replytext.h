#pragma once

#include "consolereply.h"

#include <QString>

// The console's text for one reply: the response data as hex and ASCII, the SW with its
// meaning (StatusWordExplainer), the duration in microseconds, or the error with its PC/SC code.
class ReplyText
{
public:
    static QString format(const ConsoleReply &reply);
    static QString operationName(ConsoleReply::Operation operation);
};
