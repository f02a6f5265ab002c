#pragma once

// Which sweep answers a view may draw (one per SweepRunner a controller owns). The runner
// emits results in increasing generation order and, during a drag, lets a short job finish
// and report while a newer request waits; such an answer is newer than what is on screen, so
// the chart follows the drag. An answer is drawn only if it is newer than the one on screen
// and not newer than the last request sent; an older answer or a duplicate is stale and is
// never drawn.

#include <QtGlobal>

namespace ropelab::ui {

class AnswerGate
{
public:
    // A request with `generation` was sent; the view waits for it.
    void sent(quint64 generation)
    {
        m_expected = generation;
        m_waiting = true;
    }
    // Nothing is asked for any more (the request was cancelled or the curve removed).
    void clear()
    {
        m_expected = 0;
        m_waiting = false;
    }
    // True if the answer (result or failure) for `generation` is to be applied; it then becomes
    // the one on screen, and the wait ends when it answers the last request.
    bool admit(quint64 generation)
    {
        if (generation <= m_applied || generation > m_expected)
            return false;
        m_applied = generation;
        m_waiting = generation != m_expected;
        return true;
    }
    bool isWaiting() const { return m_waiting; }

private:
    quint64 m_expected = 0; // generation asked for last; 0 = none
    quint64 m_applied = 0;  // generation on screen
    bool m_waiting = false; // the last request is not answered yet
};

} // namespace ropelab::ui
