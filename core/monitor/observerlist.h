#pragma once

#include <QtGlobal>

#include <algorithm>
#include <exception>
#include <vector>

namespace smartcard {

// The observers of one monitor and what the current wake-up added and removed (readers or
// cards), told to them in one update(added, removed) call each at the end of the wake-up.
// Not synchronised by itself: the monitor holds the engine's mutex around every use.
template<class Observer, class Item> class ObserverList
{
public:
    // False when the observer is there already.
    bool add(Observer *observer)
    {
        if (!observer || contains(observer))
            return false;
        m_observers.push_back(observer);
        return true;
    }
    void remove(Observer *observer)
    {
        m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
    }
    int count() const { return int(m_observers.size()); }

    void added(Item item) { m_added.push_back(std::move(item)); }
    void removed(Item item) { m_removed.push_back(std::move(item)); }

    // Tells every observer, when there is anything to tell. An observer may add or delete
    // observers from update(): one deleted meanwhile is skipped, one added is not told
    // (addObserver() told it the state that already includes these changes).
    void notify()
    {
        if (m_added.empty() && m_removed.empty())
            return;
        const std::vector<Item> added = std::exchange(m_added, {});
        const std::vector<Item> removed = std::exchange(m_removed, {});
        const std::vector<Observer *> observers = m_observers;
        for (Observer *observer : observers) {
            if (contains(observer))
                call(observer, added, removed);
        }
    }

    // update() with what is there, for a new observer.
    static void tell(Observer *observer, const std::vector<Item> &present)
    {
        if (!present.empty())
            call(observer, present, {});
    }

private:
    bool contains(Observer *observer) const
    {
        return std::find(m_observers.begin(), m_observers.end(), observer) != m_observers.end();
    }
    // No exception leaves the engine thread: one is reported and the next observer is told.
    static void call(Observer *observer, const std::vector<Item> &added, const std::vector<Item> &removed)
    {
        try {
            observer->update(added, removed);
        } catch (const std::exception &e) {
            qWarning("CardScope monitor: an observer threw: %s", e.what());
        } catch (...) {
            qWarning("CardScope monitor: an observer threw");
        }
    }

    std::vector<Observer *> m_observers;
    std::vector<Item> m_added;
    std::vector<Item> m_removed;
};

} // namespace smartcard
