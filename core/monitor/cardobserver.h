#pragma once

#include "card/card.h"

#include <vector>

namespace smartcard {

// pyscard's CardObserver: told which cards were inserted and removed (CardMonitor::addObserver).
// A card pulled and put back between two looks is in both lists. update() runs on the
// monitor engine's thread, except the first call, which addObserver() makes on its caller's
// thread with the cards already there. Calls to one observer never overlap. It must not
// block on a thread that adds or removes observers, nor destroy the last monitor of its
// engine. To reach a GUI thread, use CardObserverAdapter.
class CardObserver
{
public:
    virtual ~CardObserver() = default;
    virtual void update(const std::vector<Card> &added, const std::vector<Card> &removed) = 0;
};

} // namespace smartcard
